package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsarchive.search.ComentionRequest;
import newsarchive.search.Comentions;
import newsarchive.search.CompanyRole;
import newsarchive.search.DateRange;
import newsarchive.search.InvalidRequestException;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchResult;
import newsarchive.search.SearchService;
import newsarchive.search.Timeline;
import newsarchive.search.TimelineRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code companyRole=subject} limits the company filter and the company counts to the articles
 * whose subject the company is, while the other facets follow that narrower filter and the company
 * counts still ignore the company selection (drill sideways).
 */
class SubjectCompaniesTest {

  @TempDir static Path dir;
  private static SearchService service;

  @BeforeAll
  static void open() throws Exception {
    SubjectCorpus.write(dir);
    service = LuceneSearch.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  @Test
  void theRealRuleMakesACompanyASubjectOnlyInTitleLeadOrByTwoMentions() {
    Map<String, List<String>> subjects = new LinkedHashMap<>();
    SubjectCorpus.ARTICLES.forEach(article -> subjects.put(article.id(), article.subjects()));
    assertEquals(
        Map.of(
            "nvidia-revenue", List.of("Nvidia"),
            "microsoft-regions", List.of("Microsoft"),
            "cloud-prices", List.of("Microsoft"),
            "supply-eases", List.of(),
            "openai-model", List.of("OpenAI")),
        subjects);
  }

  @Test
  void withoutASelectionTheCompanyCountsAreSubjectsAndTheOtherFacetsUnchanged() throws Exception {
    SearchResult any = service.search(request(Map.of(), CompanyRole.ANY, DateRange.ALL));
    SearchResult subject = service.search(request(Map.of(), CompanyRole.SUBJECT, DateRange.ALL));

    assertEquals(Map.of("Microsoft", 4L, "Nvidia", 3L, "OpenAI", 1L), counts(any, "company"));
    assertEquals(Map.of("Microsoft", 2L, "Nvidia", 1L, "OpenAI", 1L), counts(subject, "company"));
    assertEquals(5, subject.total());
    assertEquals(counts(any, "topic"), counts(subject, "topic"));
    assertEquals(counts(any, "source"), counts(subject, "source"));
  }

  @Test
  void aSubjectFilterKeepsOnlyTheArticlesAboutTheCompany() throws Exception {
    SearchResult result =
        service.search(
            request(Map.of("company", List.of("microsoft")), CompanyRole.SUBJECT, DateRange.ALL));

    assertEquals(List.of("cloud-prices", "microsoft-regions"), ids(result));
    // The company counts ignore the company selection; the others follow the subject filter.
    assertEquals(Map.of("Microsoft", 2L, "Nvidia", 1L, "OpenAI", 1L), counts(result, "company"));
    assertEquals(Map.of("Cloud", 2L), counts(result, "topic"));
    assertEquals(Map.of("Daily Ledger", 2L), counts(result, "source"));
    // A hit still lists every company it names, most salient first.
    assertEquals(List.of("Microsoft", "Nvidia"), result.hits().get(1).companies());
  }

  @Test
  void theSameFilterOnAnyMentionKeepsTheArticlesNamingItInPassing() throws Exception {
    SearchResult result =
        service.search(
            request(Map.of("company", List.of("Nvidia")), CompanyRole.ANY, DateRange.ALL));

    assertEquals(List.of("supply-eases", "microsoft-regions", "nvidia-revenue"), ids(result));
    assertEquals(Map.of("Chips", 2L, "Cloud", 1L), counts(result, "topic"));
  }

  @Test
  void withDatesAndAnotherFacetEveryCountFollowsTheSubjectFilter() throws Exception {
    DateRange spring = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    SearchResult result =
        service.search(request(Map.of("company", List.of("Nvidia")), CompanyRole.SUBJECT, spring));

    assertEquals(List.of("nvidia-revenue"), ids(result));
    assertEquals(Map.of("Microsoft", 2L, "Nvidia", 1L), counts(result, "company"));
    assertEquals(Map.of("Chips", 1L), counts(result, "topic"));
    assertEquals(Map.of("Tech Wire", 1L), counts(result, "source"));

    SearchResult cloud =
        service.search(
            request(
                Map.of("company", List.of("Nvidia", "Microsoft"), "topic", List.of("Cloud")),
                CompanyRole.SUBJECT,
                DateRange.ALL));
    assertEquals(List.of("cloud-prices", "microsoft-regions"), ids(cloud));
    assertEquals(Map.of("Microsoft", 2L), counts(cloud, "company"));
    assertEquals(Map.of("Chips", 1L, "Cloud", 2L), counts(cloud, "topic"));
  }

  @Test
  void aQueryTextIsFilteredAndCountedTheSameWay() throws Exception {
    SearchResult result =
        service.search(
            new SearchRequest(
                "accelerators",
                null,
                Map.of("company", List.of("Nvidia")),
                null,
                null,
                1,
                20,
                null,
                20,
                null,
                null,
                null,
                CompanyRole.SUBJECT));

    assertEquals(List.of("nvidia-revenue"), ids(result));
    assertEquals(Map.of("Microsoft", 1L, "Nvidia", 1L), counts(result, "company"));
  }

  @Test
  void timelinesAndComentionsCountACompanyOnlyWhereItIsTheSubject() throws Exception {
    SearchRequest subjects = request(Map.of(), CompanyRole.SUBJECT, DateRange.ALL);
    Timeline timeline =
        service.timeline(
            new TimelineRequest(subjects, null, new TimelineRequest.Top("company", 5), null));
    Map<String, Long> totals = new LinkedHashMap<>();
    timeline.series().forEach(series -> totals.put(series.value(), series.total()));
    assertEquals(
        Map.of("company:Microsoft", 2L, "company:Nvidia", 1L, "company:OpenAI", 1L), totals);

    Comentions any =
        service.comentions(
            new ComentionRequest(request(Map.of(), CompanyRole.ANY, DateRange.ALL), "Nvidia", 10));
    Comentions about = service.comentions(new ComentionRequest(subjects, "Nvidia", 10));
    assertEquals(3, any.total());
    assertEquals(List.of("Microsoft:2"), comentions(any));
    assertEquals(1, about.total());
    assertEquals(List.of(), comentions(about));
  }

  private static List<String> comentions(Comentions comentions) {
    return comentions.companies().stream().map(c -> c.value() + ":" + c.count()).toList();
  }

  @Test
  void anUnknownRoleIsAClearMistake() {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> CompanyRole.parse("main"));
    assertEquals("companyRole must be one of any, subject, got 'main'.", e.getMessage());
    assertEquals(CompanyRole.SUBJECT, CompanyRole.parse(" Subject "));
  }

  private static SearchRequest request(
      Map<String, List<String>> selections, CompanyRole role, DateRange dates) {
    return new SearchRequest(
        "", null, selections, dates, null, 1, 20, null, 20, null, null, null, role);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  private static Map<String, Long> counts(SearchResult result, String dimension) {
    Map<String, Long> counts = new LinkedHashMap<>();
    result.facets().get(dimension).stream()
        .filter(value -> value.count() > 0)
        .forEach(value -> counts.put(value.value(), value.count()));
    return counts;
  }
}
