package newsarchive.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The company table ({@code companies.tsv}): each company's names, which of them are ambiguous
 * (also ordinary words, places or people, so that a mention needs evidence), and the counter-cues
 * that say a mention means something else.
 */
final class CompanyTable {

  private static final List<String> COLUMNS =
      List.of("company", "aliases", "case", "ambiguous", "not");

  /** The columns an older table has; the last two are optional. */
  private static final int REQUIRED = 3;

  /**
   * What a name found in text may mean.
   *
   * @param company the canonical company name
   * @param ambiguous whether the name also means something else, so a mention needs evidence
   * @param lookalike the counter phrase this is, when the match is one ("Big Apple", "Nikola
   *     Tesla"): a phrase that holds the name but means something else; else {@code null}
   * @param coined whether the name is spelt with a capital inside a word ("iPhone", "YouTube",
   *     "WhatsApp") and is not ambiguous: no ordinary word is spelt so, so where case says nothing
   *     its letters alone still name the company
   */
  record Name(String company, boolean ambiguous, String lookalike, boolean coined) {}

  /** Every name and look-alike phrase of every company. */
  final PhraseMatcher<Name> names;

  /** Per company with ambiguous names, the words near a mention that say it is not the company. */
  final Map<String, PhraseMatcher<String>> counterCues;

  /** Canonical names in table order. */
  final List<String> companies;

  private final Map<String, String> byName;

  private CompanyTable(
      List<PhraseMatcher.Phrase<Name>> names,
      Map<String, PhraseMatcher<String>> counterCues,
      List<String> companies,
      Map<String, String> byName) {
    this.names = new PhraseMatcher<>(names);
    this.counterCues = Map.copyOf(counterCues);
    this.companies = List.copyOf(companies);
    this.byName = Map.copyOf(byName);
  }

  /** A table with no companies. */
  static CompanyTable empty() {
    return new CompanyTable(List.of(), Map.of(), List.of(), Map.of());
  }

  /** Whether a word of {@code words} has a capital right after a small letter ("iPhone"). */
  private static boolean isCoined(List<String> words) {
    return words.stream()
        .anyMatch(
            word -> {
              for (int i = 1; i < word.length(); i++) {
                if (Character.isUpperCase(word.charAt(i))
                    && Character.isLowerCase(word.charAt(i - 1))) {
                  return true;
                }
              }
              return false;
            });
  }

  /** Read the table at {@code file}. */
  static CompanyTable load(Path file) throws IOException {
    List<PhraseMatcher.Phrase<Name>> names = new ArrayList<>();
    Map<String, PhraseMatcher<String>> counterCues = new HashMap<>();
    List<String> companies = new ArrayList<>();
    Map<String, String> byName = new HashMap<>();
    for (TaxonomyTable.Row row : TaxonomyTable.read(file, REQUIRED, COLUMNS)) {
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
      Set<String> all = new LinkedHashSet<>(List.of(company));
      all.addAll(row.items(1));
      List<String> ambiguous = row.items(3);
      all.addAll(ambiguous);
      List<List<String>> nameWords = new ArrayList<>();
      for (String name : all) {
        List<String> words = nameWords(row, name);
        boolean isAmbiguous = ambiguous.contains(name);
        nameWords.add(lower(words));
        // An ambiguous name is an ordinary word too, so its case always matters.
        names.add(
            new PhraseMatcher.Phrase<>(
                new Name(company, isAmbiguous, null, !isAmbiguous && isCoined(words)),
                words,
                exactCase || isAmbiguous));
        byName.putIfAbsent(key(words), company);
      }
      List<PhraseMatcher.Phrase<String>> cues = new ArrayList<>();
      for (String cue : row.items(4)) {
        List<String> words = row.cue(cue);
        // A look-alike holds one of the names, unambiguous ones too ("Samsung Heavy"); any other
        // counter-cue speaks only against an ambiguous name.
        if (nameWords.stream().anyMatch(name -> contains(lower(words), name))) {
          names.add(new PhraseMatcher.Phrase<>(new Name(company, true, cue, false), words, true));
        } else if (ambiguous.isEmpty()) {
          throw row.error(
              "counter-cues (\""
                  + cue
                  + "\") need an ambiguous name to apply to, or must hold one of the names");
        } else {
          cues.add(new PhraseMatcher.Phrase<>(cue, words, false));
        }
      }
      if (!cues.isEmpty()) {
        counterCues.put(company, new PhraseMatcher<>(cues));
      }
    }
    return new CompanyTable(names, counterCues, companies, byName);
  }

  /** The canonical company a name or alias means, or {@code null} when it is none of them. */
  String canonical(String name) {
    return byName.get(key(Words.of(name).written()));
  }

  private static List<String> nameWords(TaxonomyTable.Row row, String name) {
    List<String> words = PhraseMatcher.pattern(name);
    if (words.isEmpty() || words.stream().anyMatch(word -> word.endsWith("*"))) {
      throw row.error("name \"" + name + "\" must be words without *");
    }
    return words;
  }

  private static boolean contains(List<String> phrase, List<String> name) {
    return Collections.indexOfSubList(phrase, name) >= 0;
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  private static String key(List<String> words) {
    return String.join(" ", words).toLowerCase(Locale.ROOT);
  }
}
