package newsarchive.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How search hits are ordered; every order ends in the article id so ties are deterministic. */
public enum SortOrder {
  /** Best match first, then newest. */
  RELEVANCE,
  /** Newest first. */
  NEWEST,
  /** Oldest first. */
  OLDEST;

  /** The order named {@code name} (case-insensitive), or a clear error naming the choices. */
  public static SortOrder parse(String name) {
    for (SortOrder order : values()) {
      if (order.name().equalsIgnoreCase(name.strip())) {
        return order;
      }
    }
    throw InvalidRequestException.parameter(
        "sort must be one of " + choices() + ", got '" + name + "'.");
  }

  /** The lower-case name used in URLs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static String choices() {
    return Arrays.stream(values()).map(SortOrder::label).collect(Collectors.joining(", "));
  }
}
