package newsarchive.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Decodes UTF-8 text, replacing invalid bytes with U+FFFD and telling where the first one was. */
final class TextDecoder {

  /**
   * Decoded text.
   *
   * @param text the text, without a leading byte-order mark
   * @param firstBadLine the 1-based line of the first invalid byte sequence, or 0 when there was
   *     none
   */
  record Decoded(String text, int firstBadLine) {

    /**
     * Warn {@code sink} when some bytes were not valid UTF-8, naming {@code line} of {@code file}.
     */
    void reportTo(ArticleSink sink, Path file, int line) {
      if (firstBadLine > 0) {
        sink.problem(
            Problem.warning(file, line, "invalid UTF-8; the bad bytes were replaced with \uFFFD"));
      }
    }
  }

  private TextDecoder() {}

  /** Decode {@code bytes} as UTF-8. */
  static Decoded decode(byte[] bytes) {
    // Decoding by hand rather than with REPLACE, which would hide where the bad bytes were.
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    int firstBad = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (firstBad < 0) {
        firstBad = in.position();
      }
      out.put('\uFFFD');
      in.position(in.position() + result.length());
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Decoded(text, firstBad < 0 ? 0 : lineAt(bytes, firstBad));
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
