package newsarchive.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a tab-separated tagging table: blank lines and lines starting with {@code #} are
 * comments, every other line has the table's required tab-separated columns and may have its
 * optional ones (missing ones read as empty), so tables written before a column was added still
 * read.
 */
final class TaxonomyTable {

  /** One row, with its 1-based line number for error messages. */
  record Row(Path file, int line, List<String> columns) {

    /** The column's items, separated by semicolons. */
    List<String> items(int column) {
      return Arrays.stream(columns.get(column).split(";"))
          .map(String::strip)
          .filter(item -> !item.isEmpty())
          .toList();
    }

    /**
     * The words of a cue phrase, a trailing {@code *} kept on a word that stands for every word it
     * starts; an error when it has no words or its first stem is too short.
     */
    List<String> cue(String cue) {
      List<String> words = PhraseMatcher.pattern(cue);
      if (words.isEmpty()) {
        throw error("cue \"" + cue + "\" has no words");
      }
      if (words.getFirst().endsWith("*") && words.getFirst().length() <= PhraseMatcher.MIN_STEM) {
        throw error(
            "cue \"" + cue + "\" needs at least " + PhraseMatcher.MIN_STEM + " letters before *");
      }
      return words;
    }

    /** An error about this row. */
    TaxonomyException error(String message) {
      return new TaxonomyException(file, line, message);
    }
  }

  private TaxonomyTable() {}

  /**
   * Read the rows of {@code file}, each with the first {@code required} of the named columns and
   * any of the rest.
   */
  static List<Row> read(Path file, int required, List<String> columnNames) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> columns =
          new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
      Row row = new Row(file, i + 1, columns);
      if (columns.size() < required || columns.size() > columnNames.size()) {
        throw row.error(
            "expected "
                + (required == columnNames.size()
                    ? Integer.toString(required)
                    : required + " to " + columnNames.size())
                + " tab-separated columns ("
                + String.join(", ", columnNames)
                + "), found "
                + columns.size());
      }
      while (columns.size() < columnNames.size()) {
        columns.add("");
      }
      row = new Row(file, i + 1, List.copyOf(columns));
      if (columns.getFirst().isEmpty()) {
        throw row.error("the first column (" + columnNames.getFirst() + ") is empty");
      }
      rows.add(row);
    }
    return rows;
  }
}
