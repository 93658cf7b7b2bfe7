package newsarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleStore;
import newsarchive.query.Synonyms;
import newsarchive.search.SearchService;
import newsarchive.search.lucene.LuceneSearch;
import newsarchive.search.solr.SolrSearch;
import newsarchive.search.solr.SolrWriter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Option;

/**
 * Where the index lives, for every command that reads or writes it: a folder ({@code --index DIR},
 * the embedded index) or a SolrCloud collection ({@code --solr URL… --collection NAME}).
 */
final class IndexOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "data/index",
      description = "The index folder (default: ${DEFAULT-VALUE}).")
  private Path dir;

  @Option(
      names = "--solr",
      paramLabel = "URL",
      split = ",",
      arity = "1..*",
      description =
          "Use a SolrCloud instead of the index folder: one or more of its nodes' base URLs,"
              + " e.g. http://127.0.0.1:8983/solr.")
  private List<String> solrUrls = new ArrayList<>();

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      defaultValue = "newsarchive",
      description = "With --solr: the collection or alias (default: ${DEFAULT-VALUE}).")
  private String collection;

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "1",
      description = "With --solr: shards of a collection the reindex creates (default: 1).")
  private int shards;

  @Option(
      names = "--replicas",
      paramLabel = "R",
      defaultValue = "1",
      description = "With --solr: replicas of each shard it creates (default: 1).")
  private int replicas;

  /** The index folder given, or the default. */
  Path dir() {
    return dir;
  }

  /** Whether the index is a SolrCloud collection. */
  boolean onSolr() {
    return !solrUrls.isEmpty();
  }

  /** Where the index is, for messages. */
  String where() {
    return onSolr() ? "the SolrCloud collection " + collection : dir.toString();
  }

  /** The search service over the index as it is now, for a command that reads it once. */
  SearchService openSearch() throws IOException {
    return openSearch(Synonyms.bundled());
  }

  /** As {@link #openSearch()}, its queries matching {@code synonyms}. */
  SearchService openSearch(Synonyms synonyms) throws IOException {
    return onSolr()
        ? SolrSearch.connect(solrUrls, collection, SearchService.DEFAULT_TIME_LIMIT, synonyms)
        : LuceneSearch.open(dir, synonyms);
  }

  /**
   * The search service for a server: the embedded index switched to each new commit within {@code
   * refresh}, or the collection (which Solr itself keeps current), its queries matching {@code
   * synonyms}.
   */
  SearchService openFollowing(Duration refresh, Duration timeLimit, Synonyms synonyms)
      throws IOException {
    return onSolr()
        ? SolrSearch.connect(solrUrls, collection, timeLimit, synonyms)
        : LuceneSearch.following(dir, refresh, timeLimit, synonyms);
  }

  /**
   * The store a reindex writes to: the index folder, or the collection (a new one behind the alias
   * when {@code full}).
   */
  ArticleStore<?> openStore(boolean full) throws IOException {
    return onSolr()
        ? SolrWriter.open(solrUrls, collection, full, shards, replicas)
        : ArticleIndexer.open(dir, full);
  }

  /** Whether there is no index yet with at least one article. */
  boolean isMissingOrEmpty() throws IOException {
    if (onSolr()) {
      try (SearchService search = openSearch()) {
        return search.health().documents() == 0;
      } catch (IOException e) {
        return true;
      }
    }
    if (!Files.isDirectory(dir)) {
      return true;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return true;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs() == 0;
      }
    }
  }
}
