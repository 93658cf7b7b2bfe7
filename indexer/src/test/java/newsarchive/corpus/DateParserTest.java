package newsarchive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {

  @Test
  void everyFormTheCorpusUsesIsRead() {
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put("April 29, 2026", "2026-04-29T00:00:00Z");
    forms.put("Apr 29, 2026", "2026-04-29T00:00:00Z");
    forms.put("29 April 2026", "2026-04-29T00:00:00Z");
    forms.put("2026-04-29", "2026-04-29T00:00:00Z");
    forms.put("2026-04-29T10:15:00Z", "2026-04-29T10:15:00Z");
    forms.put("2026-04-29T10:15:00+02:00", "2026-04-29T08:15:00Z");
    forms.put("2026-04-29T10:15:00", "2026-04-29T10:15:00Z");
    forms.put("2026-04-29 10:15", "2026-04-29T10:15:00Z");
    forms.put("Wed, 29 Apr 2026 10:15:00 GMT", "2026-04-29T10:15:00Z");
    forms.put("Wed, 29 Apr 2026 10:15:00 +0200", "2026-04-29T08:15:00Z");
    forms.put("29 Apr 2026 10:15 EST", "2026-04-29T15:15:00Z");
    forms.put("Wed, 29 Apr 2026 10:15:00 PDT", "2026-04-29T17:15:00Z");
    Map<String, Optional<Instant>> expected = new LinkedHashMap<>();
    Map<String, Optional<Instant>> parsed = new LinkedHashMap<>();
    forms.forEach(
        (text, instant) -> {
          expected.put(text, Optional.of(Instant.parse(instant)));
          parsed.put(text, DateParser.parse(text));
        });
    assertEquals(expected, parsed);
  }

  @Test
  void textThatIsNoDateGivesNothing() {
    for (String text : new String[] {"", "  ", "sometime last spring", "2026-13-45", "April 31"}) {
      assertEquals(Optional.empty(), DateParser.parse(text), text);
    }
  }
}
