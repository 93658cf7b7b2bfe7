package newsarchive.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchResult.Version;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * One page of stories rather than articles: the matches are ranked as usual, and each story is
 * shown once, as its best-ranked match, in that match's place. The top matches are collected in
 * rank order, more each round (×4), until they hold one story past the page or every match: the
 * k-th story found in the top n matches is the k-th story of all, since every match outside them
 * ranks lower (proximity reorders only the first matches, fewer than are collected), so paging by
 * story is exact. Then one search fetches every match of the page's stories, for their versions.
 */
final class StoryCollapse {

  private static final Set<String> VERSION_FIELDS =
      Set.of(ArticleSchema.ID, ArticleSchema.TITLE, ArticleSchema.SOURCE, ArticleSchema.PUBLISHED);

  private final IndexSnapshot snapshot;
  private final Query query;
  private final Deadline deadline;
  private final ProximityRescore proximity;
  private final DateWindow window;

  /**
   * Stories of the matches of {@code query} (filters included) on {@code snapshot}, the first
   * matches reordered by {@code proximity} (relevance order) when it is not {@code null}, or looked
   * for in the days of {@code window} (date order).
   */
  StoryCollapse(
      IndexSnapshot snapshot,
      Query query,
      Deadline deadline,
      ProximityRescore proximity,
      DateWindow window) {
    this.snapshot = snapshot;
    this.query = query;
    this.deadline = deadline;
    this.proximity = proximity;
    this.window = window;
  }

  /**
   * The best-ranked match of each story on the page from {@code offset} of {@code size} stories, in
   * {@code sort} order.
   */
  Page page(Sort sort, int offset, int size) throws IOException {
    int wanted = offset + size;
    for (int collect = Math.max(2 * wanted, 64); ; collect *= 4) {
      ScoreDoc[] top = window.first(query, sort, collect).scoreDocs;
      if (proximity != null) {
        top = proximity.reorder(top);
      }
      Map<Long, ScoreDoc> leaders = new LinkedHashMap<>();
      for (ScoreDoc hit : top) {
        leaders.putIfAbsent(story(hit.doc), hit);
      }
      if (leaders.size() > wanted || top.length < collect || deadline.cutShort()) {
        List<ScoreDoc> ranked = new ArrayList<>(leaders.values());
        return new Page(
            ranked
                .subList(Math.min(offset, ranked.size()), Math.min(wanted, ranked.size()))
                .toArray(ScoreDoc[]::new),
            leaders.size() > wanted,
            leaders.size());
      }
    }
  }

  /**
   * A page's stories: their leaders, and whether more stories follow.
   *
   * @param leaders each story's best-ranked match, in rank order
   * @param more whether another page of stories follows
   * @param stories how many stories were seen: all of them when {@code more} is false
   */
  record Page(ScoreDoc[] leaders, boolean more, int stories) {}

  /**
   * The {@code hits} read for {@code page}'s leaders, each with how many matches tell its story and
   * the others among them, first published first.
   */
  List<Hit> withVersions(Page page, List<Hit> hits) throws IOException {
    List<Long> stories = new ArrayList<>();
    for (ScoreDoc leader : page.leaders()) {
      stories.add(story(leader.doc));
    }
    Query copies =
        new BooleanQuery.Builder()
            .add(query, Occur.FILTER)
            .add(
                LongField.newSetQuery(
                    ArticleSchema.STORY, stories.stream().mapToLong(Long::longValue).toArray()),
                Occur.FILTER)
            .build();
    Map<Long, List<Version>> versions = new HashMap<>();
    var stored = snapshot.storedFields();
    for (ScoreDoc copy : snapshot.search(copies, Math.max(1, snapshot.count(copies))).scoreDocs) {
      Document document = stored.document(copy.doc, VERSION_FIELDS);
      Article article = ArticleSchema.fromDocument(document);
      versions
          .computeIfAbsent(story(copy.doc), s -> new ArrayList<>())
          .add(
              new Version(
                  article.id(),
                  article.title(),
                  article.source(),
                  ArticleReader.day(article.published())));
    }
    List<Hit> grouped = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      List<Version> all = versions.getOrDefault(stories.get(i), List.of());
      grouped.add(hits.get(i).inStory(all.size(), all));
    }
    return grouped;
  }

  /** The story of the document {@code doc} of the snapshot. */
  private long story(int doc) {
    List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return snapshot.facets().segment(leaf.ord).story(doc - leaf.docBase);
  }
}
