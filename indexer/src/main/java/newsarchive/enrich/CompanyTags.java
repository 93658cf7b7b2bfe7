package newsarchive.enrich;

import java.util.List;

/**
 * The companies an article names as companies, the most central first, and every candidate mention
 * with the verdict on it, so that a user editing the table can see why a company was or was not
 * tagged.
 *
 * @param tags one per company named, in order of salience
 * @param mentions every candidate mention, in text order (title first)
 */
public record CompanyTags(List<Tag> tags, List<Mention> mentions) {

  /** Mentions that make a company the article's subject on their own, without title or lead. */
  public static final int SUBJECT_MENTIONS = 2;

  public CompanyTags {
    tags = List.copyOf(tags);
    mentions = List.copyOf(mentions);
  }

  /**
   * How central a company is to an article.
   *
   * @param company the canonical name
   * @param mentions how often the article names it (counted mentions only)
   * @param inTitle whether the title names it
   * @param inLead whether the first paragraph names it
   */
  public record Tag(String company, int mentions, boolean inTitle, boolean inLead) {

    /** Whether the article is about this company: named in title or lead, or named twice. */
    public boolean subject() {
      return inTitle || inLead || mentions >= SUBJECT_MENTIONS;
    }
  }

  /**
   * One place where a name of the table occurs, and whether it counts.
   *
   * @param company the company the name belongs to
   * @param written the words as written in the text
   * @param paragraph -1 for the title, else the body paragraph from 0
   * @param start the mention's first word in the title or body
   * @param ambiguous whether the name needed evidence
   * @param counted whether the mention counts as naming the company
   * @param reason the evidence, or what vetoed it
   */
  public record Mention(
      String company,
      String written,
      int paragraph,
      int start,
      boolean ambiguous,
      boolean counted,
      String reason) {}

  /**
   * Whether a name of the table starts at word {@code start} of the title (or the body) and does
   * not count there: the word means something else, which a topic cue on it should know too.
   */
  public boolean rejectedAt(boolean inTitle, int start) {
    for (Mention mention : mentions) {
      if (!mention.counted() && mention.start() == start && (mention.paragraph() < 0) == inTitle) {
        return true;
      }
    }
    return false;
  }

  /** The companies, the most central first. */
  public List<String> companies() {
    return tags.stream().map(Tag::company).toList();
  }

  /** The companies the article is about (see {@link Tag#subject()}), the most central first. */
  public List<String> subjects() {
    return tags.stream().filter(Tag::subject).map(Tag::company).toList();
  }
}
