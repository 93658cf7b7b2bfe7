package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypingBenchTest {

  @Test
  void typingSendsEveryPrefixButThoseEndingInASpace() {
    assertEquals(
        List.of("o", "oi", "oil", "oil p", "oil pr", "oil pri"), TypingBench.prefixes("oil pri"));
  }
}
