package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.index.ArticleIndexer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIdTest {

  @TempDir Path dir;

  @Test
  void anArticleWhoseIdIsAUrlCanBeFetchedByThatId() throws Exception {
    String id = "https://example.com/news/2026/openai-aws";
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, true)) {
      Article article =
          new Article(
              id,
              "OpenAI adds Amazon cloud",
              "Body.",
              Instant.parse("2026-04-29T00:00:00Z"),
              null,
              id,
              List.of(),
              List.of("OpenAI"),
              List.of("Cloud"),
              Origin.file(Path.of("feed.xml#1")));
      indexer.upsert(article.id(), indexer.document(article, "h"));
      indexer.commit("");
    }
    try (TestServer server = new TestServer(dir)) {
      TestServer.Response response = server.get("/api/articles/" + id);
      assertEquals(200, response.status(), response.body());
      assertEquals(id, response.json().get("id").asText());
      TestServer.Response encoded =
          server.get("/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
      assertEquals(200, encoded.status(), encoded.body());
      assertEquals(404, server.get("/api/articles/https://example.com/other").status());
    }
  }
}
