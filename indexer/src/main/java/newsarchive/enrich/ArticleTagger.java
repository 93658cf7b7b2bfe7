package newsarchive.enrich;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import newsarchive.article.Article;

/**
 * Fills in an article's companies and topics. What the input gave wins: tagging only fills a list
 * the article left empty, and given companies are only brought to their canonical names.
 */
public final class ArticleTagger {

  /** The company table's file name in a corpus or tables folder. */
  public static final String COMPANIES_FILE = "companies.tsv";

  /** The topic table's file name in a corpus or tables folder. */
  public static final String TOPICS_FILE = "topics.tsv";

  private final CompanyTagger companies;
  private final TopicTagger topics;
  private final Optional<Path> companyTable;
  private final Optional<Path> topicTable;
  private final Optional<Path> topicModel;

  private ArticleTagger(
      CompanyTagger companies,
      TopicTagger topics,
      Optional<Path> companyTable,
      Optional<Path> topicTable,
      Optional<Path> topicModel) {
    this.companies = companies;
    this.topics = topics;
    this.companyTable = companyTable;
    this.topicTable = topicTable;
    this.topicModel = topicModel;
  }

  /**
   * The tagger for a set of corpus folders: each table is read from the first corpus folder that
   * has its own, else from {@code tables} (the archive's own tables by default); where neither has
   * it, that kind of tag is left to what the articles give. A topic model ({@value
   * TopicModel#FILE}) is read from beside the topic table, when there is one.
   */
  public static ArticleTagger forCorpora(List<Path> roots, Path tables) throws IOException {
    Optional<Path> companyTable = find(roots, tables, COMPANIES_FILE);
    Optional<Path> topicTable = find(roots, tables, TOPICS_FILE);
    Optional<Path> topicModel =
        topicTable.map(table -> table.resolveSibling(TopicModel.FILE)).filter(Files::isRegularFile);
    TopicTagger topics =
        topicTable.isPresent() ? TopicTagger.load(topicTable.get()) : TopicTagger.none();
    return new ArticleTagger(
        companyTable.isPresent() ? CompanyTagger.load(companyTable.get()) : CompanyTagger.none(),
        topicModel.isPresent() ? topics.withModel(TopicModel.read(topicModel.get())) : topics,
        companyTable,
        topicTable,
        topicModel);
  }

  /** This tagger with {@code model} as its topic model, as if read from beside the table. */
  ArticleTagger withTopicModel(TopicModel model) {
    return new ArticleTagger(
        companies, topics.withModel(model), companyTable, topicTable, topicModel);
  }

  /**
   * Which tables tag, in one line: {@code corpus/companies.tsv (76 companies) and corpus/topics.tsv
   * (14 topics) with corpus/topics-model.tsv}, or {@code no companies.tsv} for a missing one.
   */
  public String tables() {
    return describe(companyTable, COMPANIES_FILE, companies.companies().size(), "companies")
        + " and "
        + describe(topicTable, TOPICS_FILE, topics.topics().size(), "topics")
        + topicModel.map(model -> " with " + shown(model)).orElse("");
  }

  /** A warning for each table that was found nowhere, so that no tag of that kind is given. */
  public List<String> missingTables() {
    List<String> missing = new ArrayList<>();
    if (companyTable.isEmpty()) {
      missing.add("no " + COMPANIES_FILE + " found: articles get only the companies they give");
    }
    if (topicTable.isEmpty()) {
      missing.add("no " + TOPICS_FILE + " found: articles get only the topics they give");
    }
    return missing;
  }

  /**
   * What decides the tags, as one hash: both tables' and the topic model's contents and the
   * tagger's code (its jar's size and time), so that a reindex can tell whether articles read
   * before would be tagged the same.
   */
  public String fingerprint() throws IOException {
    MessageDigest digest = sha256();
    for (Optional<Path> table : List.of(companyTable, topicTable, topicModel)) {
      digest.update((table.isPresent() ? Files.readAllBytes(table.get()) : new byte[0]));
      digest.update((byte) 0);
    }
    digest.update(codeStamp().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The article with its companies and topics filled in where the input gave none. */
  public Article tag(Article article) {
    Words title = Words.of(article.title());
    Words body = Words.of(article.body());
    CompanyTags found = companies.tag(title, body);
    List<String> topicsFound =
        article.topics().isEmpty() ? topics.tag(title, body, found) : article.topics();
    if (article.companies().isEmpty()) {
      return article.withTags(found.companies(), found.subjects(), topicsFound);
    }
    // An editor's companies stand; each is a subject where the text makes it one, or where the
    // text does not name it at all (the editor knows what the article is about).
    List<String> given = companies.canonical(article.companies());
    Set<String> subjects = Set.copyOf(found.subjects());
    Set<String> named = Set.copyOf(found.companies());
    return article.withTags(
        given,
        given.stream().filter(c -> subjects.contains(c) || !named.contains(c)).toList(),
        topicsFound);
  }

  /** Every candidate company mention in the article, with its evidence and verdict. */
  public CompanyTags explainCompanies(Article article) {
    return companies.tag(Words.of(article.title()), Words.of(article.body()));
  }

  /** Each topic's cues found in the article, and its score. */
  public List<TopicTagger.Score> explainTopics(Article article) {
    Words title = Words.of(article.title());
    Words body = Words.of(article.body());
    return topics.scores(title, body, companies.tag(title, body));
  }

  /** The size and time of the jar the tagger runs from; empty when it runs from class folders. */
  private static String codeStamp() throws IOException {
    CodeSource source = ArticleTagger.class.getProtectionDomain().getCodeSource();
    try {
      Path code = source == null ? null : Path.of(source.getLocation().toURI());
      return code != null && Files.isRegularFile(code)
          ? Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis()
          : "";
    } catch (URISyntaxException e) {
      return "";
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static Optional<Path> find(List<Path> roots, Path tables, String name) {
    return Stream.concat(roots.stream(), Stream.of(tables))
        .map(folder -> folder.resolve(name))
        .filter(Files::isRegularFile)
        .findFirst();
  }

  private static String describe(Optional<Path> table, String file, int size, String what) {
    return table.map(path -> shown(path) + " (" + size + " " + what + ")").orElse("no " + file);
  }

  /** The path relative to the working folder when it lies inside it, else as it is. */
  private static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : path.toString();
  }
}
