package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import newsarchive.article.Article;
import newsarchive.corpus.ArticleSink;
import newsarchive.corpus.CorpusReader;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Fixture corpora copied into temporary folders, and what an index holds afterwards. */
final class TestCorpus {

  static final Path REPO_CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  private TestCorpus() {}

  /**
   * Copy the test resource folder {@code fixture} into {@code target} with the archive's tables.
   */
  static Path copy(String fixture, Path target) throws IOException {
    Path source = Path.of("src/test/resources", fixture);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    for (String table : List.of(ArticleTagger.COMPANIES_FILE, ArticleTagger.TOPICS_FILE)) {
      Files.copy(REPO_CORPUS.resolve(table), target.resolve(table));
    }
    return target;
  }

  /** Reindex {@code roots} into {@code index} as the command line does. */
  static ReindexReport reindex(Path index, boolean full, Path... roots) throws IOException {
    List<Path> corpora = List.of(roots);
    return new Reindexer(new CorpusReader(), ArticleTagger.forCorpora(corpora, REPO_CORPUS))
        .run(corpora, index, full, ReindexListener.SILENT);
  }

  /**
   * Index the tagged articles of {@code corpus} as the reindexer would, but committing after every
   * two and never merging, so the index has several segments as a long-lived one does.
   */
  static void writeInSegments(Path index, Path corpus) throws IOException {
    ArticleTagger tagger = ArticleTagger.forCorpora(List.of(corpus), REPO_CORPUS);
    List<Article> articles = new ArrayList<>();
    CorpusReader reader = new CorpusReader();
    for (Path file : reader.files(corpus)) {
      reader.read(
          corpus,
          file,
          new ArticleSink() {
            @Override
            public void article(Article article) {
              articles.add(tagger.tag(article));
            }

            @Override
            public void problem(Problem problem) {
              throw new AssertionError(problem);
            }
          });
    }
    IndexWriterConfig config = ArticleIndexer.config(true).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), config)) {
      // Recorded as ArticleIndexer records it, so that a reindex updates this index in place.
      writer.setLiveCommitData(
          Map.of(ArticleSchema.SCHEMA_VERSION, Integer.toString(ArticleSchema.VERSION)).entrySet());
      for (int i = 0; i < articles.size(); i++) {
        writer.addDocument(
            ArticleSchema.toDocument(articles.get(i), ContentHash.of(articles.get(i))));
        if (i % 2 == 1) {
          writer.commit();
        }
      }
      writer.commit();
    }
  }

  /** Every article in the index's last commit, by id. */
  static Map<String, Article> articles(Path index) {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      Map<String, Article> articles = new HashMap<>();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Article article = ArticleSchema.fromDocument(reader.storedFields().document(doc));
          if (articles.put(article.id(), article) != null) {
            throw new AssertionError("two live documents with the id " + article.id());
          }
        }
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The story of every article in the index's last commit, by article id. */
  static Map<String, Long> stories(Path index) {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      Map<String, Long> stories = new HashMap<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        SortedNumericDocValues story =
            DocValues.getSortedNumeric(leaf.reader(), ArticleSchema.STORY);
        for (int doc = story.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = story.nextDoc()) {
          if (live == null || live.get(doc)) {
            var stored = leaf.reader().storedFields().document(doc, Set.of(ArticleSchema.ID));
            stories.put(stored.get(ArticleSchema.ID), story.nextValue());
          }
        }
      }
      return stories;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one article in the index whose title starts with {@code prefix}. */
  static Article titled(Path index, String prefix) {
    List<Article> matching =
        articles(index).values().stream().filter(a -> a.title().startsWith(prefix)).toList();
    if (matching.size() != 1) {
      throw new AssertionError("expected one article titled " + prefix + "…, found " + matching);
    }
    return matching.getFirst();
  }

  /** The number of segments in the index's last commit. */
  static int segments(Path index) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      return reader.leaves().size();
    }
  }

  /** The titles of the articles in the index, sorted. */
  static List<String> titles(Path index) {
    List<String> titles = new ArrayList<>();
    articles(index).values().forEach(article -> titles.add(article.title()));
    titles.sort(null);
    return titles;
  }
}
