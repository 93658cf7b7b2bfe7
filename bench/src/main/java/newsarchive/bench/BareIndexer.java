package newsarchive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline for indexing: the Lucene loop an engineer writes for this machine. One indexing
 * thread per core, each taking a batch of lines from the file, parsing them with Jackson and
 * calling {@code addDocument}: EnglishAnalyzer; id, title and body stored; published as a point,
 * doc values and stored; source, companies and topics (as the file gives them) as sorted-set facet
 * fields; a 256 MB buffer; one commit. No tagging, hashing, story signatures or second analysis.
 */
final class BareIndexer {

  /** Lines a thread takes at once: enough that the shared reader is rarely contended. */
  private static final int BATCH = 200;

  private static final ObjectReader JSON = new ObjectMapper().readerFor(JsonArticle.class);

  private final FacetsConfig facets = new FacetsConfig();
  private final boolean words;

  /**
   * A loop that, when {@code words} is set, also indexes title and body a second time into the
   * archive's unstemmed {@code words} field, to show what that field costs.
   */
  BareIndexer(boolean words) {
    this.words = words;
    facets.setMultiValued(ArticleSchema.COMPANY, true);
    facets.setMultiValued(ArticleSchema.TOPIC, true);
  }

  /**
   * Index every article of {@code input} into a new index at {@code indexDir}; return the count.
   */
  long index(JsonlFile input, Path indexDir) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(words ? ArticleSchema.analyzer() : new EnglishAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(256);
    int threads = Runtime.getRuntime().availableProcessors();
    AtomicLong count = new AtomicLong();
    try (BufferedReader lines =
            new BufferedReader(new InputStreamReader(input.open(), StandardCharsets.UTF_8));
        IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), config);
        ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> indexing = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        indexing.add(pool.submit(() -> indexBatches(lines, writer, count)));
      }
      for (Future<?> thread : indexing) {
        thread.get();
      }
      writer.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      throw new IOException("an indexing thread failed", e.getCause());
    }
    return count.get();
  }

  private Void indexBatches(BufferedReader lines, IndexWriter writer, AtomicLong count)
      throws IOException {
    for (List<String> batch = next(lines); !batch.isEmpty(); batch = next(lines)) {
      for (String line : batch) {
        writer.addDocument(toDocument(JSON.readValue(line), count.getAndIncrement()));
      }
    }
    return null;
  }

  private static List<String> next(BufferedReader lines) throws IOException {
    List<String> batch = new ArrayList<>(BATCH);
    synchronized (lines) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          batch.add(line);
          if (batch.size() == BATCH) {
            break;
          }
        }
      }
    }
    return batch;
  }

  private Document toDocument(JsonArticle article, long line) {
    Document doc = new Document();
    String title = article.title() == null ? "" : article.title();
    String body = article.body() == null ? "" : article.body();
    String id = article.id() == null ? "line-" + line : article.id();
    doc.add(new KeywordField(ArticleSchema.ID, id, Field.Store.YES));
    doc.add(new TextField(ArticleSchema.TITLE, title, Field.Store.YES));
    doc.add(new TextField(ArticleSchema.BODY, body, Field.Store.YES));
    if (words) {
      doc.add(new Field(ArticleSchema.WORDS, title + "\n" + body, ArticleSchema.WORDS_ONLY));
    }
    Instant published = article.publishedInstant();
    if (published != null) {
      doc.add(new LongField(ArticleSchema.PUBLISHED, published.toEpochMilli(), Field.Store.YES));
    }
    addFacet(
        doc,
        ArticleSchema.SOURCE,
        article.source() == null ? List.of() : List.of(article.source()));
    addFacet(doc, ArticleSchema.COMPANY, article.companies());
    addFacet(doc, ArticleSchema.TOPIC, article.topics());
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addFacet(Document doc, String dimension, List<String> values) {
    if (values != null) {
      values.stream()
          .filter(value -> value != null && !value.isBlank())
          .forEach(value -> doc.add(new SortedSetDocValuesFacetField(dimension, value)));
    }
  }
}
