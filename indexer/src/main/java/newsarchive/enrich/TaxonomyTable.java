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
 * comments, every other line has exactly {@code columns} tab-separated columns.
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

    /** An error about this row. */
    TaxonomyException error(String message) {
      return new TaxonomyException(file, line, message);
    }
  }

  private TaxonomyTable() {}

  /** Read the rows of {@code file}, each with {@code columns} columns whose names are given. */
  static List<Row> read(Path file, List<String> columnNames) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> columns = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
      Row row = new Row(file, i + 1, columns);
      if (columns.size() != columnNames.size()) {
        throw row.error(
            "expected "
                + columnNames.size()
                + " tab-separated columns ("
                + String.join(", ", columnNames)
                + "), found "
                + columns.size());
      }
      if (columns.getFirst().isEmpty()) {
        throw row.error("the first column (" + columnNames.getFirst() + ") is empty");
      }
      rows.add(row);
    }
    return rows;
  }
}
