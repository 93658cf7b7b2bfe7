package newsarchive.http;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsarchive.search.SearchRequest;

/**
 * A search described in words, for what is named after it: a feed's title, an export's file name.
 */
final class SearchTitle {

  /** A file name's slug is cut to this many characters. */
  private static final int MAX_SLUG = 60;

  private SearchTitle() {}

  /**
   * The search in words, e.g. {@code "cloud" · company: Amazon, Nvidia · 2025-01-01 to 2025-06-30};
   * {@code all articles} when it lists everything.
   */
  static String of(SearchRequest request) {
    List<String> parts = new ArrayList<>();
    if (!request.query().isBlank()) {
      parts.add("\"" + request.query().strip() + "\"");
    }
    request
        .selections()
        .forEach((dimension, values) -> parts.add(dimension + ": " + String.join(", ", values)));
    if (!request.dates().isAll()) {
      parts.add(
          (request.dates().from() == null ? "until" : request.dates().from() + " to")
              + (request.dates().to() == null ? " now" : " " + request.dates().to()));
    }
    return parts.isEmpty() ? "all articles" : String.join(" · ", parts);
  }

  /**
   * A file name for an export of the search: {@code newsarchive-} and the search's words in lower
   * case ASCII joined by hyphens (accents dropped, other letters left out), then {@code extension}.
   */
  static String fileName(SearchRequest request, String extension) {
    String ascii =
        Normalizer.normalize(of(request), Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    String slug = ascii.length() > MAX_SLUG ? ascii.substring(0, MAX_SLUG) : ascii;
    slug = slug.replaceAll("-$", "");
    return "newsarchive-" + (slug.isEmpty() ? "search" : slug) + "." + extension;
  }
}
