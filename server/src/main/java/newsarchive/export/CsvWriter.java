package newsarchive.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV records as RFC 4180 has them: a field is quoted when it holds a comma, a quote or a
 * line break, quotes inside are doubled, records end in CRLF. A cell that a spreadsheet would run
 * as a formula (one starting with {@code = + - @}, a tab or a carriage return) is defused with a
 * leading apostrophe, as OWASP advises, since exported titles are untrusted text.
 */
final class CsvWriter {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final Writer out;

  /** Records written to {@code out}. */
  CsvWriter(Writer out) {
    this.out = out;
  }

  /** Write one record. */
  void record(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      field(fields.get(i));
    }
    out.write("\r\n");
  }

  private void field(String value) throws IOException {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      out.write(text);
      return;
    }
    out.write('"');
    out.write(text.replace("\"", "\"\""));
    out.write('"');
  }
}
