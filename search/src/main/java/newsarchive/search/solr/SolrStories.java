package newsarchive.search.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import newsarchive.search.SearchResult.Hit;
import newsarchive.search.SearchResult.Version;
import org.apache.solr.client.solrj.response.Group;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * One page of stories rather than articles on SolrCloud, as the embedded index gives it: each story
 * once, as its best-ranked match, in that match's place. Solr's result grouping on the story ranks
 * each story by its best match in the request's order and is exact across shards (collapsing is
 * not: it needs a story's copies on one shard, and they are spread by id); the page's leaders are
 * then read with their highlights, and one more grouped request counts and lists every match of the
 * page's stories, for their versions.
 */
final class SolrStories {

  /**
   * A page's stories.
   *
   * @param leaders each story's best-ranked match, in rank order
   * @param more whether another page of stories follows
   * @param stories how many stories there are in all when {@code more} is false
   */
  record Page(List<SolrTieredPage.Ranked> leaders, boolean more, long stories) {}

  private final SolrCollection collection;
  private final SolrTieredPage tiers;
  private final ModifiableSolrParams matches;

  /**
   * Stories of the all-words matches of {@code tiers}, with the request's filters and order (the
   * first matches reordered as its articles are).
   */
  SolrStories(SolrCollection collection, SolrTieredPage tiers) {
    this.collection = collection;
    this.tiers = tiers;
    this.matches = tiers.params(0);
  }

  /**
   * The stories from {@code offset}, {@code size} of them, each as its best-ranked match. The top
   * matches are collected in rank order, more each round (×4), until they hold one story past the
   * page or every match: the k-th story found in the top n matches is the k-th story of all, since
   * every match outside them ranks lower, so paging by story is exact.
   */
  Page page(int offset, int size) throws IOException {
    int wanted = offset + size;
    Map<String, String> leaders = new LinkedHashMap<>();
    for (int collect = Math.max(2 * wanted, 64); ; collect *= 4) {
      ModifiableSolrParams top = new ModifiableSolrParams(matches);
      top.set("rows", collect);
      top.set("fl", SolrRescore.FIELDS + "," + ArticleSchema.STORY);
      SolrDocumentList ranked = collection.query(top).getResults();
      leaders.clear();
      for (SolrDocument doc : tiers.reordered(ranked)) {
        leaders.putIfAbsent(
            (String) doc.getFirstValue(ArticleSchema.STORY),
            (String) doc.getFirstValue(ArticleSchema.ID));
      }
      if (leaders.size() > wanted || ranked.size() < collect) {
        List<String> ids = new ArrayList<>(leaders.values());
        return new Page(
            tiers.read(ids.subList(Math.min(offset, ids.size()), Math.min(wanted, ids.size()))),
            leaders.size() > wanted,
            leaders.size());
      }
    }
  }

  /**
   * The {@code hits} read for {@code page}'s leaders, each with how many matches tell its story and
   * the others among them, first published first.
   */
  List<Hit> withVersions(Page page, List<Hit> hits) throws IOException {
    List<String> stories = new ArrayList<>();
    for (SolrTieredPage.Ranked leader : page.leaders()) {
      stories.add(Long.toString(SolrArticles.story(leader.doc())));
    }
    Map<String, List<Version>> versions = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    if (!stories.isEmpty()) {
      ModifiableSolrParams copies = new ModifiableSolrParams(matches);
      copies.set("group", true);
      copies.set("group.field", ArticleSchema.STORY);
      copies.set("rows", stories.size());
      copies.add("fq", SolrQueryCompiler.anyOf(ArticleSchema.STORY, stories));
      // The leader and the first published others: all a hit lists.
      copies.set("group.limit", Hit.MAX_OTHER_VERSIONS + 1);
      copies.set("group.sort", ArticleSchema.PUBLISHED + " asc," + ArticleSchema.ID + " asc");
      copies.set("fl", SolrArticles.LISTED_FIELDS);
      List<Group> found =
          collection.query(copies).getGroupResponse().getValues().getFirst().getValues();
      for (Group story : found) {
        List<Version> listed = new ArrayList<>();
        for (SolrDocument doc : story.getResult()) {
          SolrArticles.Listed article = SolrArticles.listed(doc);
          listed.add(
              new Version(
                  (String) doc.getFirstValue(ArticleSchema.ID),
                  article.title(),
                  article.source(),
                  article.published()));
        }
        counts.put(story.getGroupValue(), story.getResult().getNumFound());
        versions.put(story.getGroupValue(), listed);
      }
    }
    List<Hit> grouped = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      String story = stories.get(i);
      grouped.add(
          hits.get(i)
              .inStory(counts.getOrDefault(story, 1L), versions.getOrDefault(story, List.of())));
    }
    return grouped;
  }
}
