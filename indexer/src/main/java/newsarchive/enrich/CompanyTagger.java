package newsarchive.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tags articles with the companies they mention, from a table of companies and their aliases
 * ({@code companies.tsv}: company, aliases separated by semicolons, and {@code exact} or {@code
 * any} for the case to match in). The company's own name is always one of its aliases. Names that
 * are also common words (Apple, Amazon, Meta, Oracle, Arm) are marked {@code exact}, so "apple pie"
 * and "the amazon rainforest" tag nothing.
 */
public final class CompanyTagger {

  private static final List<String> COLUMNS = List.of("company", "aliases", "case");

  private final PhraseMatcher matcher;
  private final List<String> companies;
  private final Map<String, String> byAlias = new HashMap<>();

  private CompanyTagger(List<PhraseMatcher.Phrase> aliases, List<String> companies) {
    this.matcher = new PhraseMatcher(aliases);
    this.companies = List.copyOf(companies);
    for (PhraseMatcher.Phrase alias : aliases) {
      byAlias.putIfAbsent(key(alias.words()), alias.label());
    }
  }

  /** Read the company table at {@code file}. */
  public static CompanyTagger load(Path file) throws IOException {
    List<PhraseMatcher.Phrase> aliases = new ArrayList<>();
    List<String> companies = new ArrayList<>();
    for (TaxonomyTable.Row row : TaxonomyTable.read(file, COLUMNS)) {
      String company = row.columns().get(0);
      boolean exactCase =
          switch (row.columns().get(2)) {
            case "exact" -> true;
            case "any" -> false;
            default ->
                throw row.error(
                    "the case column must be \"exact\" or \"any\", not \""
                        + row.columns().get(2)
                        + "\"");
          };
      companies.add(company);
      List<String> names = new ArrayList<>(List.of(company));
      names.addAll(row.items(1));
      for (String name : names) {
        List<String> words = PhraseMatcher.pattern(name);
        if (words.isEmpty() || words.stream().anyMatch(word -> word.endsWith("*"))) {
          throw row.error("alias \"" + name + "\" must be words without *");
        }
        aliases.add(new PhraseMatcher.Phrase(company, words, exactCase));
      }
    }
    return new CompanyTagger(aliases, companies);
  }

  /** A tagger that knows no companies. */
  public static CompanyTagger none() {
    return new CompanyTagger(List.of(), List.of());
  }

  /** The canonical names of every company in the table, in table order. */
  public List<String> companies() {
    return companies;
  }

  /**
   * Companies an article's metadata names, each under its canonical name when it is one of the
   * table's names or aliases ("AWS" is Amazon, "Alphabet" is Google), else as given.
   */
  public List<String> canonical(List<String> given) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : given) {
      names.add(byAlias.getOrDefault(key(PhraseMatcher.Words.of(name).written()), name));
    }
    return List.copyOf(names);
  }

  private static String key(List<String> words) {
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }

  /** The companies mentioned in title or body, the most mentioned first, then the earliest. */
  public List<String> tag(String title, String body) {
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (PhraseMatcher.Match match : matcher.find(PhraseMatcher.Words.of(title + "\n" + body))) {
      mentions.merge(match.label(), 1, Integer::sum);
    }
    // LinkedHashMap keeps first-mention order, and the sort is stable: ties stay in that order.
    return mentions.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
