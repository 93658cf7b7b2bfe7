package newsarchive.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search as you type over HTTP, as the page sends it: every prefix of a few typed queries ("m",
 * "ma", "mar" … "market", "oil p" … "oil price") with {@code prefix=last}, grouped into stories and
 * counting them, fifty values per facet, one client, reported by the length of the word being typed
 * (1, 2, 3, 4 or more letters) and overall.
 */
final class TypingBench {

  /** What is typed: frequent and rarer words, one and two words. */
  static final List<String> TYPED =
      List.of("market", "oil price", "chips", "cloud deal", "semiconductor", "nvidia", "s");

  /** How many times each prefix is sent per repetition, after one unmeasured round. */
  static final int TIMES = 10;

  private TypingBench() {}

  /** Every prefix the page sends while {@code typed} is typed, without those ending in a space. */
  static List<String> prefixes(String typed) {
    List<String> prefixes = new ArrayList<>();
    for (int end = 1; end <= typed.length(); end++) {
      if (typed.charAt(end - 1) != ' ') {
        prefixes.add(typed.substring(0, end));
      }
    }
    return prefixes;
  }

  /** Send every prefix {@code times} times through {@code fetch}; record p50/p99 by length. */
  static void measure(Fetch fetch, URI base, int times, Figures figures) throws Exception {
    List<String> all = TYPED.stream().flatMap(typed -> prefixes(typed).stream()).toList();
    for (String prefix : all) {
      fetch.get(uri(base, prefix));
    }
    Map<String, Samples> byLength = new LinkedHashMap<>();
    for (String length : List.of("1", "2", "3", "4+", "all")) {
      byLength.put(length, new Samples());
    }
    for (int round = 0; round < times; round++) {
      for (String prefix : all) {
        long started = System.nanoTime();
        fetch.get(uri(base, prefix));
        double millis = (System.nanoTime() - started) / 1e6;
        byLength.get(length(prefix)).add(millis);
        byLength.get("all").add(millis);
      }
    }
    for (Map.Entry<String, Samples> entry : byLength.entrySet()) {
      String key = "http.typing." + (entry.getKey().equals("all") ? "all" : entry.getKey() + "L");
      String what =
          entry.getKey().equals("all")
              ? "every prefix typed"
              : "word being typed of " + entry.getKey() + " letters";
      figures.put(key + ".p50_ms", entry.getValue().median(), what + ", prefix=last, 1 client");
      figures.put(key + ".p99_ms", entry.getValue().quantile(0.99), what + "; target ≤ 50 at 1M");
    }
  }

  /** How long the word being typed is: 1, 2, 3 or 4+ letters. */
  private static String length(String prefix) {
    int letters = prefix.length() - prefix.lastIndexOf(' ') - 1;
    return letters >= 4 ? "4+" : Integer.toString(letters);
  }

  private static URI uri(URI base, String prefix) {
    return base.resolve(
        "/api/search?group=story&count=stories&facetSize=50&prefix=last&q="
            + URLEncoder.encode(prefix, StandardCharsets.UTF_8));
  }

  /** Sends one request and fails on any answer but 200. */
  @FunctionalInterface
  interface Fetch {
    /** GET {@code uri}. */
    long get(URI uri) throws Exception;
  }
}
