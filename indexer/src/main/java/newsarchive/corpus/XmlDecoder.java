package newsarchive.corpus;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed's bytes into text as an XML parser would (byte-order mark, then the encoding the XML
 * declaration names, else UTF-8), and falls back the way feed readers do when that is wrong.
 */
final class XmlDecoder {

  /**
   * A feed's text.
   *
   * @param text the decoded text, without a byte-order mark
   * @param flaw what was wrong with the encoding, or {@code null}
   */
  record Decoded(String text, FeedFlaw flaw) {}

  private static final Pattern DECLARED =
      Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  /** Windows-1252, which browsers and feed readers use for ISO-8859-1 and for UTF-8 that is not. */
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The UTF-8 byte-order mark, as its bytes read one by one. */
  private static final String UTF_8_BOM = "\u00EF\u00BB\u00BF";

  private XmlDecoder() {}

  /**
   * Whether {@code bytes} start as UTF-16 text does (a byte-order mark or {@code <?} in UTF-16).
   */
  static boolean isUtf16(byte[] bytes) {
    return utf16(bytes) != null;
  }

  /** Decode {@code bytes}. */
  static Decoded decode(byte[] bytes) {
    Charset utf16 = utf16(bytes);
    if (utf16 != null) {
      return new Decoded(stripBom(new String(bytes, utf16)), null);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    Matcher declared = DECLARED.matcher(head);
    FeedFlaw flaw = null;
    Charset charset = StandardCharsets.UTF_8;
    if (declared.find() && !head.startsWith(UTF_8_BOM)) {
      String name = declared.group(1);
      if (name.toLowerCase(Locale.ROOT).matches("utf-?(16|32).*|ucs.*")) {
        // The declaration could be read byte by byte, so the file is not in a 16- or 32-bit form.
        flaw = new FeedFlaw("declares an encoding it is not written in", name, 1, 1);
      } else {
        try {
          charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          flaw = new FeedFlaw("unknown encoding, read as UTF-8", name, 1, 1);
        }
      }
    }
    if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
      charset = WINDOWS_1252;
    }
    if (!charset.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, charset), flaw);
    }
    TextDecoder.Decoded utf8 = TextDecoder.decode(bytes);
    if (utf8.firstBadLine() == 0) {
      return new Decoded(utf8.text(), flaw);
    }
    int bom = head.startsWith(UTF_8_BOM) ? 3 : 0;
    return new Decoded(
        new String(bytes, bom, bytes.length - bom, WINDOWS_1252),
        new FeedFlaw("not valid UTF-8, read as Windows-1252", null, utf8.firstBadLine(), 1));
  }

  private static Charset utf16(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    if (first == 0xFE && second == 0xFF || first == 0 && second == '<') {
      return StandardCharsets.UTF_16BE;
    }
    if (first == 0xFF && second == 0xFE || first == '<' && second == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
