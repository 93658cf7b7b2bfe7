package newsarchive.search;

/**
 * A facet dimension an archive counts and filters by, as the API lists it.
 *
 * @param name the field, also the name of the search parameter that selects its values
 * @param label what a person calls it
 */
public record Dimension(String name, String label) {}
