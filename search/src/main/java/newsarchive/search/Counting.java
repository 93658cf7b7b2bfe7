package newsarchive.search;

import java.util.Locale;

/** What {@code total} and the facet counts count: matching articles or matching stories. */
public enum Counting {
  /** Matching articles (the default). */
  ARTICLES,
  /** Distinct stories with a matching article; a story counts once however many copies match. */
  STORIES;

  /** The counting named {@code name} (case-insensitive), or a clear error naming the choices. */
  public static Counting parse(String name) {
    for (Counting counting : values()) {
      if (counting.name().equalsIgnoreCase(name.strip())) {
        return counting;
      }
    }
    throw InvalidRequestException.parameter(
        "count must be articles or stories, got '" + name + "'.");
  }

  /** The lower-case name used in URLs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
