package newsarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

  private static final Path BUNDLED_CORPUS = Path.of("../corpus").toAbsolutePath().normalize();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();

  private ServeCommand serveCommand(String... args) {
    CommandLine commandLine = new CommandLine(new ServeCommand());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.parseArgs(args);
    return commandLine.getCommand();
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void serveIndexesTheBundledCorpusWhenThereIsNoIndexAndFindsTheSampleArticle() throws Exception {
    Path index = dir.resolve("data/index");
    ServeCommand serve =
        serveCommand(
            "--port", "0", "--index", index.toString(), "--corpus", BUNDLED_CORPUS.toString());
    try (ServeCommand.Running running = serve.start()) {
      String url = running.server().url();
      assertTrue(out.toString().contains("No index at " + index + " yet"), out.toString());
      assertTrue(out.toString().contains(" 0 failed "), out.toString());

      JsonNode health = get(url + "api/health");
      assertEquals("ok", health.get("status").asText());
      assertTrue(health.get("documents").asLong() >= 150, health.toString());

      JsonNode hits = get(url + "api/search?q=openai+amazon+microsoft+exclusivity").get("hits");
      assertEquals(
          "OpenAI adds Amazon cloud to its lineup a day after ending Microsoft exclusivity",
          hits.get(0).get("title").asText());
      assertEquals("2026-04-29", hits.get(0).get("published").asText().substring(0, 10));
    }
  }

  @Test
  void serveLeavesAnExistingIndexAsItIs() throws Exception {
    Path index = dir.resolve("index");
    ReindexCommand.reindex(
        java.util.List.of(BUNDLED_CORPUS),
        BUNDLED_CORPUS,
        index,
        false,
        new PrintWriter(new StringWriter()));
    ServeCommand serve =
        serveCommand(
            "--port", "0", "--index", index.toString(), "--corpus", BUNDLED_CORPUS.toString());
    try (ServeCommand.Running running = serve.start()) {
      assertEquals("", out.toString());
      assertEquals("ok", get(running.server().url() + "api/health").get("status").asText());
    }
  }
}
