package newsarchive.search;

/** Which words of a query match as prefixes besides those written with a {@code *}. */
public enum Prefix {
  /** Only words written with a {@code *}. */
  NONE,
  /** Also the last bare word while it is being typed (search as you type). */
  LAST;

  /** The mode named {@code name} (case-insensitive), or a clear error naming the choices. */
  public static Prefix parse(String name) {
    for (Prefix prefix : values()) {
      if (prefix.name().equalsIgnoreCase(name.strip())) {
        return prefix;
      }
    }
    throw InvalidRequestException.parameter("prefix must be none or last, got '" + name + "'.");
  }
}
