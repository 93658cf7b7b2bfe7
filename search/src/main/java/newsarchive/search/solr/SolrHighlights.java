package newsarchive.search.solr;

import java.util.List;
import java.util.Map;
import newsarchive.index.ArticleSchema;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Solr's unified highlighter set up as the embedded index's: whole titles, body passages of whole
 * sentences of at least 160 characters around the best match (the opening when nothing matches),
 * matches only in the field they were searched in, each of the query's words marked wherever it
 * stands (a phrase's only where they stand together); markers escaped by {@link Marks}.
 */
final class SolrHighlights {

  private SolrHighlights() {}

  /**
   * Ask for each hit's marked title and body snippet; without {@code marks}, its escaped title and
   * the opening of its body, highlighted for a query with no terms, which Solr does unanalysed.
   */
  static void forHits(ModifiableSolrParams params, boolean marks) {
    common(params, ArticleSchema.TITLE + "," + ArticleSchema.BODY);
    params.set("hl.bs.type", "SENTENCE");
    params.set("hl.fragsize", 160);
    params.set("hl.fragsizeIsMinimum", true);
    params.set("hl.fragAlignRatio", "0.5");
    params.set("f." + ArticleSchema.TITLE + ".hl.bs.type", "WHOLE");
    if (!marks) {
      params.set("hl.q", "-*:*");
    }
  }

  /** Ask for the whole body of the one article found, marked for {@code query}. */
  static void forArticle(ModifiableSolrParams params, String query) {
    common(params, ArticleSchema.BODY);
    params.set("hl.q", query);
    params.set("hl.bs.type", "WHOLE");
  }

  private static void common(ModifiableSolrParams params, String fields) {
    params.set("hl", true);
    params.set("hl.method", "unified");
    params.set("hl.fl", fields);
    params.set("hl.snippets", 1);
    params.set("hl.defaultSummary", true);
    params.set("hl.requireFieldMatch", true);
    params.set("hl.weightMatches", false); // as the embedded index's Snippets, and for its reason
    params.set("hl.maxAnalyzedChars", 1_000_000);
    params.set("hl.encoder", "");
    params.set("hl.tag.pre", Marks.PRE);
    params.set("hl.tag.post", Marks.POST);
    params.set("hl.bs.language", "");
    params.set("hl.bs.country", "");
  }

  /**
   * The escaped, marked {@code field} of article {@code id}, a passage of its stored {@code
   * content}; the content escaped when Solr has no highlight for it.
   */
  static String marked(QueryResponse response, String id, String field, String content) {
    Map<String, Map<String, List<String>>> all = response.getHighlighting();
    Map<String, List<String>> fields = all == null ? null : all.get(id);
    List<String> snippets = fields == null ? null : fields.get(field);
    return snippets == null || snippets.isEmpty()
        ? Marks.toHtml(content)
        : Marks.passage(snippets.getFirst(), content);
  }
}
