package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexingLanesTest {

  /**
   * Two and a half times the writes made on one lane: the first of them on one thread (a small
   * reindex writes one segment), the rest on two, every key's writes in the order submitted.
   */
  @Test
  void writesOfOneKeyRunInTheOrderSubmittedAndAllHaveRunAfterAwait() throws IOException {
    int writes = IndexingLanes.ONE_LANE_WRITES * 5 / 2;
    Map<String, List<Integer>> runs = new ConcurrentHashMap<>();
    String[] threads = new String[writes];
    try (IndexingLanes lanes = IndexingLanes.forReindex()) {
      for (int i = 0; i < writes; i++) {
        String key = "article-" + (i % 97);
        int sequence = i;
        lanes.submit(
            key,
            () -> {
              threads[sequence] = Thread.currentThread().getName();
              runs.computeIfAbsent(key, k -> new ArrayList<>()).add(sequence);
            });
      }
      lanes.await();

      assertEquals(97, runs.size());
      for (List<Integer> sequences : runs.values()) {
        assertEquals(sequences.stream().sorted().toList(), sequences);
      }
      assertEquals(writes, runs.values().stream().mapToInt(List::size).sum());
      List<String> names = Arrays.asList(threads);
      assertEquals(
          Set.of("index-lane-0"), Set.copyOf(names.subList(0, IndexingLanes.ONE_LANE_WRITES)));
      assertEquals(
          Set.of("index-lane-0", "index-lane-1"),
          Set.copyOf(names.subList(IndexingLanes.ONE_LANE_WRITES, writes)));
    }
    assertFalse(laneThreadsRun());
  }

  @Test
  void aFailedWriteIsReportedAndTheWritesAfterItAreNotRun() {
    AtomicInteger runAfter = new AtomicInteger();
    IOException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    IOException.class,
                    () -> {
                      try (IndexingLanes lanes = IndexingLanes.forReindex()) {
                        lanes.submit(
                            "a",
                            () -> {
                              throw new IOException("No space left on device");
                            });
                        for (int i = 0; i < 5_000; i++) {
                          lanes.submit("a", runAfter::incrementAndGet);
                        }
                        lanes.await();
                      }
                    }));
    assertEquals("No space left on device", failure.getMessage());
    assertEquals(0, runAfter.get());
    assertFalse(laneThreadsRun());
  }

  @Test
  void anErrorInALaneFailsTheRun() {
    IndexingFailedException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    IndexingFailedException.class,
                    () -> {
                      try (IndexingLanes lanes = IndexingLanes.forReindex()) {
                        lanes.submit(
                            "a",
                            () -> {
                              throw new OutOfMemoryError("Java heap space");
                            });
                        lanes.await();
                      }
                    }));
    assertInstanceOf(OutOfMemoryError.class, failure.getCause());
  }

  private static boolean laneThreadsRun() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().startsWith("index-lane-") && thread.isAlive());
  }
}
