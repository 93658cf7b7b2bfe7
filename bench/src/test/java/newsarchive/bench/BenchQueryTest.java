package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchQueryTest {

  @Test
  void urlParametersBecomeAQueryWithWholePeriodsAsDateBounds() {
    assertEquals(
        new BenchQuery(
            "mixed",
            "\"data center\" cloud",
            List.of("Amazon", "Microsoft"),
            List.of("Cloud"),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 2, 29)),
        BenchQuery.parse(
            "mixed",
            "q=%22data+center%22+cloud&company=Amazon&company=Microsoft&topic=Cloud"
                + "&from=2024&to=2024-02"));
  }

  @Test
  void aQueryAsksTheServerForTenHitsWithItsParametersEncoded() {
    BenchQuery query = BenchQuery.parse("q", "q=chips -nvidia&company=SK Hynix&from=2025-03-04");
    assertEquals(
        "q=chips+-nvidia&company=SK+Hynix&from=2025-03-04&size=10", query.urlParameters(false));
    assertEquals(
        "q=chips+-nvidia&company=SK+Hynix&from=2025-03-04&size=10&exactUpTo=all",
        query.urlParameters(true));
  }

  @Test
  void theBundledMixCoversEveryKindOfQueryTheIssueNames() {
    List<String> names = BenchQuery.mix().stream().map(BenchQuery::name).toList();
    assertEquals(
        List.of(
            "frequent-term",
            "frequent-and",
            "frequent-or",
            "rare-term",
            "very-rare-term",
            "rare-and-frequent",
            "phrase",
            "phrase-and-term",
            "prefix",
            "exclude",
            "company-filter",
            "rare-company-filter",
            "two-companies",
            "company-and-topic",
            "topic-filter",
            "date-range",
            "recent-year",
            "browse-all",
            "browse-company",
            "browse-two-selections",
            "browse-date-range"),
        names);
  }
}
