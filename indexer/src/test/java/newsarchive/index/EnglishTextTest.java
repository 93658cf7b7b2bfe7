package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishTextTest {

  @Test
  void customersKeepAStemOfTheirOwnWhichPorterWouldShareWithCustom() {
    assertEquals(
        List.of("customer", "customer", "custom", "custom", "custom"),
        ArticleSchema.terms(ArticleSchema.BODY, "Customers' customer custom customized customs"));
  }

  @Test
  void everyOtherWordIsStemmedAsEnglishAnalyzerStemsIt() {
    assertEquals(
        List.of("openai", "partner", "end", "exclus", "cloud"),
        ArticleSchema.terms(
            ArticleSchema.TITLE, "OpenAI's partners ending the exclusivity of clouds"));
  }
}
