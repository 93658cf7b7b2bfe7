package newsarchive.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import newsarchive.article.Article;

/**
 * The hash of everything the index holds about an article after tagging, so that a reindex skips
 * articles whose file and tags are unchanged, and rewrites them when either changed (an edited
 * companies.tsv re-tags on the next reindex).
 */
final class ContentHash {

  private ContentHash() {}

  /** The hex SHA-256 of the article's fields and the schema version. */
  static String of(Article article) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    List<Object> fields =
        List.of(
            ArticleSchema.VERSION,
            article.id(),
            article.title(),
            article.body(),
            String.valueOf(article.published()),
            String.valueOf(article.source()),
            String.valueOf(article.url()),
            article.authors(),
            article.companies(),
            article.subjects(),
            article.topics(),
            article.origin().toString());
    for (Object field : fields) {
      // Length-prefixed, so that moving text from one field to the next changes the hash.
      String text = field.toString();
      digest.update((text.length() + ":" + text + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
