package newsarchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsarchive.article.Article;
import org.sqlite.SQLiteDataSource;

/**
 * The peer: the same articles in SQLite with FTS5 (Porter-stemmed title and body, ranked by BM25
 * with the title weighted double), the dates and company and topic tags in indexed tables, and the
 * same queries answered as top-10 plus per-company counts.
 */
final class SqliteIndex implements AutoCloseable {

  private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|\\S+");
  private static final int BATCH = 1_000;

  private final Connection connection;

  private SqliteIndex(Connection connection) {
    this.connection = connection;
  }

  /** Open an existing database. */
  static SqliteIndex open(Path database) throws SQLException {
    Connection connection = connect(database);
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA cache_size = -262144");
    }
    return new SqliteIndex(connection);
  }

  /** Build a new database from every article of {@code input}, tagged by {@code tagger}. */
  static long build(JsonlFile input, Path database, UnaryOperator<Article> tagger)
      throws IOException, SQLException {
    long count = 0;
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        InputStream in = input.open()) {
      // A bulk load: no journal, no fsync, a large page cache, one transaction.
      statement.execute("PRAGMA journal_mode = OFF");
      statement.execute("PRAGMA synchronous = OFF");
      statement.execute("PRAGMA cache_size = -262144");
      statement.execute(
          "CREATE VIRTUAL TABLE article USING fts5(title, body, tokenize = 'porter unicode61')");
      statement.execute("CREATE TABLE meta(id INTEGER PRIMARY KEY, published INTEGER)");
      statement.execute("CREATE TABLE tag(article INTEGER NOT NULL, dim TEXT, value TEXT)");
      connection.setAutoCommit(false);
      try (PreparedStatement text =
              connection.prepareStatement(
                  "INSERT INTO article(rowid, title, body) VALUES (?, ?, ?)");
          PreparedStatement meta = connection.prepareStatement("INSERT INTO meta VALUES (?, ?)");
          PreparedStatement tag = connection.prepareStatement("INSERT INTO tag VALUES (?, ?, ?)")) {
        for (JsonArticle line : JsonArticle.read(in)) {
          count++;
          Article tagged = tagger.apply(line.toArticle(count));
          text.setLong(1, count);
          text.setString(2, tagged.title());
          text.setString(3, tagged.body());
          text.addBatch();
          meta.setLong(1, count);
          meta.setObject(2, tagged.published() == null ? null : tagged.published().toEpochMilli());
          meta.addBatch();
          addTags(tag, count, "company", tagged.companies());
          addTags(tag, count, "topic", tagged.topics());
          if (count % BATCH == 0) {
            text.executeBatch();
            meta.executeBatch();
            tag.executeBatch();
          }
        }
        text.executeBatch();
        meta.executeBatch();
        tag.executeBatch();
      }
      statement.execute("CREATE INDEX meta_by_date ON meta(published)");
      statement.execute("CREATE INDEX tag_by_value ON tag(dim, value, article)");
      statement.execute("CREATE INDEX tag_by_article ON tag(article, dim, value)");
      connection.commit();
    }
    return count;
  }

  /** Answer {@code query} as top-10 titles and per-company counts; return the number of hits. */
  long search(BenchQuery query) throws SQLException {
    List<String> filters = new ArrayList<>();
    List<Object> filterParameters = new ArrayList<>();
    if (query.dated()) {
      filters.add("SELECT id FROM meta WHERE published BETWEEN ? AND ?");
      filterParameters.add(query.fromMillis());
      filterParameters.add(query.toMillis());
    }
    selection(filters, filterParameters, "company", query.companies());
    selection(filters, filterParameters, "topic", query.topics());
    String filter = String.join(" INTERSECT ", filters);

    String match = matchExpression(query.text());
    String matching;
    List<Object> parameters = new ArrayList<>();
    String top;
    if (match != null) {
      // FTS5 finds the matches once (materialized); the filters then intersect that set, which
      // SQLite does far faster than an FTS5 scan restricted by "rowid IN (...)".
      String restricted = filters.isEmpty() ? "" : " WHERE id IN (" + filter + ")";
      String hits =
          "WITH hits AS MATERIALIZED (SELECT rowid AS id, bm25(article, 2.0, 1.0) AS score"
              + " FROM article WHERE article MATCH ?) ";
      matching =
          "SELECT rowid FROM article WHERE article MATCH ?"
              + (filters.isEmpty() ? "" : " INTERSECT " + filter);
      parameters.add(match);
      parameters.addAll(filterParameters);
      top =
          hits
              + "SELECT rowid, title FROM article WHERE rowid IN (SELECT id FROM hits"
              + restricted
              + " ORDER BY score LIMIT 10)";
    } else {
      matching = filters.isEmpty() ? "SELECT id FROM meta" : filter;
      parameters.addAll(filterParameters);
      top =
          "SELECT m.id, a.title FROM meta m JOIN article a ON a.rowid = m.id"
              + (filters.isEmpty() ? "" : " WHERE m.id IN (" + filter + ")")
              + " ORDER BY m.published DESC LIMIT 10";
    }
    rows(top, parameters);
    rows(
        "SELECT value, count(*) FROM tag WHERE dim = 'company' AND article IN ("
            + matching
            + ") GROUP BY value ORDER BY count(*) DESC LIMIT 20",
        parameters);
    return number("SELECT count(*) FROM (" + matching + ")", parameters);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /**
   * The FTS5 form of a query in the archive's syntax (words, "phrases", OR, -exclusions, prefix*),
   * or {@code null} for a blank one; every term is quoted so no word is FTS5 syntax.
   */
  static String matchExpression(String text) {
    List<String> required = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      String word = token.group();
      if (word.equals("OR")) {
        required.add("OR");
      } else if (word.startsWith("-") && word.length() > 1) {
        excluded.add(quote(word.substring(1)));
      } else {
        required.add(quote(word));
      }
    }
    if (required.isEmpty()) {
      return null;
    }
    StringBuilder expression = new StringBuilder(String.join(" ", required));
    excluded.forEach(word -> expression.append(" NOT ").append(word));
    return expression.toString();
  }

  private static String quote(String word) {
    boolean prefix = word.endsWith("*");
    String bare = word.replace("\"", "").replace("*", "");
    return "\"" + bare + "\"" + (prefix ? "*" : "");
  }

  private static void selection(
      List<String> sets, List<Object> parameters, String dim, List<String> values) {
    if (!values.isEmpty()) {
      sets.add(
          "SELECT article FROM tag WHERE dim = ? AND value IN ("
              + String.join(", ", values.stream().map(v -> "?").toList())
              + ")");
      parameters.add(dim);
      parameters.addAll(values);
    }
  }

  private static Connection connect(Path database) throws SQLException {
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + database);
    return source.getConnection();
  }

  private static void addTags(PreparedStatement tag, long id, String dim, List<String> values)
      throws SQLException {
    for (String value : values) {
      tag.setLong(1, id);
      tag.setString(2, dim);
      tag.setString(3, value);
      tag.addBatch();
    }
  }

  private int rows(String sql, List<Object> parameters) throws SQLException {
    try (ResultSet result = execute(sql, parameters)) {
      int rows = 0;
      while (result.next()) {
        rows++;
      }
      return rows;
    }
  }

  private long number(String sql, List<Object> parameters) throws SQLException {
    try (ResultSet result = execute(sql, parameters)) {
      return result.next() ? result.getLong(1) : 0;
    }
  }

  private ResultSet execute(String sql, List<Object> parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    // Closing the result set closes its statement too.
    statement.closeOnCompletion();
    return statement.executeQuery();
  }
}
