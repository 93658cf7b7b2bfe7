package newsarchive.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQuery.All;
import newsarchive.query.UserQuery.Any;
import newsarchive.query.UserQuery.During;
import newsarchive.query.UserQuery.Not;
import newsarchive.query.UserQuery.Synonymous;
import newsarchive.query.UserQuery.Text;
import newsarchive.search.SearchResult.OtherWords;

/**
 * Words a reader and a reporter use for one thing ("boss" and "chief executive", "job cuts" and
 * "layoffs"), from {@code synonyms.txt}: groups in Solr's synonyms.txt form, every entry standing
 * for every other. A typed word, or a run of typed words that is an entry, matches its groups'
 * other entries too, at a lower weight, in both search backends, so a reader's wording finds the
 * articles' as whole matches, not only among the partial ones. Entries are compared by their stems,
 * as the text fields are, so "quits" finds "resigned"; names (lines marked {@code =}) as written,
 * lower-cased, since a ticker is no plural ("CDNS" is Cadence's, "cdn" a content delivery network);
 * an entry of several words is matched as a phrase.
 */
public final class Synonyms {

  private static final Synonyms BUNDLED = fromResource("synonyms.txt");

  /** Each entry's stems, joined by spaces, to the entries of all its groups (itself among them). */
  private final Map<String, Set<String>> groups;

  /**
   * The same for the equivalents, which count as the typed words do: one-way mappings, whose
   * reporter's word stands in for the reader's phrase as Solr's {@code =>} replaces it.
   */
  private final Map<String, Set<String>> equivalents;

  /**
   * Each name's words as written, lower-cased, to the names of the same thing (lines marked {@code
   * =}): equivalents too.
   */
  private final Map<String, Set<String>> names;

  /** The most words of one entry: the longest run of typed words worth comparing. */
  private final int longestEntry;

  /**
   * The words of some article: two typed words that are one there ("chat gpt" for "chatgpt", "data
   * base") match it as their equivalent, and a name matches its numbered versions. None, without an
   * index.
   */
  private final IndexedWords indexed;

  private Synonyms(
      Map<String, Set<String>> groups,
      Map<String, Set<String>> equivalents,
      Map<String, Set<String>> names,
      IndexedWords indexed) {
    this.groups = groups;
    this.equivalents = equivalents;
    this.names = names;
    this.indexed = indexed;
    this.longestEntry =
        java.util.stream.Stream.of(groups, equivalents, names)
            .flatMap(entries -> entries.keySet().stream())
            .mapToInt(key -> key.split(" ").length)
            .max()
            .orElse(1);
  }

  /** The archive's list, {@code newsarchive/query/synonyms.txt}. */
  public static Synonyms bundled() {
    return BUNDLED;
  }

