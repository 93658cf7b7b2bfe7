package newsarchive.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Tags articles with the companies they name as companies, from the company table ({@code
 * companies.tsv}). An unambiguous name (Nvidia, iPhone, Amazon Web Services) always counts. An
 * ambiguous one (Apple, Amazon, Meta, Arm) counts only with evidence, and never against counter-
 * evidence but a description as a company ("Tesla, the electric-car maker"): see {@link #judge}.
 */
public final class CompanyTagger {

  /** How many different companies' names in a row make a list of companies. */
  static final int LIST_OF_COMPANIES = 3;

  private static final Set<String> LIST_SEPARATORS =
      Set.of(", ", " and ", ", and ", " or ", ", or ");

  private final CompanyTable table;

  private CompanyTagger(CompanyTable table) {
    this.table = table;
  }

  /** Read the company table at {@code file}. */
  public static CompanyTagger load(Path file) throws IOException {
    return new CompanyTagger(CompanyTable.load(file));
  }

  /** A tagger that knows no companies. */
  public static CompanyTagger none() {
    return new CompanyTagger(CompanyTable.empty());
  }

  /** The canonical names of every company in the table, in table order. */
  public List<String> companies() {
    return table.companies;
  }

  /**
   * Companies an article's metadata names, each under its canonical name when it is one of the
   * table's names or aliases ("AWS" is Amazon, "Alphabet" is Google), else as given.
   */
  public List<String> canonical(List<String> given) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : given) {
      String canonical = table.canonical(name);
      names.add(canonical == null ? name : canonical);
    }
    return List.copyOf(names);
  }

  /** The companies named in title or body, the most central first. */
  public List<String> tag(String title, String body) {
    return tag(Words.of(title), Words.of(body)).companies();
  }

  /** The companies named in title or body, with their salience and every mention's verdict. */
  public CompanyTags tag(Words title, Words body) {
    List<Candidate> candidates = new ArrayList<>();
    boolean lowerCase = writtenInLowerCase(title, body);
    boolean shouting = title.shouting();
    collect(title, true, shouting, lowerCase, candidates);
    collect(body, false, false, lowerCase, candidates);
    if (candidates.isEmpty()) {
      return new CompanyTags(List.of(), List.of());
    }
    judge(candidates, title, body);
    return new CompanyTags(
        salience(candidates), candidates.stream().map(Candidate::mention).toList());
  }

  private void collect(
      Words words, boolean inTitle, boolean shouting, boolean lowerCase, List<Candidate> into) {
    int[] starts = table.names.starts(words);
    List<PhraseMatcher.Match<CompanyTable.Name>> matches =
        table.names.find(words, starts, shouting || lowerCase);
    List<Candidate> found = new ArrayList<>();
    for (PhraseMatcher.Match<CompanyTable.Name> match : matches) {
      found.add(
          new Candidate(
              words,
              match,
              inTitle,
              shouting && match.exactCase(),
              lowerCase && match.exactCase() && !match.value().coined()
                  || !lowerCase && writtenInLowerCase(words, match),
              false));
    }
    if (!shouting && !lowerCase) {
      boolean[] lowerCaseParagraphs = words.lowerCaseParagraphs();
      int[] otherCaseStarts =
          lowerCaseParagraphs != null
              ? starts
              : Arrays.stream(starts).filter(i -> inCapitals(words.written().get(i))).toArray();
      if (otherCaseStarts.length > 0) {
        collectInOtherCase(words, inTitle, otherCaseStarts, lowerCaseParagraphs, matches, found);
        found.sort(Comparator.comparingInt(c -> c.start));
      }
    }
    into.addAll(found);
  }

  /**
   * The names that only match in any case, either in paragraphs written in lower case (the posts an
   * article quotes: "claude", "iphone") or written in capitals where the rest is not (a market
   * wrap's "MICRON TECHNOLOGY (MU)"): as in an article written all in lower case, each needs the
   * evidence an ambiguous name needs. One word in capitals is as often an acronym ("XAI",
   * explainable AI) or a dateline's town ("ORACLE, Ariz.") as the company, so it never counts
   * unless a ticker in brackets follows it ("TESLA (TSLA)"), but a counter-cue beside it shows the
   * article's sense of the name (a horoscope's "GEMINI (May 21 - Jun 20): … twins").
   */
  private void collectInOtherCase(
      Words words,
      boolean inTitle,
      int[] starts,
      boolean[] lowerCaseParagraphs,
      List<PhraseMatcher.Match<CompanyTable.Name>> found,
      List<Candidate> into) {
    boolean[] taken = new boolean[words.size()];
    for (PhraseMatcher.Match<CompanyTable.Name> match : found) {
      Arrays.fill(taken, match.start(), match.start() + match.length(), true);
    }
    for (PhraseMatcher.Match<CompanyTable.Name> match : table.names.find(words, starts, true)) {
      int end = match.start() + match.length();
      boolean inLowerCase =
          lowerCaseParagraphs != null && lowerCaseParagraphs[words.paragraphs()[match.start()]];
      boolean capitals =
          IntStream.range(match.start(), end).allMatch(i -> inCapitals(words.written().get(i)));
      if ((inLowerCase || capitals) && !taken[match.start()] && !taken[end - 1]) {
        boolean oneWordInCapitals =
            !inLowerCase && match.length() == 1 && !Evidence.tickerFollows(words, match.start());
        into.add(new Candidate(words, match, inTitle, false, true, oneWordInCapitals));
      }
    }
  }

  /** Whether {@code word} is two characters or more, with capitals and no small letter. */
  private static boolean inCapitals(String word) {
    return word.length() >= 2
        && word.chars().anyMatch(Character::isUpperCase)
        && word.chars().noneMatch(Character::isLowerCase);
  }

  /**
   * Whether a name is written all in lower case in an article that capitalises names: a hashtag, a
   * handle or a common word ("#crowdstrike" for a fans' protest), which needs the evidence an
   * ambiguous name needs; in a technology or business article it has it.
   */
  private static boolean writtenInLowerCase(
      Words words, PhraseMatcher.Match<CompanyTable.Name> match) {
    String written = words.span(match.start(), match.start() + match.length());
    return written.equals(written.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether title and body are written all in lower case (no sentence of at least two opens with a
   * capital), as some blogs and chat messages are: there "google" and "claude" may be the
   * companies, and a name whose case matters is matched in any case but needs evidence, as
   * ambiguous names do.
   */
  private static boolean writtenInLowerCase(Words title, Words body) {
    int inTitle = title.lowerCaseOpenings();
    int inBody = inTitle < 0 ? -1 : body.lowerCaseOpenings();
    return inBody >= 0 && inTitle + inBody >= 2;
  }

  /**
   * Decide every candidate. A name followed by "Stadium", "Arena" or the like names a place, not
   * the company. Unambiguous names always count, except in an all-caps headline, where case says
   * nothing and the body must confirm the company, and a name of several words that the article
   * also writes in lower case, the common phrase it is ("a restored apple store" beside a farm's
   * "Apple Store"), or a one-word name that is also a word opening a sentence, or in a headline in
   * title case, where the article writes that word in lower case ("Salesforce productivity rose"
   * beside "its salesforce"), which need the evidence an ambiguous name needs. An ambiguous mention
   * is vetoed by a sign that it is something else: a look-alike phrase ("Big Apple"), an
   * abbreviation in brackets, part of a longer proper name or of another firm's ("Cadence Bank"), a
   * first name after a title ("Dr. Claude Fitzmaurice"), a town with its state ("Cisco, Texas,"),
   * "the" before a one-word name that ends its clause ("played at the Dell."), a counter-cue
   * nearby. Once a mention of an ambiguous name is vetoed, the article uses that name in that other
   * sense, and its other mentions of it count only with a legal form or officer right next to them
   * ("Oracle co-founder"; not where the other sense is another firm's, which has shares and
   * officers too) or a description as a company ("Snowflake, the cloud data company"); a look-alike
   * marks all of the company's names so. Otherwise an ambiguous mention counts with a corporate
   * word next to it (with no other capitalised name between them; not in a report of horse or yacht
   * racing or sales, where horses and boats are bought and sold) or in a list of companies' names;
   * opening a sentence or in a headline in title case, it is the common word if the article writes
   * that word in lower case; else it counts with the same company named unambiguously, another
   * company named, or a technology or business article around it, unless it begins a longer name
   * ("Claude Aubert", "Snowflake Dancer"): an article about sales and chief executives says nothing
   * about a person, horse or shop of that name.
   */
  private void judge(List<Candidate> candidates, Words title, Words body) {
    Set<String> otherSense = new HashSet<>();
    // Names another firm bears here ("Cadence Bank"): a legal form or officer fits that firm too.
    Set<String> otherFirmSense = new HashSet<>();
    Map<Words, boolean[]> names = new IdentityHashMap<>();
    names.put(title, nameWords(title, candidates));
    names.put(body, nameWords(body, candidates));
    for (Candidate c : candidates) {
      String venue = Evidence.venue(c.words, c.start, c.end());
      if (c.name.lookalike() != null) {
        c.decide(false, "part of \"" + c.name.lookalike() + "\", which is something else");
        otherSense.add(c.name.company());
      } else if (venue != null) {
        c.decide(false, "names a place, \"" + venue + "\", not the company");
      } else if (c.name.ambiguous() && Evidence.quotedAlone(c.words, c.start, c.end())) {
        c.decide(false, "alone in quotation marks, as a title or a nickname is");
      } else if (c.name.ambiguous() && Evidence.inQuotedTitle(c.words, c.start, c.end())) {
        c.decide(false, "in a title in quotation marks");
      } else if (c.shouting) {
        continue;
      } else if (!c.name.ambiguous()
          && !c.lowerCase
          && !(c.length > 1
              && Evidence.writtenAsACommonWord(c.words, c.start, c.end(), title, body))
          && !(c.length == 1
              && c.exactCase
              && Evidence.commonWordWhereCapitalsSayNothing(c.words, c.start, title, body))) {
        c.decide(true, "unambiguous name");
      } else {
        String disclaimer = Evidence.disclaimer(c.words, c.end());
        String veto = disclaimer != null ? null : veto(c, names.get(c.words));
        if (disclaimer != null) {
          // This mention only: the sentence goes on to name the famous one ("Oracle Power, which
          // has no connection to the software group Oracle").
          c.decide(false, "the writer says \"" + disclaimer + "\" after it");
        } else if (veto != null) {
          c.decide(false, veto);
          otherSense.add(sense(c));
          if (Evidence.otherFirm(c.words, c.start, c.end()) != null
              || Evidence.firmNounBefore(c.words, c.start)) {
            otherFirmSense.add(sense(c));
          }
        } else if (c.onlyOtherSense) {
          c.decide(false, "one word in capitals, as often an acronym or a dateline's town");
        }
      }
    }
    Set<String> plainlyNamed = new HashSet<>();
    candidates.stream()
        .filter(c -> Boolean.TRUE.equals(c.verdict))
        .forEach(c -> plainlyNamed.add(c.name.company()));
    Set<String> named = new HashSet<>();
    List<String> racing = null;
    for (Candidate c : candidates) {
      if (c.verdict == null && !c.shouting) {
        boolean[] nameWords = names.get(c.words);
        String legal = Evidence.nextTo(c.words, c.start, c.end(), Evidence.LEGAL, nameWords);
        String described = Evidence.description(c.words, c.start, c.end());
        String corporate =
            Evidence.nextTo(c.words, c.start, c.end(), Evidence.CORPORATE, nameWords);
        String speaking = Evidence.speaksAsOrganisation(c.words, c.start, c.end());
        if (legal != null && otherFirmSense.contains(sense(c))) {
          c.decide(
              false, "another mention names another firm so, which \"" + legal + "\" fits too");
        } else if (legal != null) {
          c.decide(true, "\"" + legal + "\" next to it");
        } else if (described != null) {
          c.decide(true, "described as \"" + described + "\"");
        } else if (otherSense.contains(c.name.company()) || otherSense.contains(sense(c))) {
          c.decide(false, "another mention uses the name in another sense");
        } else if (corporate != null
            // Horses and boats are bought, sold and valued too.
            && (racing = racing != null ? racing : Evidence.racingWords(title, body)).isEmpty()) {
          c.decide(true, "corporate word \"" + corporate + "\" next to it");
        } else if (speaking != null) {
          c.decide(true, "speaks as an organisation (\"" + speaking + "\")");
        } else if (besideAnotherName(c, candidates)) {
          c.decide(true, "another name of " + c.name.company() + " next to it");
        } else if (inAListOfCompanies(c, candidates)) {
          c.decide(true, "in a list of " + LIST_OF_COMPANIES + " or more companies' names");
        } else if (c.length == 1
            && !c.lowerCase
            && Evidence.commonWordWhereCapitalsSayNothing(c.words, c.start, title, body)) {
          // Likely, not shown: the article's other mentions are judged on their own.
          c.decide(
              false,
              "opens a sentence, follows a dash or sits in a title-case headline, and the article writes the word in"
                  + " lower case");
        }
      }
      if (Boolean.TRUE.equals(c.verdict)) {
        named.add(c.name.company());
      }
    }
    // A name that begins a longer one in the body ("Claude Aubert") is that person's, horse's or
    // shop's throughout the article ("Claude said…"), where nothing but the article's words vouches
    // for it. Not in the title, where headline capitals say nothing ("Snowflake Reports Record…").
    Map<String, String> longerNames = new HashMap<>();
    for (Candidate c : candidates) {
      String longer =
          c.inTitle ? null : Evidence.nameGoesOn(c.words, c.start, c.end(), names.get(c.words));
      if (c.verdict == null && !c.shouting && longer != null) {
        longerNames.putIfAbsent(sense(c), longer);
      }
    }
    List<String> business = null;
    for (Candidate c : candidates) {
      if (c.verdict != null || c.shouting) {
        continue;
      }
      racing = racing != null ? racing : Evidence.racingWords(title, body);
      String company = c.name.company();
      // In a racing report only a company named plainly vouches for the others: the names there
      // that only their neighbours' words vouch for are often horses'.
      String other =
          (racing.isEmpty() ? named : plainlyNamed)
              .stream().filter(n -> !n.equals(company)).findFirst().orElse(null);
      String longer = longerNames.get(sense(c));
      if (named.contains(company)) {
        c.decide(true, "the article names " + company + " unambiguously");
      } else if (other != null) {
        c.decide(true, "a technology or business article (names " + other + ")");
      } else if (longer != null) {
        c.decide(
            false,
            "the article writes it as the start of a longer name (\""
                + longer
                + "\"), and only its words vouch for the company");
      } else if (!racing.isEmpty()) {
        c.decide(
            false,
            "a racing report ("
                + String.join(", ", racing)
                + "), whose names are horses' unless their own words say otherwise");
      } else if ((business = business != null ? business : Evidence.businessWords(title, body))
              .size()
          >= Evidence.BUSINESS_WORDS) {
        c.decide(true, "a technology or business article (" + String.join(", ", business) + ")");
      } else {
        c.decide(false, "no evidence that it means the company");
      }
    }
    Set<String> inBody = new HashSet<>();
    candidates.stream()
        .filter(c -> !c.inTitle && Boolean.TRUE.equals(c.verdict))
        .forEach(c -> inBody.add(c.name.company()));
    for (Candidate c : candidates) {
      if (c.shouting) {
        boolean confirmed = inBody.contains(c.name.company());
        c.decide(
            confirmed,
            confirmed
                ? "all-caps headline, and the body names the company"
                : "all-caps headline, and the body does not name the company");
      }
    }
  }

  /**
   * The key under which a vetoed mention marks its name as used in another sense: the name as
   * written, so that "Claude" meaning Claude Shannon leaves "Anthropic" in the same article to be
   * judged on its own (a look-alike phrase marks the whole company instead).
   */
  private static String sense(Candidate c) {
    return c.name.company()
        + "\u0000"
        + String.join(" ", c.words.lower().subList(c.start, c.end()));
  }

  /** What says this ambiguous mention is not the company, or null. */
  private String veto(Candidate c, boolean[] names) {
    if (Evidence.abbreviationOfSomethingElse(c.words, c.start, c.end(), names)) {
      return "in brackets after other words: an abbreviation or ticker of something else";
    }
    String longer = c.inTitle ? null : Evidence.longerName(c.words, c.start, names);
    if (longer != null) {
      return "part of a longer name (\"" + longer + " " + c.written() + "\")";
    }
    String title = c.inTitle ? null : Evidence.personsTitle(c.words, c.start, c.end(), names);
    if (title != null) {
      return "a person's first name, after \"" + title + "\"";
    }
    String kind = Evidence.namedKind(c.words, c.start);
    if (kind != null) {
      return "\"" + kind + "\" right before it: that one's name";
    }
    String town = Evidence.town(c.words, c.start, c.end());
    if (town != null) {
      return "a town with its state (\"" + town + "\")";
    }
    if (c.length == 1 && Evidence.afterTheAlone(c.words, c.start, c.end(), names)) {
      return "\"the\" before it and nothing after it: a place's name";
    }
    String described = Evidence.describedKind(c.words, c.end());
    if (described != null) {
      return "the name of another kind of thing (\"" + described + "\")";
    }
    String firm = Evidence.otherFirm(c.words, c.start, c.end());
    if (firm != null) {
      return "part of another firm's name (\"" + firm + "\")";
    }
    if (Evidence.description(c.words, c.start, c.end()) != null) {
      return null; // "Tesla, the carmaker named after the inventor": the apposition outweighs him
    }
    String counter =
        Evidence.counterCue(c.words, c.start, c.end(), table.counterCues.get(c.name.company()));
    return counter == null ? null : "counter-cue \"" + counter + "\" nearby";
  }

  /**
   * Whether the mention is one of at least {@value #LIST_OF_COMPANIES} names of different companies
   * written as a list ("gemini, claude, copilot and grok"): three of the table's collisions in a
   * row are companies, not a fruit, a star sign and a pilot.
   */
  private static boolean inAListOfCompanies(Candidate c, List<Candidate> candidates) {
    Set<String> listed = new HashSet<>(Set.of(c.name.company()));
    for (int step : new int[] {-1, 1}) {
      Candidate at = c;
      for (Candidate next = listNeighbour(at, candidates, step);
          next != null;
          next = listNeighbour(at, candidates, step)) {
        listed.add(next.name.company());
        at = next;
      }
    }
    return listed.size() >= LIST_OF_COMPANIES;
  }

  /**
   * The candidate written right before ({@code step} -1) or after (+1) {@code c} with only a list
   * separator between them, or null.
   */
  private static Candidate listNeighbour(Candidate c, List<Candidate> candidates, int step) {
    for (Candidate other : candidates) {
      boolean adjacent = step < 0 ? other.end() == c.start : other.start == c.end();
      if (other.words == c.words
          && adjacent
          && other.name.lookalike() == null
          && !Boolean.FALSE.equals(other.verdict)
          && LIST_SEPARATORS.contains(c.words.gapAfter(step < 0 ? other.end() - 1 : c.end() - 1))) {
        return other;
      }
    }
    return null;
  }

  /**
   * Whether another name of the same company is right next to the mention ("Meta's Llama",
   * "Google's Gemini"): two of a company's names side by side mean the company.
   */
  private static boolean besideAnotherName(Candidate c, List<Candidate> candidates) {
    return candidates.stream()
        .anyMatch(
            other ->
                other != c
                    && other.words == c.words
                    && other.name.lookalike() == null
                    && !Boolean.FALSE.equals(other.verdict)
                    && other.name.company().equals(c.name.company())
                    && !other.written().equals(c.written())
                    && Math.abs(other.start - c.start) <= Evidence.CORPORATE_WINDOW);
  }

  /** Which words of {@code words} belong to a name of the table. */
  private static boolean[] nameWords(Words words, List<Candidate> candidates) {
    boolean[] names = new boolean[words.size()];
    for (Candidate c : candidates) {
      if (c.words == words && c.name.lookalike() == null) {
        for (int i = c.start; i < c.end(); i++) {
          names[i] = true;
        }
      }
    }
    return names;
  }

  /** The tags of the counted mentions: title first, then lead, then most mentioned, then first. */
  private static List<CompanyTags.Tag> salience(List<Candidate> candidates) {
    Map<String, CompanyTags.Tag> tags = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (Boolean.TRUE.equals(c.verdict)) {
        tags.merge(
            c.name.company(),
            new CompanyTags.Tag(c.name.company(), 1, c.inTitle, c.paragraph() == 0),
            (a, b) ->
                new CompanyTags.Tag(
                    a.company(),
                    a.mentions() + 1,
                    a.inTitle() || b.inTitle(),
                    a.inLead() || b.inLead()));
      }
    }
    // LinkedHashMap keeps first-mention order, and the sort is stable: ties stay in that order.
    return tags.values().stream()
        .sorted(
            Comparator.comparing((CompanyTags.Tag t) -> !t.inTitle())
                .thenComparing(t -> !t.inLead())
                .thenComparing(t -> -t.mentions()))
        .toList();
  }

  /** A name of the table found in title or body, and the verdict once reached. */
  private static final class Candidate {
    final Words words;
    final int start;
    final int length;
    final CompanyTable.Name name;
    final boolean inTitle;

    /** Whether the name matched only in the case written, as a name that is also a word does. */
    final boolean exactCase;

    final boolean shouting;
    final boolean lowerCase;
    final boolean onlyOtherSense;
    Boolean verdict;
    String reason;

    Candidate(
        Words words,
        PhraseMatcher.Match<CompanyTable.Name> match,
        boolean inTitle,
        boolean shouting,
        boolean lowerCase,
        boolean onlyOtherSense) {
      this.words = words;
      this.start = match.start();
      this.length = match.length();
      this.name = match.value();
      this.inTitle = inTitle;
      this.exactCase = match.exactCase();
      this.shouting = shouting;
      this.lowerCase = lowerCase;
      this.onlyOtherSense = onlyOtherSense;
    }

    int end() {
      return start + length;
    }

    int paragraph() {
      return inTitle ? -1 : words.paragraphs()[start];
    }

    String written() {
      return words.span(start, end());
    }

    void decide(boolean counted, String why) {
      verdict = counted;
      reason = why;
    }

    CompanyTags.Mention mention() {
      return new CompanyTags.Mention(
          name.company(),
          written(),
          paragraph(),
          start,
          name.ambiguous() || lowerCase,
          verdict,
          reason);
    }
  }
}
