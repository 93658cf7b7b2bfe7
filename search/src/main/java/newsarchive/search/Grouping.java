package newsarchive.search;

import java.util.Locale;

/** Whether search hits list every article or one article per story (near-duplicate group). */
public enum Grouping {
  /** Every matching article (the API's default, as before stories existed). */
  NONE,
  /** Each story once, as its best-ranked matching article, with its other versions attached. */
  STORY;

  /** The grouping named {@code name} (case-insensitive), or a clear error naming the choices. */
  public static Grouping parse(String name) {
    for (Grouping grouping : values()) {
      if (grouping.name().equalsIgnoreCase(name.strip())) {
        return grouping;
      }
    }
    throw InvalidRequestException.parameter("group must be none or story, got '" + name + "'.");
  }

  /** The lower-case name used in URLs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
