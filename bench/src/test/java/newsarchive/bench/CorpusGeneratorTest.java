package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

  @TempDir Path dir;

  @Test
  void theSameSeedWritesTheSameCorpusAndAnotherSeedAnotherOne() throws Exception {
    Path first = dir.resolve("a.jsonl");
    Path again = dir.resolve("b.jsonl");
    Path other = dir.resolve("c.jsonl");
    GenerateCommand.write(new JsonlFile(first), 3_000, 7);
    GenerateCommand.write(new JsonlFile(again), 3_000, 7);
    GenerateCommand.write(new JsonlFile(other), 3_000, 8);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
    assertFalse(Files.readString(first).equals(Files.readString(other)));
  }

  @Test
  void everyLineIsAnArticleInTheArchiveFormatWithTitlesOfSixToFourteenWords() throws Exception {
    List<JsonNode> articles = write("corpus.jsonl", 2_000);
    Set<String> ids = new HashSet<>();
    for (JsonNode article : articles) {
      List<String> fields = new ArrayList<>();
      article.fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("id", "title", "body", "published", "source", "url", "authors"), fields);
      assertTrue(ids.add(article.get("id").asText()), "ids are unique");
      int titleWords = article.get("title").asText().split(" ").length;
      assertTrue(titleWords >= 6 && titleWords <= 14, article.get("title").asText());
      Instant published = Instant.parse(article.get("published").asText());
      assertTrue(
          !published.isBefore(Instant.parse("2000-01-01T00:00:00Z"))
              && published.isBefore(Instant.parse("2026-05-01T00:00:00Z")),
          published.toString());
      assertFalse(article.get("body").asText().isBlank());
    }
  }

  @Test
  void laterYearsPopularVendorsAndFrequentWordsComeUpMoreOften() throws Exception {
    List<JsonNode> articles = write("corpus.jsonl.gz", 5_000);
    int in2005 = 0;
    int in2025 = 0;
    int openAi = 0;
    int cloudflare = 0;
    int cloud = 0;
    int subpoena = 0;
    for (JsonNode article : articles) {
      String year = article.get("published").asText().substring(0, 4);
      in2005 += year.equals("2005") ? 1 : 0;
      in2025 += year.equals("2025") ? 1 : 0;
      String text = article.get("title").asText() + " " + article.get("body").asText();
      openAi += text.contains("OpenAI") ? 1 : 0;
      cloudflare += text.contains("Cloudflare") ? 1 : 0;
      cloud += text.contains(" cloud ") ? 1 : 0;
      subpoena += text.contains(" subpoena") ? 1 : 0;
    }
    assertTrue(in2025 > 3 * in2005, in2025 + " in 2025 against " + in2005 + " in 2005");
    assertTrue(openAi > 5 * cloudflare, openAi + " OpenAI against " + cloudflare + " Cloudflare");
    assertTrue(cloud > 10 * subpoena, cloud + " cloud against " + subpoena + " subpoena");
    assertTrue(subpoena > 0, "the rare word occurs");
  }

  private List<JsonNode> write(String name, int count) throws Exception {
    JsonlFile file = new JsonlFile(dir.resolve(name));
    GenerateCommand.write(file, count, 1);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> articles = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(file.open(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        articles.add(json.readTree(line));
      }
    }
    assertEquals(count, articles.size());
    return articles;
  }
}
