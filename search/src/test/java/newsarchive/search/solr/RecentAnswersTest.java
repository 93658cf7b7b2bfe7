package newsarchive.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {

  @Test
  void anAnswerIsReusedWhileItIsYoungAndAskedAgainOnceItIsOld() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    RecentAnswers<String, Integer> young = new RecentAnswers<>(TimeUnit.MINUTES.toNanos(1));
    assertEquals(1, young.get("chatgpt", word -> asked.incrementAndGet()));
    assertEquals(1, young.get("chatgpt", word -> asked.incrementAndGet()));
    assertEquals(2, young.get("deepmind", word -> asked.incrementAndGet()));

    RecentAnswers<String, Integer> old = new RecentAnswers<>(0);
    assertEquals(3, old.get("chatgpt", word -> asked.incrementAndGet()));
    assertEquals(4, old.get("chatgpt", word -> asked.incrementAndGet()));
  }
}
