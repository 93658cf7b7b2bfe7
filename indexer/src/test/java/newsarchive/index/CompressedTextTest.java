package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CompressedTextTest {

  @Test
  void textComesBackExactlyAndSmaller() {
    String text =
        "Café in Zürich — ＯｐｅｎＡＩ 🚀 adds Amazon.\n\n".repeat(200) + "The end, with no newline";
    byte[] compressed = CompressedText.compress(text);
    assertTrue(compressed.length < text.length() / 4, "repetitive text shrinks");
    assertEquals(text, CompressedText.decompress(new BytesRef(compressed)));
    assertEquals("", CompressedText.decompress(new BytesRef(CompressedText.compress(""))));
  }

  @Test
  void aDamagedValueIsAClearErrorNotWrongText() {
    byte[] compressed =
        CompressedText.compress("OpenAI adds Amazon cloud to its lineup. ".repeat(50));
    byte[] truncated = Arrays.copyOf(compressed, compressed.length / 2);
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> CompressedText.decompress(new BytesRef(truncated)));
    assertTrue(error.getMessage().startsWith("stored text is"), error.getMessage());
  }
}
