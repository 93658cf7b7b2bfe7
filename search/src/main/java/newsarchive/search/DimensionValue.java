package newsarchive.search;

import newsarchive.index.ArticleSchema;

/**
 * One value of one facet dimension, written {@code company:Nvidia} in the API.
 *
 * @param dimension one of {@link ArticleSchema#FACET_DIMENSIONS}
 * @param value the company, topic or source
 */
public record DimensionValue(String dimension, String value) {

  /** Read {@code dimension:value} given as parameter {@code parameter}, or a clear error. */
  public static DimensionValue parse(String parameter, String text) {
    int colon = text.indexOf(':');
    String dimension = colon < 0 ? "" : text.substring(0, colon).strip();
    String value = colon < 0 ? "" : text.substring(colon + 1).strip();
    if (!ArticleSchema.FACET_DIMENSIONS.contains(dimension) || value.isEmpty()) {
      throw InvalidRequestException.parameter(
          parameter
              + " must be a dimension and a value such as company:Nvidia (dimensions: "
              + String.join(", ", ArticleSchema.FACET_DIMENSIONS)
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
