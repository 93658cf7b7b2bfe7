package newsarchive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SearchApiTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String pathAndQuery) throws Exception {
    TestServer.Response response = server.get(pathAndQuery);
    assertEquals(200, response.status(), response.body());
    return response.json();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode result) {
    return StreamSupport.stream(result.get("hits").spliterator(), false)
        .map(hit -> hit.get("id").asText())
        .toList();
  }

  /** The ids of the hits that have every word of the query (the partial matches follow them). */
  private static List<String> allWordsIds(JsonNode result) {
    return StreamSupport.stream(result.get("hits").spliterator(), false)
        .filter(hit -> hit.get("match").asText().equals("all"))
        .map(hit -> hit.get("id").asText())
        .toList();
  }

  private static List<String> texts(JsonNode result, String field) {
    return StreamSupport.stream(result.get("hits").spliterator(), false)
        .map(hit -> hit.get(field).asText())
        .toList();
  }

  private static JsonNode parse(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void theGoldenQueriesGiveExactlyTheRecordedBodies() throws Exception {
    Path golden = Path.of("src/test/resources/golden");
    List<String> mismatches = new ArrayList<>();
    for (String line : Files.readAllLines(golden.resolve("queries.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      ObjectNode actual = comparable((ObjectNode) json("/api/search?" + parts[1]));
      Path expectedFile = golden.resolve(parts[0] + ".json");
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(expectedFile, actual.toPrettyString() + "\n");
      }
      String expected =
          comparable((ObjectNode) parse(Files.readString(expectedFile))).toPrettyString();
      if (!expected.equals(actual.toPrettyString())) {
        mismatches.add(parts[0] + ":\n" + actual.toPrettyString());
      }
    }
    assertEquals(List.of(), mismatches);
  }

  @Test
  void aQuotedWordMatchesOnlyAsTypedAndAnUnquotedOneRanksItsTypedFormFirst() throws Exception {
    // "exclusivity" (a01) and "exclusive" (a02, a15) share the stem "exclus".
    JsonNode quoted = json("/api/search?q=" + q("\"exclusivity\""));
    assertEquals(1, quoted.get("total").asInt());
    assertEquals(List.of("a01"), allWordsIds(quoted));
    List<String> stems = ids(json("/api/search?q=exclusivity"));
    assertEquals(List.of("a01", "a02", "a15"), stems.stream().sorted().toList());
    assertEquals("a01", stems.getFirst(), "the word as typed ranks first");
  }

  @Test
  void aPhraseWithATildeFindsItsWordsThatFarApartInEitherOrder() throws Exception {
    // a01's title: "OpenAI adds Amazon cloud alongside Microsoft Azure".
    assertFalse(allWordsIds(json("/api/search?q=" + q("\"openai amazon\""))).contains("a01"));
    JsonNode near = json("/api/search?q=" + q("\"openai amazon\"~1"));
    assertEquals("a01", allWordsIds(near).getFirst());
    assertTrue(
        near.get("hits")
            .get(0)
            .get("titleHtml")
            .asText()
            .matches(".*<mark>OpenAI</mark> adds <mark>Amazon</mark>.*"),
        near.get("hits").get(0).get("titleHtml").asText());
    // Reversed, the words need one move more.
    assertFalse(allWordsIds(json("/api/search?q=" + q("\"amazon openai\"~2"))).contains("a01"));
    assertTrue(allWordsIds(json("/api/search?q=" + q("\"amazon openai\"~3"))).contains("a01"));
  }

  @Test
  void aYearOrMonthInTheQueryFindsTheArticlesPublishedThen() throws Exception {
    // Nvidia's articles of 2024 (a04, a12) do not print the year.
    JsonNode year = json("/api/search?q=" + q("nvidia 2024"));
    assertEquals(List.of("a04", "a12"), allWordsIds(year).stream().sorted().toList());
    assertEquals(2, year.get("total").asLong());
    // January 2023: a02 (the 23rd), not a05 (December 2023) nor a03 (September).
    JsonNode month = json("/api/search?q=" + q("microsoft openai january 2023"));
    assertEquals(List.of("a02"), allWordsIds(month));
    // A month's last news is reported the day after: a06, published on August 1, 2024.
    assertEquals(List.of("a06"), allWordsIds(json("/api/search?q=" + q("eu ai act july 2024"))));
    assertEquals(List.of(), allWordsIds(json("/api/search?q=" + q("eu ai act june 2024"))));
    // A partial match names the month as typed (a13, Anthropic's Claude, is undated).
    JsonNode partial = json("/api/search?q=" + q("anthropic claude March 2024"));
    assertEquals(0, partial.get("total").asLong());
    assertEquals("[\"March 2024\"]", partial.get("hits").get(0).get("missing").toString());
  }

  @Test
  void aQuestionOrRequestFindsWhatItsOtherWordsFind() throws Exception {
    JsonNode plain = json("/api/search?q=" + q("amazon chips"));
    assertTrue(plain.get("total").asLong() > 0);
    for (String asked :
        List.of(
            "tell me about amazon chips",
            "what happened to amazon chips",
            "how big are amazon chips")) {
      JsonNode result = json("/api/search?q=" + q(asked));
      assertEquals(plain.get("total"), result.get("total"), asked);
      assertEquals(ids(plain), ids(result), asked);
    }
  }

  @Test
  void aDayInTheQueryFindsTheArticlesPublishedThatDayHoweverItIsWritten() throws Exception {
    // a02 was published on 2023-01-23, and its text names no date.
    for (String day :
        List.of(
            "January 23, 2023",
            "jan 23rd 2023",
            "23 January 2023",
            "2023-01-23",
            "23/01/2023",
            "1/23/2023",
            "23.1.2023",
            "1/23/23")) {
      JsonNode result = json("/api/search?q=" + q("microsoft openai " + day));
      assertEquals(List.of("a02"), allWordsIds(result), day);
    }
    // A report up to a week later counts, as news of the day typed (its fallout, its cause); eight
    // days later does not, nor does a report of the day before.
    for (String weekBefore : List.of("january 22, 2023", "january 16, 2023")) {
      JsonNode result = json("/api/search?q=" + q("microsoft openai " + weekBefore));
      assertEquals(List.of("a02"), allWordsIds(result), weekBefore);
    }
    JsonNode eightDaysBefore = json("/api/search?q=" + q("microsoft openai january 15, 2023"));
    assertEquals(List.of(), allWordsIds(eightDaysBefore));
    assertEquals(
        "[\"january 15, 2023\"]", eightDaysBefore.get("hits").get(0).get("missing").toString());
    JsonNode dayAfter = json("/api/search?q=" + q("microsoft openai january 24, 2023"));
    assertEquals(List.of(), allWordsIds(dayAfter));
    JsonNode isoMonth = json("/api/search?q=" + q("microsoft openai 2023-01"));
    assertEquals(List.of("a02"), allWordsIds(isoMonth));
    // The result names each date as typed with the days it spans, for the page to say so.
    assertEquals(
        parse(
            "[{\"typed\":\"Jan. 23rd, 2023\",\"from\":\"2023-01-23\",\"to\":\"2023-01-23\"},"
                + "{\"typed\":\"2024\",\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"}]"),
        json("/api/search?q=" + q("microsoft Jan. 23rd, 2023 or 2024")).get("publishedThen"));
    assertFalse(json("/api/search?q=" + q("microsoft openai")).has("publishedThen"));
    // A week of a month stands for the calendar weeks that hold its seven days: the last week of
    // January 2023 is its 25th to 31st, Wednesday to Tuesday, so the 23rd, that week's Monday, too.
    JsonNode week = json("/api/search?q=" + q("microsoft openai last week of january 2023"));
    assertEquals(List.of("a02"), allWordsIds(week));
    assertEquals(
        parse(
            "[{\"typed\":\"last week of january 2023\",\"from\":\"2023-01-23\","
                + "\"to\":\"2023-02-05\"}]"),
        week.get("publishedThen"));
    // A day either way round is both days: a05 was published on 2023-12-06, the day in the United
    // States' order; in Europe's, the same figures are 12 June.
    for (String day : List.of("6/12/2023", "12/6/2023")) {
      JsonNode either = json("/api/search?q=" + q("google gemini " + day));
      assertEquals(List.of("a05"), allWordsIds(either), day);
      assertEquals(
          parse(
              "[{\"typed\":\"DAY\",\"from\":\"2023-06-12\",\"to\":\"2023-06-12\"},"
                      .replace("DAY", day)
                  + "{\"typed\":\"DAY\",\"from\":\"2023-12-06\",\"to\":\"2023-12-06\"}]"
                      .replace("DAY", day)),
          either.get("publishedThen"),
          day);
    }
  }

  @Test
  void aFacetsCountsIgnoreItsOwnSelectionButFollowTheOthers() throws Exception {
    JsonNode result = json("/api/search?company=Amazon&company=Google&topic=Chips");
    assertEquals(List.of("a11", "a14"), ids(result));
    // Company counts: articles on Chips per company, as if no company were selected.
    assertEquals(
        parse(
            """
            [{"value":"Anthropic","count":1,"selected":false},
             {"value":"Nvidia","count":2,"selected":false},
             {"value":"Amazon","count":1,"selected":true},
             {"value":"Google","count":1,"selected":true}]"""),
        sortedByValueExceptSelected(result.get("facets").get("company")));
    // Topic counts: articles about Amazon or Google per topic, as if no topic were selected;
    // equal counts in label order.
    assertEquals(
        parse(
            """
            [{"value":"Partnerships","count":4,"selected":false},
             {"value":"Cloud","count":3,"selected":false},
             {"value":"Chips","count":2,"selected":true},
             {"value":"Models","count":2,"selected":false},
             {"value":"Funding","count":1,"selected":false},
             {"value":"Regulation","count":1,"selected":false}]"""),
        result.get("facets").get("topic"));
  }

  /**
   * The part of a search body that every backend must give exactly: all of it but the time taken
   * (and, where a backend says so, its opaque cursors).
   */
  ObjectNode comparable(ObjectNode body) {
    body.put("tookMs", 0);
    return body;
  }

  /** The facet values with the selected ones last, for an order-independent comparison of ties. */
  private static JsonNode sortedByValueExceptSelected(JsonNode values) {
    List<JsonNode> list = new ArrayList<>();
    values.forEach(list::add);
    list.sort(
        java.util.Comparator.comparing((JsonNode v) -> v.get("selected").asBoolean())
            .thenComparing(v -> v.get("value").asText()));
    return JSON.valueToTree(list);
  }

  @Test
  void aSelectedValueOutsideTheTopValuesIsStillListedWithItsCount() throws Exception {
    JsonNode companies = json("/api/search?facetSize=1&company=Meta").get("facets").get("company");
    assertEquals(
        parse(
            """
            [{"value":"Amazon","count":5,"selected":false},
             {"value":"Meta","count":1,"selected":true}]"""),
        companies);
  }

  @Test
  void theHistogramCountsTheQueryAndFacetsButNotTheDateFilter() throws Exception {
    JsonNode all = json("/api/search?q=nvidia&interval=year");
    JsonNode narrowed = json("/api/search?q=nvidia&interval=year&from=2024-06&to=2024-06");
    assertEquals(parse("[{\"period\":\"2024\",\"count\":2}]"), all.get("histogram"));
    assertEquals(all.get("histogram"), narrowed.get("histogram"));
    assertEquals(List.of("a12"), ids(narrowed));
  }

  @Test
  void theHistogramIntervalFollowsTheSpanAndTheNumberOfTheMatches() throws Exception {
    // Two articles 80 days apart read by week, not as 80 days of which two have a bar.
    JsonNode shortSpan = json("/api/search?q=" + q("nvidia"));
    assertEquals("week", shortSpan.get("interval").asText());
    assertEquals("2024-W12", shortSpan.get("histogram").get(0).get("period").asText());
    assertEquals(12, shortSpan.get("histogram").size()); // 2024-03-18 .. 2024-06-05
    assertEquals(80, json("/api/search?interval=day&q=" + q("nvidia")).get("histogram").size());
    JsonNode longSpan = json("/api/search?topic=Funding");
    assertEquals("year", longSpan.get("interval").asText());
    assertEquals("2019", longSpan.get("histogram").get(0).get("period").asText());
  }

  @Test
  void aQuarterIsAnIntervalAndADateFilter() throws Exception {
    JsonNode quarters = json("/api/search?interval=quarter&q=" + q("nvidia"));
    assertEquals(
        parse("[{\"period\":\"2024-Q1\",\"count\":1},{\"period\":\"2024-Q2\",\"count\":1}]"),
        quarters.get("histogram"));
    // a04 is of 2024-03-18, a12 of 2024-06-05: the second quarter runs April to June.
    assertEquals(List.of("a12"), ids(json("/api/search?q=nvidia&from=2024-Q2&to=2024-Q2")));
    assertEquals(List.of("a04"), ids(json("/api/search?q=nvidia&to=2024-Q1")));
  }

  @Test
  void hostileArticleTextComesOutEscapedWithMarksAroundMatches() throws Exception {
    JsonNode hit =
        json("/api/search?q=" + q("trainium chips") + "&company=Amazon").get("hits").get(0);
    assertEquals("a11", hit.get("id").asText());
    assertEquals("<script>alert(1)</script> Amazon chip news", hit.get("title").asText());
    assertEquals(
        "&lt;script&gt;alert(1)&lt;/script&gt; Amazon <mark>chip</mark> news",
        hit.get("titleHtml").asText());
    assertEquals(
        "&lt;img src=x onerror=alert(1)&gt; Amazon showed new <mark>Trainium chips</mark>"
            + " for its cloud.\n\nAnalysts said &quot;the <mark>chips</mark>&quot;"
            + " &amp; the cloud matter.",
        hit.get("snippet").asText());
  }

  @Test
  void withoutHighlightsTheSameHitsComeEscapedAndUnmarkedWithTheirBodiesOpening() throws Exception {
    for (String query : List.of("trainium chips", "openai amazon exclusivity", "azure exclusiv")) {
      String search = "/api/search?prefix=last&size=100&q=" + q(query);
      JsonNode marked = json(search);
      JsonNode plain = json(search + "&highlight=false");
      assertEquals(ids(marked), ids(plain), query);
      assertEquals(marked.get("total"), plain.get("total"), query);
      assertFalse(ids(plain).isEmpty(), query);
      for (String field : List.of("titleHtml", "snippet")) {
        assertTrue(texts(plain, field).stream().noneMatch(text -> text.contains("<mark>")), query);
      }
    }
    JsonNode hit =
        json("/api/search?q=" + q("trainium chips") + "&company=Amazon&highlight=false")
            .get("hits")
            .get(0);
    assertEquals("a11", hit.get("id").asText());
    assertEquals(
        "&lt;script&gt;alert(1)&lt;/script&gt; Amazon chip news", hit.get("titleHtml").asText());
    assertEquals(
        "&lt;img src=x onerror=alert(1)&gt; Amazon showed new Trainium chips for its cloud.\n\n"
            + "Analysts said &quot;the chips&quot; &amp; the cloud matter.",
        hit.get("snippet").asText());
    // A long body: its opening sentences, as a hit whose body the query does not match shows.
    String opening =
        json("/api/search?q=" + q("title:nvidia") + "&size=100")
            .get("hits")
            .get(0)
            .get("snippet")
            .asText();
    assertEquals(
        opening,
        json("/api/search?q=" + q("title:nvidia") + "&size=100&highlight=false")
            .get("hits")
            .get(0)
            .get("snippet")
            .asText());
  }

  @Test
  void anArticleComesWithItsParagraphsMarkedForTheQueryAndRelatedArticles() throws Exception {
    JsonNode article = json("/api/articles/a11?q=chips");
    assertEquals(
        parse(
            """
            ["&lt;img src=x onerror=alert(1)&gt; Amazon showed new Trainium <mark>chips</mark> for its cloud.",
             "Analysts said &quot;the <mark>chips</mark>&quot; &amp; the cloud matter."]"""),
        article.get("markedParagraphs"));
    assertEquals(
        parse(
            """
            ["<img src=x onerror=alert(1)> Amazon showed new Trainium chips for its cloud.",
             "Analysts said \\"the chips\\" & the cloud matter."]"""),
        article.get("paragraphs"));
    assertEquals(5, article.get("related").size());
    assertFalse(article.get("related").toString().contains("\"a11\""));
  }

  @Test
  void relatedArticlesShareTheArticlesDistinctiveWords() throws Exception {
    JsonNode related = json("/api/articles/a04").get("related");
    assertEquals("a12", related.get(0).get("id").asText()); // Nvidia GPUs in data centres
  }

  @Test
  void anArticleWithoutAQueryHasNoMarkedParagraphs() throws Exception {
    JsonNode article = json("/api/articles/a13");
    assertFalse(article.has("markedParagraphs"));
    assertFalse(article.has("published"));
    assertEquals("Anthropic releases the Claude model family", article.get("title").asText());
  }

  @Test
  void pagesAndTheCursorWalkTheSameStableOrder() throws Exception {
    List<String> byPages = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      byPages.addAll(ids(json("/api/search?sort=newest&size=5&page=" + page)));
    }
    List<String> byCursor = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode result =
          json("/api/search?sort=newest&size=5" + (cursor == null ? "" : "&cursor=" + cursor));
      byCursor.addAll(ids(result));
      cursor = result.has("nextCursor") ? result.get("nextCursor").asText() : null;
    } while (cursor != null);
    assertEquals(
        List.of(
            "a01", "a11", "a14", "a06", "a08", "a10", "a12", "a07", "a04", "a09", "a05", "a03",
            "a16", "a02", "a15", "a13"),
        byPages);
    assertEquals(byPages, byCursor);
  }

  @Test
  void theCursorAlsoWalksRelevanceOrder() throws Exception {
    List<String> byPage = ids(json("/api/search?q=cloud&size=10"));
    JsonNode first = json("/api/search?q=cloud&size=3");
    JsonNode second = json("/api/search?q=cloud&size=3&cursor=" + first.get("nextCursor").asText());
    List<String> walked = new ArrayList<>(ids(first));
    walked.addAll(ids(second));
    assertEquals(byPage.subList(0, 6), walked);
  }

  /** Each hit as its id, its match and (for a partial match) the words it lacks. */
  private static List<String> describe(JsonNode result) {
    return StreamSupport.stream(result.get("hits").spliterator(), false)
        .map(
            hit ->
                hit.get("id").asText()
                    + " "
                    + hit.get("match").asText()
                    + (hit.has("missing") ? hit.get("missing").toString() : ""))
        .toList();
  }

  @Test
  void aQueryNoArticleFullyMatchesListsTheBestPartialMatchesButCountsNothing() throws Exception {
    JsonNode result = json("/api/search?q=" + q("blackwell anthropic"));
    assertEquals(0, result.get("total").asLong());
    assertEquals(
        List.of(
            "a04 partial[\"anthropic\"]",
            "a03 partial[\"blackwell\"]",
            "a13 partial[\"blackwell\"]",
            "a14 partial[\"blackwell\"]",
            "a09 partial[\"blackwell\"]"), // Anthropic in the body only
        describe(result));
    assertEquals(5, result.get("partialTotal").asLong());
    result.get("facets").forEach(values -> assertEquals(0, values.size()));
    assertFalse(result.has("nextCursor"));
  }

  @Test
  void aReadersWordsFindTheArticlesOwnAsWholeMatchesNamedAsTyped() throws Exception {
    // a04 and a12 say "data centres", a06 "artificial intelligence"; the reader types otherwise.
    assertEquals(
        List.of("a04", "a12"), allWordsIds(json("/api/search?q=" + q("nvidia data center"))));
    assertEquals(List.of("a06"), allWordsIds(json("/api/search?q=" + q("ai act"))));
    assertEquals(
        parse(
            "[{\"typed\":\"Data  Center\",\"others\":[\"data centre\",\"datacenter\",\"server farm\"]}]"),
        json("/api/search?q=" + q("nvidia Data  Center")).get("otherWords"),
        "the part as typed, with the other words it matched");
    assertFalse(json("/api/search?q=" + q("nvidia")).has("otherWords"));
    JsonNode partial = json("/api/search?q=" + q("gemini data center"));
    assertEquals(0, partial.get("total").asLong());
    assertTrue(describe(partial).contains("a04 partial[\"gemini\"]"), describe(partial).toString());
    assertTrue(
        describe(partial).contains("a05 partial[\"data center\"]"), describe(partial).toString());
    assertEquals(
        0,
        json("/api/search?q=" + q("\"data center\"")).get("total").asLong(),
        "a quoted phrase is matched as typed");
    String manyWords = String.join(" ", java.util.Collections.nCopies(16, "takeover ceo ipo ai"));
    assertEquals(
        200,
        server.get("/api/search?prefix=last&q=" + q(manyWords)).status(),
        "sixty-four words that all have others stay within the engines' clause limits");
    JsonNode article = json("/api/articles/a04?q=" + q("data center"));
    assertTrue(
        article.toString().contains("<mark>data centres</mark>")
            || article.toString().contains("<mark>data</mark> <mark>centres</mark>"),
        article.toString());
  }

  @Test
  void whatReportsCallACompanyFindsItsArticlesAsWholeMatches() throws Exception {
    // a04 names Nvidia, a10 Apple; neither writes "graphics chipmaker" or "iPhone maker".
    JsonNode nvidia = json("/api/search?q=" + q("graphics chipmaker blackwell"));
    assertEquals(List.of("a04"), allWordsIds(nvidia));
    assertEquals(
        parse("[{\"typed\":\"graphics chipmaker\",\"others\":[\"nvidia\"]}]"),
        nvidia.get("otherWords"));
    assertEquals(List.of("a10"), allWordsIds(json("/api/search?q=" + q("iphone maker chatgpt"))));
  }

  @Test
  void twoTypedWordsThatArticlesWriteAsOneFindThemAsWholeMatches() throws Exception {
    // a05 writes "DeepMind", a02 "multiyear"; the reader types each as two words.
    assertEquals(List.of("a05"), allWordsIds(json("/api/search?q=" + q("deep mind"))));
    JsonNode multiYear = json("/api/search?q=" + q("multi year investment"));
    assertEquals(List.of("a02"), allWordsIds(multiYear));
    assertEquals(
        parse("[{\"typed\":\"multi year\",\"others\":[\"multiyear\"]}]"),
        multiYear.get("otherWords"));
    assertFalse(
        json("/api/search?q=" + q("openai amazon")).has("otherWords"),
        "words no article writes as one stay apart");
    assertEquals(
        List.of("a05"),
        allWordsIds(json("/api/search?prefix=last&q=" + q("deep mind"))),
        "the last word, still being typed as the page sends it, joins too");
  }

  @Test
  void aTypedWordThatArticlesWriteAsTwoFindsThemAsWholeMatches() throws Exception {
    // a04, a12 and a14 write "data centres"; the reader types it as one word.
    JsonNode split = json("/api/search?prefix=last&q=" + q("datacentres"));
    assertEquals(List.of("a04", "a12", "a14"), allWordsIds(split).stream().sorted().toList());
    assertEquals(
        parse("[{\"typed\":\"datacentres\",\"others\":[\"data centres\"]}]"),
        split.get("otherWords"));
  }

  @Test
  void aNameRunTogetherWithItsVersionFindsThatVersion() throws Exception {
    // a07 writes "Llama 3"; the reader types "llama3".
    JsonNode version = json("/api/search?prefix=last&q=" + q("llama3 weights"));
    assertEquals(List.of("a07"), allWordsIds(version));
    assertEquals(
        parse("[{\"typed\":\"llama3\",\"others\":[\"llama 3\",\"llama\"]}]"),
        version.get("otherWords"));
  }

  @Test
  void pastExactUpToTheCountsAreEstimatedFromASampleAndSaySo() throws Exception {
    JsonNode exact = json("/api/search?exactUpTo=all");
    assertFalse(exact.has("sampled"));
    JsonNode estimated = json("/api/search?exactUpTo=4");
    if (!estimatesCounts()) {
      assertEquals(comparable((ObjectNode) exact), comparable((ObjectNode) estimated));
      return;
    }
    double sampled = estimated.get("sampled").asDouble();
    assertTrue(sampled > 0 && sampled < 1, "sampled " + sampled);
    long oneIn = Math.round(1 / sampled);
    assertEquals(0, estimated.get("total").asLong() % oneIn, "counts of the sample, scaled up");
    estimated
        .get("facets")
        .forEach(values -> values.forEach(v -> assertEquals(0, v.get("count").asLong() % oneIn)));
    assertEquals(
        exact.get("hits").toString(),
        estimated.get("hits").toString(),
        "the page of hits is the same: only the counts are sampled");
  }

  @Test
  void partialMatchesFollowTheAllWordsOnesKeepTheFiltersAndNameWhatTheyMiss() throws Exception {
    JsonNode result = json("/api/search?q=" + q("amazon trainium") + "&company=Amazon");
    assertEquals(2, result.get("total").asLong());
    List<String> described = describe(result);
    assertEquals(List.of("a03 all", "a11 all"), described.subList(0, 2));
    assertEquals(
        List.of(
            "a16 partial[\"trainium\"]", "a01 partial[\"trainium\"]", "a09 partial[\"trainium\"]"),
        described.subList(2, described.size()));
    assertEquals(3, result.get("partialTotal").asLong());
    result
        .get("hits")
        .forEach(hit -> assertTrue(hit.get("companies").toString().contains("Amazon")));
    JsonNode amazon =
        StreamSupport.stream(result.get("facets").get("company").spliterator(), false)
            .filter(value -> value.get("value").asText().equals("Amazon"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, amazon.get("count").asLong(), "facets count the all-words matches only");
  }

  @Test
  void pagingByCursorAndByPageWalkTheSameListAcrossTheDivider() throws Exception {
    String query = "/api/search?q=" + q("amazon chips");
    JsonNode whole = json(query + "&size=100");
    List<String> expected = describe(whole);
    assertTrue(whole.get("partialTotal").asLong() > 0);
    assertEquals(whole.get("total").asLong() + whole.get("partialTotal").asLong(), expected.size());
    List<String> byCursor = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = json(query + "&size=2" + (cursor == null ? "" : "&cursor=" + cursor));
      byCursor.addAll(describe(page));
      cursor = page.has("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    List<String> byPage = new ArrayList<>();
    for (int page = 1; page <= (expected.size() + 2) / 3; page++) {
      JsonNode result = json(query + "&size=3&page=" + page);
      byPage.addAll(describe(result));
      assertEquals(
          page * 3 < expected.size(), result.has("nextCursor"), "a next page after " + page);
    }
    assertEquals(expected, byCursor);
    assertEquals(expected, byPage);
  }

  @Test
  void aMisspelledQueryThatFindsNothingShowsTheCorrectionsResultsAndSaysSo() throws Exception {
    JsonNode result = json("/api/search?q=" + q("amazn chipps"));
    JsonNode corrected = json("/api/search?q=" + q("amazon chips"));
    assertTrue(corrected.get("total").asLong() > 0);
    assertEquals(corrected.get("total").asLong(), result.get("total").asLong());
    assertEquals(ids(corrected), ids(result));
    assertEquals(
        parse("{\"query\":\"amazon chips\",\"typedExactly\":\"\\\"amazn\\\" \\\"chipps\\\"\"}"),
        result.get("corrected"));
    assertFalse(result.has("suggestion"));
    // The words as typed, quoted, are searched as they are: nothing, and no correction.
    JsonNode typed =
        json("/api/search?q=" + q(result.get("corrected").get("typedExactly").asText()));
    assertEquals(0, typed.get("total").asLong());
    assertFalse(typed.has("corrected"));
    assertFalse(json("/api/search?q=amazon").has("corrected"));
    assertFalse(json("/api/search?q=amazon").has("suggestion"));
  }

  @Test
  void aMisspelledQueryWithFewMatchesKeepsThemAndSuggestsTheCorrection() throws Exception {
    JsonNode result = json("/api/search?q=" + q("blackwell OR amazn"));
    assertEquals(List.of("a04"), ids(result));
    assertEquals("blackwell OR amazon", result.get("suggestion").asText());
    assertFalse(result.has("corrected"));
  }

  @Test
  void aSlipOfTypingIsMendedEvenWhenNothingHasEveryWord() throws Exception {
    // No article has both "anthropic" and "outage"; as typed, only the outage would be listed.
    // "anthropc" drops a letter, a slip of typing, so the articles naming Anthropic follow.
    JsonNode result = json("/api/search?q=" + q("anthropc outage"));
    assertEquals(0, result.get("total").asLong());
    assertEquals(
        parse("{\"query\":\"anthropic outage\",\"typedExactly\":\"\\\"anthropc\\\" outage\"}"),
        result.get("corrected"));
    assertEquals(
        List.of("a03", "a08", "a09", "a13", "a14"), ids(result).stream().sorted().toList());
    assertEquals(List.of("a08"), ids(json("/api/search?q=" + q("\"anthropc\" outage"))));
    // While "outags" is typed it begins no word; "outage" is another letter, not a slip: kept.
    assertEquals(
        "anthropic outags",
        json("/api/search?q=" + q("anthropc outags") + "&prefix=last")
            .get("corrected")
            .get("query")
            .asText());
  }

  @Test
  void withPrefixLastAnUnfinishedWordFindsAndMarksTheWordsItBegins() throws Exception {
    assertEquals("nvidia", json("/api/search?q=nvid").get("corrected").get("query").asText());
    JsonNode nvid = json("/api/search?q=nvid&prefix=last");
    // Matched only through a completion: newest first here, by relevance on Solr (see README).
    assertEquals(List.of("a04", "a12"), ids(nvid).stream().sorted().toList());
    assertEquals(
        List.of(
            "<mark>Nvidia</mark> market value passes three trillion dollars",
            "<mark>Nvidia</mark> unveils Blackwell GPUs for data centres"),
        texts(nvid, "titleHtml").stream().sorted().toList());
    // The stem of "exclusive" is "exclus", which "exclusiv" does not begin; the words do.
    JsonNode exclusiv = json("/api/search?q=" + q("azure exclusiv") + "&prefix=last");
    assertEquals(List.of("a01", "a02"), allWordsIds(exclusiv));
    assertEquals(
        List.of(
            "OpenAI will run some of its models on Amazon Web Services, ending the"
                + " <mark>exclusivity</mark> of Microsoft <mark>Azure</mark>.\n\nThe partnership"
                + " with Microsoft continues for research.",
            "Microsoft announced a multiyear, multibillion dollar investment in OpenAI.\n\n"
                + "<mark>Azure</mark> remains the <mark>exclusive</mark> cloud provider for OpenAI"
                + " workloads."),
        texts(exclusiv, "snippet").subList(0, 2));
    assertEquals(
        List.of("a04"),
        allWordsIds(json("/api/search?q=" + q("blackwell title:nvi") + "&prefix=last")));
  }

  @Test
  void withPrefixLastFinishedWordsRankAsBeforeAheadOfWordsTheyOnlyBegin() throws Exception {
    for (String query : List.of("cloud", "openai amazon", "partnership", "google model", "in")) {
      List<String> before = allWordsIds(json("/api/search?size=100&q=" + q(query)));
      List<String> typing = allWordsIds(json("/api/search?size=100&prefix=last&q=" + q(query)));
      assertEquals(before, typing.subList(0, before.size()), query);
    }
    // "train" finds "training", not "Trainium"; "in" begins "invests", "intelligence" and more.
    assertEquals(0, json("/api/search?q=" + q("amazon train")).get("total").asLong());
    assertEquals(
        List.of("a03", "a11"),
        allWordsIds(json("/api/search?q=" + q("amazon train") + "&prefix=last")));
    assertTrue(
        json("/api/search?q=in&prefix=last").get("total").asLong()
            > json("/api/search?q=in").get("total").asLong());
  }

  @Test
  void withPrefixLastPhrasesExclusionsFacetFieldsAndFinishedWordsAreUnchanged() throws Exception {
    for (String query :
        List.of(
            "\"exclusive clo\"",
            "openai -micro",
            "openai NOT micro",
            "company:nvid",
            "topic:chi",
            "source:tech",
            "nvid ",
            "nvid*",
            "(nvid)")) {
      ObjectNode before = (ObjectNode) json("/api/search?q=" + q(query));
      ObjectNode typing = (ObjectNode) json("/api/search?prefix=last&q=" + q(query));
      before.remove("tookMs");
      typing.remove("tookMs");
      assertEquals(before, typing, query);
    }
  }

  @Test
  void withPrefixLastAnUnfinishedWordIsNotCorrectedButAMisspellingStillIs() throws Exception {
    assertEquals("nvidia", json("/api/search?q=nvid").get("corrected").get("query").asText());
    JsonNode typing = json("/api/search?q=nvid&prefix=last");
    assertFalse(typing.has("suggestion"));
    assertFalse(typing.has("corrected"));
    JsonNode misspelled = json("/api/search?q=" + q("chips amazn") + "&prefix=last");
    assertEquals("chips amazon", misspelled.get("corrected").get("query").asText());
    assertEquals("chips \"amazn\"", misspelled.get("corrected").get("typedExactly").asText());
  }

  @Test
  void anArticleOpenedWhileTypingIsMarkedForTheUnfinishedWord() throws Exception {
    assertEquals(
        parse(
            """
            ["<mark>Nvidia</mark> presented the Blackwell architecture, a new generation of GPUs for training large models in data centres."]"""),
        json("/api/articles/a04?q=nvid&prefix=last").get("markedParagraphs"));
  }

  @Test
  void completionsOfferCompaniesTopicsAndTitles() throws Exception {
    assertEquals(
        parse(
            """
            [{"text":"Anthropic","kind":"company"},
             {"text":"Google Cloud signs Anthropic TPU deal","kind":"title","id":"a14"},
             {"text":"Amazon invests in Anthropic","kind":"title","id":"a03"},
             {"text":"Anthropic releases the Claude model family","kind":"title","id":"a13"}]"""),
        json("/api/suggest?q=anthr"));
    assertEquals(
        parse(
            """
            [{"text":"Chips","kind":"topic"},
             {"text":"<script>alert(1)</script> Amazon chip news","kind":"title","id":"a11"}]"""),
        json("/api/suggest?q=chi"));
    assertEquals(parse("[]"), json("/api/suggest?q=%20"));
  }

  @Test
  void theFacetDimensionsAreListedWithLabelsInDisplayOrder() throws Exception {
    assertEquals(
        parse(
            """
            [{"name":"company","label":"Company"},{"name":"topic","label":"Topic"},
             {"name":"source","label":"Source"}]"""),
        json("/api/dimensions"));
  }

  @Test
  void healthAndStatsDescribeTheIndex() throws Exception {
    ObjectNode health = (ObjectNode) json("/api/health");
    assertTrue(health.remove("lastCommit").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));
    assertEquals(parse("{\"status\":\"ok\",\"documents\":16}"), comparableHealth(health));
    ObjectNode stats = (ObjectNode) json("/api/stats");
    assertTrue(stats.remove("indexBytes").asLong() > 0);
    stats.remove("lastCommit");
    assertEquals(
        parse(
            """
            {"documents":16,"undated":1,"earliest":"2019-07-22","latest":"2026-04-29",
             "values":{"company":[{"value":"Amazon","count":5},{"value":"Microsoft","count":5},
               {"value":"OpenAI","count":5},{"value":"Anthropic","count":4},
               {"value":"Google","count":3},{"value":"Nvidia","count":2},
               {"value":"Apple","count":1},{"value":"Meta","count":1}],
             "topic":[{"value":"Partnerships","count":7},{"value":"Models","count":5},
               {"value":"Chips","count":4},{"value":"Cloud","count":4},{"value":"Funding","count":3},
               {"value":"Regulation","count":2},{"value":"Security","count":1}],
             "source":[{"value":"Newsarchive Briefs","count":8},{"value":"Tech Wire","count":8}]}}"""),
        stats);
  }

  /** Whether the backend estimates counts from a sample past {@code exactUpTo}, or counts all. */
  boolean estimatesCounts() {
    return true;
  }

  /** The part of the health body every backend gives the same; checks the backend's own part. */
  ObjectNode comparableHealth(ObjectNode health) {
    assertEquals("lucene", health.remove("backend").asText());
    return health;
  }

  @Test
  void thePageIsServedWithAStrictContentSecurityPolicy() throws Exception {
    TestServer.Response page = server.get("/");
    assertEquals(200, page.status());
    assertTrue(page.header("Content-Type").startsWith("text/html"));
    assertEquals(ArchiveServer.CONTENT_SECURITY_POLICY, page.header("Content-Security-Policy"));
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
    assertEquals("no-referrer", page.header("Referrer-Policy"));
    assertEquals(null, page.header("Access-Control-Allow-Origin"));
  }

  @Test
  void filesOutsideTheWebRootCannotBeRead() throws Exception {
    for (String path :
        List.of(
            "/../pom.xml",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/..%2f..%2fetc%2fpasswd",
            "/newsarchive/http/ArchiveServer.class",
            "/public/../simplelogger.properties",
            "/simplelogger.properties")) {
      TestServer.Response response = server.get(path);
      assertNotEquals(200, response.status(), path);
      assertTrue(response.status() >= 400 && response.status() < 500, path);
    }
  }
}
