package newsarchive.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import newsarchive.index.ArticleSchema;

/**
 * Which articles count for a company in the company filter and the company counts: every article
 * naming it, or only those whose subject it is (named in the title or the first paragraph, or named
 * at least twice).
 */
public enum CompanyRole {
  /** Every article that names the company. */
  ANY(ArticleSchema.COMPANY),
  /** Only the articles whose subject the company is. */
  SUBJECT(ArticleSchema.SUBJECT_COMPANY);

  private final String field;

  CompanyRole(String field) {
    this.field = field;
  }

  /** The role named {@code name} (case-insensitive), or a clear error naming the choices. */
  public static CompanyRole parse(String name) {
    for (CompanyRole role : values()) {
      if (role.name().equalsIgnoreCase(name.strip())) {
        return role;
      }
    }
    throw InvalidRequestException.parameter(
        "companyRole must be one of "
            + Arrays.stream(values()).map(CompanyRole::label).collect(Collectors.joining(", "))
            + ", got '"
            + name
            + "'.");
  }

  /** The lower-case name used in URLs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The index field (and facet dimension) that holds the companies of this role. */
  public String field() {
    return field;
  }

  /** The index field that holds the values of facet {@code dimension} under this role. */
  public String field(String dimension) {
    return dimension.equals(ArticleSchema.COMPANY) ? field : dimension;
  }
}
