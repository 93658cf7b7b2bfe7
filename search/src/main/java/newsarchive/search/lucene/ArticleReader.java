package newsarchive.search.lucene;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
import newsarchive.search.ArticleView;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Reads one article for the article view, with its body marked for a query and related articles.
 */
final class ArticleReader {

  /** The most related articles listed. */
  static final int RELATED = 5;

  private ArticleReader() {}

  /** The article with {@code id}, its body marked for {@code query} when not null, or empty. */
  static Optional<ArticleView> read(IndexSnapshot snapshot, String id, Query query)
      throws IOException {
    TopDocs found = snapshot.search(new TermQuery(new Term(ArticleSchema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int doc = found.scoreDocs[0].doc;
    Article article = article(snapshot, doc);
    return Optional.of(
        new ArticleView(
            article.id(),
            article.title(),
            day(article.published()),
            article.source(),
            article.url(),
            article.authors(),
            article.companies(),
            article.topics(),
            Snippets.paragraphs(article.body()),
            query == null ? null : Snippets.markedParagraphs(snapshot, query, doc, article),
            related(snapshot, article)));
  }

  /** The UTC day of {@code instant}, or {@code null}. */
  static LocalDate day(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The stored article behind document {@code doc}. */
  static Article article(IndexSnapshot snapshot, int doc) throws IOException {
    return articles(snapshot, new int[] {doc}).getFirst();
  }

  /** The stored articles behind {@code docs}, in the same order. */
  static List<Article> articles(IndexSnapshot snapshot, int[] docs) throws IOException {
    StoredFields stored = snapshot.storedFields();
    List<Article> articles = new ArrayList<>(docs.length);
    for (int doc : docs) {
      articles.add(ArticleSchema.fromDocument(stored.document(doc)));
    }
    return articles;
  }

  /** The articles sharing the most distinctive words with {@code article}. */
  private static List<ArticleView.Related> related(IndexSnapshot snapshot, Article article)
      throws IOException {
    MoreLikeThis like = new MoreLikeThis(snapshot.getIndexReader());
    like.setAnalyzer(ArticleSchema.analyzer());
    like.setFieldNames(new String[] {ArticleSchema.TITLE, ArticleSchema.BODY});
    like.setMinTermFreq(1);
    // A word found in no other article cannot make another article similar.
    like.setMinDocFreq(2);
    like.setMaxQueryTerms(30);
    // The text already read, rather than the document: the index keeps no term vectors, so the
    // document's own form would read its stored fields again, once per field.
    Map<String, Collection<Object>> text =
        Map.of(
            ArticleSchema.TITLE, List.of(article.title()),
            ArticleSchema.BODY, List.of(article.body()));
    Query query =
        new BooleanQuery.Builder()
            .add(like.like(text), Occur.MUST)
            .add(new TermQuery(new Term(ArticleSchema.ID, article.id())), Occur.MUST_NOT)
            .build();
    ScoreDoc[] hits = snapshot.search(query, RELATED, Ordering.byScoreThenId()).scoreDocs;
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
    List<ArticleView.Related> related = new ArrayList<>();
    for (Article other : articles(snapshot, docs)) {
      related.add(
          new ArticleView.Related(
              other.id(),
              other.title(),
              day(other.published()),
              other.companies(),
              other.topics()));
    }
    return related;
  }
}
