package newsarchive.http;

import java.nio.file.Path;
import newsarchive.index.ReindexListener;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import org.junit.jupiter.api.io.TempDir;

/** Stories served from the embedded index: the contract every backend keeps. */
class StoriesApiTest extends StoryGroupingContract {

  @TempDir static Path indexDir;

  @Override
  SearchService fixture() throws Exception {
    reindexer().run(CORPUS, indexDir, true, ReindexListener.SILENT);
    return LuceneSearch.open(indexDir);
  }
}
