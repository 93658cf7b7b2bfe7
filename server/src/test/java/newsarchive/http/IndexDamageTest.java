package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import newsarchive.index.ArticleSchema;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damage met while serving: a search over a damaged file is a 503 with advice and health says
 * degraded; a newer commit that cannot be opened leaves the last good version answering.
 */
class IndexDamageTest {

  @TempDir Path dir;

  private static List<Article> articles(String marker, int count) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      articles.add(
          new Article(
              marker + "-" + i,
              "Cloud brief " + i + " of " + marker,
              "Cloud news about chips and data centres, number " + i + ", version " + marker,
              Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * i),
              "Tech Wire",
              null,
              List.of(),
              List.of("Amazon"),
              List.of("Cloud"),
              Origin.file(Path.of("damage/" + marker))));
    }
    return articles;
  }

  /** Overwrite a file's bytes between its header and its checksum footer, as a bad disk might. */
  private static void scramble(Path file) throws Exception {
    try (RandomAccessFile bytes = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] noise = new byte[(int) bytes.length() - 64 - 16];
      Arrays.fill(noise, (byte) 0x5A);
      bytes.seek(64);
      bytes.write(noise);
    }
  }

  @Test
  void aSearchThatMeetsADamagedFileIsA503WithAdviceAndHealthSaysDegraded() throws Exception {
    Path index = dir.resolve("index");
    // Separate files rather than one compound file, so the damage reaches the stored articles only.
    try (IndexWriter writer =
        new IndexWriter(
            FSDirectory.open(index), ArticleIndexer.config(true).setUseCompoundFile(false))) {
      for (Article article : articles("v1", 60)) {
        writer.addDocument(ArticleSchema.toDocument(article, "hash"));
      }
      writer.commit();
    }
    scramble(index.resolve("_0.fdt"));
    try (TestServer server = new TestServer(index)) {
      String advice =
          "The archive's index is damaged (_0.fdt fails its checksum), so this cannot be answered;"
              + " run ./archive check --index "
              + index
              + ", then ./archive reindex --full to rebuild it.";
      for (int attempt = 0; attempt < 2; attempt++) {
        TestServer.Response search = server.get("/api/search?q=cloud");
        assertEquals(503, search.status(), search.body());
        assertEquals("application/json", search.header("Content-Type"));
        assertEquals(
            "{\"error\":\"index_damaged\",\"message\":"
                + Json.mapper().writeValueAsString(advice)
                + "}",
            search.body());
      }
      JsonNode health = server.get("/api/health").json();
      assertEquals("degraded", health.get("status").asText());
      assertEquals(advice, health.get("problem").asText());
      assertEquals(60, health.get("documents").asInt());
    }
  }

  @Test
  void aNewCommitThatCannotBeOpenedLeavesTheLastGoodVersionAnswering() throws Exception {
    Path writing = dir.resolve("writing");
    Path served = dir.resolve("served");
    write(writing, articles("v1", 30));
    copy(writing, served, "_0");
    copy(writing, served, "segments_1");
    try (TestServer server = new TestServer(served)) {
      assertEquals(30, server.get("/api/search?q=cloud").json().get("total").asInt());
      Instant firstCommit =
          Instant.parse(server.get("/api/health").json().get("lastCommit").asText());

      write(writing, articles("v2", 10));
      copy(writing, served, "_1");
      try (RandomAccessFile cfs = new RandomAccessFile(served.resolve("_1.cfs").toFile(), "rw")) {
        cfs.setLength(cfs.length() / 2);
      }
      copy(writing, served, "segments_2");
      Thread.sleep(300); // several refreshes, each failing

      JsonNode health = server.get("/api/health").json();
      assertEquals("degraded", health.get("status").asText(), health.toString());
      assertEquals(
          "The archive is answering, but the newest commit at "
              + served
              + " cannot be opened (_1.cfs is cut short); still serving the commit of "
              + firstCommit
              + "; run ./archive check --index "
              + served
              + ".",
          health.get("problem").asText());
      TestServer.Response search = server.get("/api/search?q=cloud");
      assertEquals(200, search.status(), search.body());
      assertEquals(30, search.json().get("total").asInt());

      copy(writing, served, "_1"); // the reindex's files, whole again
      Thread.sleep(300);
      health = server.get("/api/health").json();
      assertEquals("ok", health.get("status").asText(), health.toString());
      assertNull(health.get("problem"));
      assertEquals(40, server.get("/api/search?q=cloud").json().get("total").asInt());
    }
  }

  /** Add {@code articles} to the index at {@code index} in one commit. */
  private static void write(Path index, List<Article> articles) throws Exception {
    try (ArticleIndexer indexer = ArticleIndexer.open(index, false)) {
      for (Article article : articles) {
        indexer.upsert(article.id(), indexer.document(article, "hash"));
      }
      indexer.commit("");
    }
  }

  /** Copy the files whose names start with {@code prefix} from one index folder to another. */
  private static void copy(Path from, Path to, String prefix) throws Exception {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
