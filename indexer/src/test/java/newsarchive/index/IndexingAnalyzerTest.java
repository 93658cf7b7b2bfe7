package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexingAnalyzerTest {

  /** Words that tokenizers and lower-casing treat in unusual ways, among plain ones. */
  private static final List<String> WORDS =
      List.of(
          "OpenAI's",
          "Microsoft’s",
          "U.S.",
          "AT&T",
          "e-mail",
          "3.5",
          "don't",
          "naïve",
          "Café",
          "ÜBER",
          "東京",
          "İstanbul",
          "ΣΑΣ",
          "ǅemal",
          "🙂",
          "hello@example.com",
          "https://example.com/a?b=c",
          "2026-04-29",
          "the",
          "of",
          "and",
          "exclusivity",
          "cloud",
          "Amazon",
          "partners",
          "ending",
          "Customers",
          "custom",
          "x".repeat(300),
          "GPU-powered",
          "$10bn",
          "Q3");

  private static final List<String> GAPS = List.of(" ", " ", " ", "\n", ", ", ". ", "\t", " (");

  @Test
  void theWriterMakesTheSchemaTermsWhileReadingTitleAndBodyOnce() throws Exception {
    Analyzer writing = new IndexingAnalyzer();
    // Several threads share one analyzer, as the indexing lanes do; each keeps its own words.
    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      List<Future<?>> runs = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        long seed = thread;
        runs.add(
            threads.submit(
                () -> {
                  Random random = new Random(seed);
                  for (int i = 0; i < 300; i++) {
                    String title = text(random, random.nextInt(12));
                    // Now and then a long body, with more distinct words than the first table
                    // holds.
                    String body = text(random, i % 10 == 0 ? 3000 : random.nextInt(400));
                    assertEquals(
                        ArticleSchema.terms(ArticleSchema.TITLE, title),
                        ArticleSchema.terms(writing, ArticleSchema.TITLE, title));
                    assertEquals(
                        ArticleSchema.terms(ArticleSchema.BODY, body),
                        ArticleSchema.terms(writing, ArticleSchema.BODY, body));
                    // Each distinct word once: the field keeps only which documents hold it.
                    assertEquals(
                        ArticleSchema.terms(ArticleSchema.WORDS, title + "\n" + body).stream()
                            .distinct()
                            .toList(),
                        ArticleSchema.terms(writing, ArticleSchema.WORDS, ""));
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    }
  }

  @Test
  void theWriterIndexesTheWordsAsAnalysingThemAgainWould(@TempDir Path once, @TempDir Path twice)
      throws IOException {
    Random random = new Random(7);
    try (ArticleIndexer indexer = ArticleIndexer.open(once, true);
        IndexWriter analysingTwice =
            new IndexWriter(
                FSDirectory.open(twice), new IndexWriterConfig(ArticleSchema.analyzer()))) {
      for (int i = 0; i < 40; i++) {
        Article article =
            new Article(
                "a" + i,
                text(random, 1 + random.nextInt(10)),
                text(random, 1 + random.nextInt(200)),
                Instant.parse("2026-04-29T00:00:00Z"),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                Origin.parse("corpus/a.jsonl:" + (i + 1)),
                List.of());
        indexer.upsert(article.id(), indexer.document(article, "h" + i));
        Document document = ArticleSchema.toDocument(article, "h" + i);
        document.removeFields(ArticleSchema.WORDS);
        document.add(
            new Field(
                ArticleSchema.WORDS,
                article.title() + "\n" + article.body(),
                ArticleSchema.WORDS_ONLY));
        analysingTwice.addDocument(document);
      }
      indexer.commit("");
      analysingTwice.commit();
    }
    Map<String, String> expected = wordsById(twice);
    assertEquals(40, expected.size());
    assertEquals(expected, wordsById(once));
  }

  /** Each article's words as read back from the index at {@code dir}, which keeps no norms. */
  private static Map<String, String> wordsById(Path dir) throws IOException {
    Map<String, String> words = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      LeafReader segment = reader.leaves().getFirst().reader();
      StoredFields stored = segment.storedFields();
      Map<Integer, Set<String>> byDoc = new TreeMap<>();
      TermsEnum terms = segment.terms(ArticleSchema.WORDS).iterator();
      PostingsEnum postings = null;
      for (BytesRef term = terms.next(); term != null; term = terms.next()) {
        postings = terms.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          byDoc.computeIfAbsent(doc, d -> new TreeSet<>()).add(term.utf8ToString());
        }
      }
      assertNull(segment.getNormValues(ArticleSchema.WORDS));
      for (Map.Entry<Integer, Set<String>> doc : byDoc.entrySet()) {
        words.put(stored.document(doc.getKey()).get(ArticleSchema.ID), doc.getValue().toString());
      }
    }
    return words;
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int pick = random.nextInt(WORDS.size() + 10);
      text.append(pick < WORDS.size() ? WORDS.get(pick) : "w" + random.nextInt(2000));
      text.append(GAPS.get(random.nextInt(GAPS.size())));
    }
    return text.toString();
  }
}
