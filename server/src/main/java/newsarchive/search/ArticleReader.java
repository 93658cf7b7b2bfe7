package newsarchive.search;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
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
            query == null ? null : Snippets.markedParagraphs(snapshot, query, doc),
            related(snapshot, doc, id)));
  }

  /** The UTC day of {@code instant}, or {@code null}. */
  static LocalDate day(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The stored article behind document {@code doc}. */
  static Article article(IndexSnapshot snapshot, int doc) throws IOException {
    return ArticleSchema.fromDocument(snapshot.storedFields().document(doc));
  }

  /** The articles sharing the most distinctive words with document {@code doc}. */
  private static List<ArticleView.Related> related(IndexSnapshot snapshot, int doc, String id)
      throws IOException {
    MoreLikeThis like = new MoreLikeThis(snapshot.getIndexReader());
    like.setAnalyzer(ArticleSchema.analyzer());
    like.setFieldNames(new String[] {ArticleSchema.TITLE, ArticleSchema.BODY});
    like.setMinTermFreq(1);
    // A word found in no other article cannot make another article similar.
    like.setMinDocFreq(2);
    like.setMaxQueryTerms(30);
    Query query =
        new BooleanQuery.Builder()
            .add(like.like(doc), Occur.MUST)
            .add(new TermQuery(new Term(ArticleSchema.ID, id)), Occur.MUST_NOT)
            .build();
    List<ArticleView.Related> related = new ArrayList<>();
    for (ScoreDoc hit : snapshot.search(query, RELATED, Ordering.byScoreThenId()).scoreDocs) {
      Article other = article(snapshot, hit.doc);
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