  /** The groups of a file in the same form (UTF-8); an empty file has none. */
  public static Synonyms read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  /**
   * Groups from lines of comma-separated entries, or one-way mappings {@code typed, … => other, …}
   * (a typed entry on the left also finds those on the right, not the other way round, as in Solr);
   * a line that opens with {@code =} holds names of one thing ({@code = facebook, meta}). The
   * entries of one-way mappings and of names count as the typed word does, other words half; blank
   * lines and {@code #} comments are skipped.
   */
  static Synonyms parse(List<String> lines) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    Map<String, Set<String>> equivalents = new LinkedHashMap<>();
    Map<String, Set<String>> names = new LinkedHashMap<>();
    for (String line : lines) {
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      boolean named = content.startsWith("=") && !content.startsWith("=>");
      if (named) {
        content = content.substring(1).strip();
      }
      int arrow = content.indexOf("=>");
      Map<String, Set<String>> into = named ? names : arrow >= 0 ? equivalents : groups;
      List<String> typed = entries(arrow < 0 ? content : content.substring(0, arrow));
      List<String> others = arrow < 0 ? typed : entries(content.substring(arrow + 2));
      for (String entry : typed) {
        into.computeIfAbsent(named ? words(entry) : stems(entry), key -> new LinkedHashSet<>())
            .addAll(others);
      }
    }
    return new Synonyms(groups, equivalents, names, IndexedWords.of(Set.of()));
  }

  /**
   * These groups, and two typed words in a row that {@code indexed} knows written as one word
   * matching it as their equivalent, as Algolia joins split words, a typed word it does not know
   * matching the two it knows that it joins, and a name matching the words that run a number on it:
   * {@code indexed} is an index's vocabulary.
   */
  public Synonyms joining(IndexedWords indexed) {
    return new Synonyms(groups, equivalents, names, indexed);
  }

  /**
   * The other names of the thing {@code name} (lower-cased words, as typed) names, from the lines
   * marked {@code =} ("meta" for "facebook", "nvidia" for "nvda"); none when it has none.
   */
  public Set<String> otherNames(String name) {
    return names.getOrDefault(words(name), Set.of());
  }

  /**
   * The word that {@code first} and {@code second}, plain words of two letters or more typed in a
   * row, make when the index knows them written as one ("chat gpt" makes "chatgpt"), or null. The
   * second may still be being typed, as the page sends every query ("chat gpt" finds "ChatGPT" as
   * soon as "gpt" is typed); the joined word is then being typed too.
   */
  public Text joined(Text first, Text second) {
    List<Text> pair = plainWords(List.of(first, second));
    if (pair == null
        || first.completing()
        || pair.stream().anyMatch(word -> word.text().length() < 2 || !searched(word))) {
      return null;
    }
    String joined = (first.text() + second.text()).toLowerCase(java.util.Locale.ROOT);
    if (!ArticleSchema.terms(ArticleSchema.WORDS, joined).equals(List.of(joined))
        || !indexed.holds(joined)) {
      return null;
    }
    return new Text(
        null, joined, false, 0, false, second.completing(), first.start(), second.end());
  }

  /** The comma-separated entries of {@code list} that have words to search for. */
  private static List<String> entries(String list) {
    List<String> entries = new ArrayList<>();
    for (String entry : list.split(",")) {
      if (!stems(entry).isEmpty()) {
        entries.add(entry.strip());
      }
    }
    return entries;
  }

  /**
   * {@code query} with each plain word, and each run of plain words that is an entry ("steps down",
   * "job cuts"; the longest run first), made {@link Synonymous} with the other entries of its
   * groups, at most {@value #MOST_OTHER_WORDS} in all, the first words' first. Only words of the
   * text itself have others, not quoted phrases, prefixes, {@code field:} parts or exclusions: what
   * a user spells out exactly is matched exactly.
   */
  public UserQuery expand(UserQuery query) {
    return new Expansion().expand(query);
  }

  /**
   * The other words {@code query} matches for each of its parts, in order, each part as it stands
   * in {@code text}, the query as typed; {@code null} when no part has any, as {@link
   * newsarchive.search.SearchResult#otherWords} says.
   */
  public List<OtherWords> otherWords(UserQuery query, String text) {
    List<OtherWords> found = new ArrayList<>();
    collect(expand(query), text, found);
    return found.isEmpty() ? null : found;
  }

  private static void collect(UserQuery query, String text, List<OtherWords> found) {
    switch (query) {
      case Synonymous synonymous -> {
        List<Text> alternatives = synonymous.alternatives();
        Text first = alternatives.getFirst();
        found.add(
            new OtherWords(
                text.substring(first.start(), first.end()),
                alternatives.stream().map(Text::text).toList()));
      }
      case All all -> all.parts().forEach(part -> collect(part, text, found));
      case Any any -> any.parts().forEach(part -> collect(part, text, found));
      case Text word -> {}
      case Not not -> {}
      case During during -> {}
    }
  }

  /**
   * The most other words one query searches: each adds a few terms, and a query of sixty-four words
   * that all have others would pass Lucene's limit of 1,024 clauses.
   */
  static final int MOST_OTHER_WORDS = 16;

  /** The fewest letters of each word a typed one is split into. */
  private static final int SHORTEST_PART = 2;

  /**
   * The fewest letters of a name that finds its numbered versions: "h" or "mi" would find every
   * chip named by a letter or two and a number.
   */
  private static final int SHORTEST_NAME = 3;

  /** One query's expansion, counting the other words it has added. */
  private final class Expansion {
    private int left = MOST_OTHER_WORDS;

    UserQuery expand(UserQuery query) {
      return switch (query) {
        case Text text -> synonymous(List.of(text));
        case All all -> {
          List<UserQuery> parts = expandRuns(all.parts());
          // a query that is one entry ("stock market debut") is that entry
          yield parts.size() == 1 && all.parts().size() > 1 ? parts.getFirst() : new All(parts);
        }
        case Any any -> new Any(any.parts().stream().map(this::expand).toList());
        case Not not -> not;
        case Synonymous synonymous -> synonymous;
        case During during -> during; // a year or month has no other words
      };
    }

    private List<UserQuery> expandRuns(List<UserQuery> parts) {
      List<UserQuery> expanded = new ArrayList<>();
      int start = 0;
      while (start < parts.size()) {
        int end = start + 1;
        for (int longer = Math.min(parts.size(), start + longestEntry); longer > end; longer--) {
          List<Text> run = plainWords(parts.subList(start, longer));
          if (run != null
              && searched(run.getFirst())
              && searched(run.getLast())
              && (groups.containsKey(stems(run))
                  || equivalents.containsKey(stems(run))
                  || names.containsKey(words(run)))) {
            end = longer;
            break;
          }
        }
        Synonymous joined = end == start + 1 ? joined(parts, start) : null;
        if (joined != null) {
          expanded.add(joined);
          start += 2;
          continue;
        }
        List<Text> run = plainWords(parts.subList(start, end));
        expanded.add(run == null ? expand(parts.get(start)) : synonymous(run));
        start = end;
      }
      return expanded;
    }

    /**
     * The words at {@code start} and after it as one ({@link Synonyms#joined}), while the query may
     * still add other words: null otherwise.
     */
    private Synonymous joined(List<UserQuery> parts, int start) {
      if (left == 0 || start + 1 == parts.size()) {
        return null;
      }
      List<Text> pair = plainWords(parts.subList(start, start + 2));
      Text word = pair == null ? null : Synonyms.this.joined(pair.get(0), pair.get(1));
      if (word == null) {
        return null;
      }
      left--;
      return new Synonymous(new All(List.copyOf(pair)), List.of(), List.of(word));
    }

    /** The words of {@code run} with the other entries of their groups, or as they are if none. */
    private UserQuery synonymous(List<Text> run) {
      UserQuery typed = run.size() == 1 ? run.getFirst() : new All(List.<UserQuery>copyOf(run));
      if (plainWords(run) == null) {
        return typed;
      }
      String stems = stems(run);
      Set<String> seen = new LinkedHashSet<>(List.of(stems));
      Set<String> equivalent = new LinkedHashSet<>(names.getOrDefault(words(run), Set.of()));
      equivalent.addAll(equivalents.getOrDefault(stems, Set.of()));
      List<Text> same = alternatives(run, equivalent, seen);
      List<Text> others = alternatives(run, groups.getOrDefault(stems, Set.of()), seen);
      if (others.isEmpty() && same.isEmpty() && run.size() == 1) {
        Synonymous split = split(run.getFirst());
        Synonymous numbered = split == null ? numbered(run.getFirst()) : null;
        return split != null ? split : numbered != null ? numbered : typed;
      }
      return others.isEmpty() && same.isEmpty()
          ? typed
          : new Synonymous(run.size() == 1 ? typed : phrase(run), others, same);
    }

    /**
     * The words of an entry typed as one entry, matched as the entries added for them are:
     * together, in their stems ("come out" is not an article where something was to "come" and
     * found "out").
     */
    private static Text phrase(List<Text> run) {
      return new Text(
          null,
          String.join(" ", run.stream().map(Text::text).toList()),
          false,
          0,
          false,
          false,
          run.getFirst().start(),
          run.getLast().end());
    }

    /**
     * {@code word} as the two words the index knows that it joins, when the index does not know it
     * as typed ("huggingface" finds "Hugging Face", "datacenter" "data center"), as Algolia splits
     * joined words: of the ways to cut it into two searched words of two letters or more, the most
     * even. Matched as a phrase, so it finds only articles that write the two words together. A
     * name and its version number run together ("gpt4", "llama2") are cut between them, however
     * short the number, and the name alone counts too, as another word: "GPT-4" first, then the
     * other GPTs, as the family's other versions are what a reader of that name looks for next.
     * Null when there is no such cut.
     */
    private Synonymous split(Text word) {
      String text = word.text().toLowerCase(java.util.Locale.ROOT);
      if (left == 0
          || text.length() < SHORTEST_PART + 1
          || !ArticleSchema.terms(ArticleSchema.WORDS, text).equals(List.of(text))
          || indexed.holds(text)) {
        return null;
      }
      int number = text.length();
      while (number > 0 && Character.isDigit(text.charAt(number - 1))) {
        number--;
      }
      String name = text.substring(0, number);
      if (number >= SHORTEST_PART
          && number < text.length()
          && name.chars().allMatch(Character::isLetter)
          && known(name)
          && known(text.substring(number))) {
        left--;
        List<Text> family = left == 0 ? List.of() : List.of(standingFor(word, name, false));
        left -= family.size();
        List<Text> same =
            new ArrayList<>(List.of(standingFor(word, name + " " + text.substring(number), true)));
        same.addAll(family);
        return new Synonymous(word, List.of(), same);
      }
      String best = null;
      int evenness = 0;
      for (int cut = SHORTEST_PART; cut <= text.length() - SHORTEST_PART; cut++) {
        String first = text.substring(0, cut);
        String second = text.substring(cut);
        int shorter = Math.min(first.length(), second.length());
        if (shorter > evenness && known(first) && known(second)) {
          best = first + " " + second;
          evenness = shorter;
        }
      }
      if (best == null) {
        return null;
      }
      left--;
      return new Synonymous(word, List.of(), List.of(standingFor(word, best, true)));
    }

    /**
     * {@code word}, a name of letters, with the words some article writes with a number run on it,
     * counting as the name does: "trainium" finds "Trainium2", "log" "Log4j" and "Log4Shell", as
     * "gpt4" finds "GPT", since a reader of a name looks for all its versions. Null when there are
     * none.
     */
    private Synonymous numbered(Text word) {
      String name = word.text().toLowerCase(java.util.Locale.ROOT);
      if (left == 0
          || name.length() < SHORTEST_NAME
          || !name.chars().allMatch(Character::isLetter)
          || stems(name).isEmpty()) {
        return null;
      }
      List<Text> versions = new ArrayList<>();
      for (String version : indexed.numbered(name)) {
        if (left > 0) {
          versions.add(standingFor(word, version, false));
          left--;
        }
      }
      return versions.isEmpty() ? null : new Synonymous(word, List.of(), versions);
    }

    /**
     * {@code text} standing where {@code word} stands, completed as it is if {@code completing} and
     * it is being typed.
     */
    private static Text standingFor(Text word, String text, boolean completing) {
      return new Text(
          null, text, false, 0, false, completing && word.completing(), word.start(), word.end());
    }

    /** Whether the index knows {@code part} as one searched word. */
    private boolean known(String part) {
      return !stems(part).isEmpty()
          && ArticleSchema.terms(ArticleSchema.WORDS, part).equals(List.of(part))
          && indexed.holds(part);
    }

    /** The {@code entries} not {@code seen} yet, as words standing where {@code run} stands. */
    private List<Text> alternatives(List<Text> run, Set<String> entries, Set<String> seen) {
      List<Text> alternatives = new ArrayList<>();
      for (String entry : entries) {
        if (left > 0 && seen.add(stems(entry))) {
          alternatives.add(
              new Text(
                  null,
                  entry,
                  false,
                  0,
                  false,
                  false,
                  run.getFirst().start(),
                  run.getLast().end()));
          left--;
        }
      }
      return alternatives;
    }
  }

  /**
   * Whether {@code word} is searched at all: a run of words beginning or ending with one that is
   * not ("chips to") would stand for the shorter run's entry under a longer label.
   */
  private static boolean searched(Text word) {
    return !stems(word.text()).isEmpty();
  }

  /** {@code parts} as plain words of the text, or null when one is not. */
  private static List<Text> plainWords(List<? extends UserQuery> parts) {
    List<Text> words = new ArrayList<>();
    for (UserQuery part : parts) {
      if (!(part instanceof Text text) || text.field() != null || text.phrase() || text.prefix()) {
        return null;
      }
      words.add(text);
    }
    return words;
  }

  private static String stems(List<Text> run) {
    return stems(String.join(" ", run.stream().map(Text::text).toList()));
  }

  private static String stems(String text) {
    return String.join(" ", ArticleSchema.terms(ArticleSchema.BODY, text));
  }

  private static String words(List<Text> run) {
    return words(String.join(" ", run.stream().map(Text::text).toList()));
  }

  private static String words(String text) {
    return String.join(" ", ArticleSchema.terms(ArticleSchema.WORDS, text));
  }

  private static Synonyms fromResource(String resource) {
    try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
