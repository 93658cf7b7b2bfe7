package newsarchive.search;

import java.util.List;

/**
 * One value of one facet dimension, written {@code company:Nvidia} in the API.
 *
 * @param dimension the name of one of the {@link SearchService#dimensions}
 * @param value the company, topic or source
 */
public record DimensionValue(String dimension, String value) {

  /**
   * Read {@code dimension:value} given as parameter {@code parameter}, the dimension one of {@code
   * dimensions}, or a clear error.
   */
  public static DimensionValue parse(String parameter, String text, List<String> dimensions) {
    int colon = text.indexOf(':');
    String dimension = colon < 0 ? "" : text.substring(0, colon).strip();
    String value = colon < 0 ? "" : text.substring(colon + 1).strip();
    if (!dimensions.contains(dimension) || value.isEmpty()) {
      throw InvalidRequestException.parameter(
          parameter
              + " must be a dimension and a value such as company:Nvidia (dimensions: "
              + String.join(", ", dimensions)
              + "), got '"
              + text
              + "'.");
    }
    return new DimensionValue(dimension, value);
  }

  /** The {@code dimension:value} form. */
  @Override
  public String toString() {
    return dimension + ":" + value;
  }
}
