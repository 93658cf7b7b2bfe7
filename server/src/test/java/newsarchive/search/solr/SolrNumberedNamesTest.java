package newsarchive.search.solr;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.NumberedNamesTest;

/**
 * The same numbered versions of a typed name from a SolrCloud collection of two shards: the terms
 * component lists the words of every shard.
 */
class SolrNumberedNamesTest extends NumberedNamesTest {

  @Override
  protected SearchService open(Path dir, List<Article> articles) throws Exception {
    SolrFixture.write("numbered", articles, 2, 1);
    return SolrSearch.connect(SolrFixture.cluster().solrUrls(), "numbered", SolrFixture.TIME_LIMIT);
  }
}
