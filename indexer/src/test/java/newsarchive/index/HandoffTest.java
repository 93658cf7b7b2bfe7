package newsarchive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.corpus.Problem;
import newsarchive.enrich.ArticleTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoffTest {

  /** Far more articles than the queue between the threads holds. */
  private static final int MANY = 5_000;

  @TempDir static Path noTables;

  @Test
  void anErrorInTheWriterFailsTheRunInsteadOfHangingTheReader() {
    Handoff.Writer<String> failing =
        writer(
            document -> {
              throw new AssertionError("the writer broke");
            });
    IndexingFailedException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    IndexingFailedException.class,
                    () -> {
                      try (Handoff<String> handoff =
                          new Handoff<>(
                              noTags(), (a, h) -> a.id(), failing, ReindexListener.SILENT)) {
                        for (int i = 0; i < MANY; i++) {
                          handoff.article(article(i));
                        }
                        handoff.finish();
                      }
                    }));
    assertInstanceOf(AssertionError.class, failure.getCause());
    assertFalse(writerThreadRuns());
  }

  @Test
  void whenTheReaderFailsTheWriterStopsAndTakesNothingMore() {
    List<String> written = new ArrayList<>();
    Handoff.Writer<String> collecting = writer(written::add);
    IllegalStateException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    IllegalStateException.class,
                    () -> {
                      try (Handoff<String> handoff =
                          new Handoff<>(
                              noTags(), (a, h) -> a.id(), collecting, ReindexListener.SILENT)) {
                        for (int i = 0; i < 3; i++) {
                          handoff.article(article(i));
                        }
                        throw new IllegalStateException("the reader broke");
                      }
                    }));
    assertEquals("the reader broke", failure.getMessage());
    assertFalse(writerThreadRuns());
    int taken = written.size();
    assertEquals(written.subList(0, taken), List.of("a0", "a1", "a2").subList(0, taken));
  }

  @Test
  void everyArticleReachesTheWriterInReadingOrder() throws IOException {
    List<String> written = new ArrayList<>();
    Handoff.Writer<String> collecting = writer(written::add);
    try (Handoff<String> handoff =
        new Handoff<>(noTags(), (a, h) -> a.id(), collecting, ReindexListener.SILENT)) {
      for (int i = 0; i < MANY; i++) {
        handoff.article(article(i));
      }
      handoff.finish();
    }
    assertEquals(MANY, written.size());
    assertEquals("a0", written.getFirst());
    assertEquals("a" + (MANY - 1), written.getLast());
  }

  @Test
  void documentsAreBuiltEarliestPublishedFirstAndUndatedLast() throws IOException {
    List<String> built = new ArrayList<>();
    List<String> written = new ArrayList<>();
    try (Handoff<String> handoff =
        new Handoff<>(
            noTags(),
            (article, hash) -> {
              built.add(article.id());
              return article.id();
            },
            writer(written::add),
            ReindexListener.SILENT)) {
      handoff.article(article("brief", "2026-04-30T08:00:00Z"));
      handoff.article(article("undated", null));
      handoff.article(article("report", "2026-04-29T09:00:00Z"));
      handoff.article(article("update", "2026-04-29T15:00:00Z"));
      handoff.article(article("copy", "2026-04-29T09:00:00Z"));
      handoff.finish();
    }
    List<String> earliestFirst = List.of("report", "copy", "update", "brief", "undated");
    assertEquals(earliestFirst, built);
    assertEquals(earliestFirst, written);
  }

  @Test
  void ofTwoArticlesWithOneIdTheOneReadLastReachesTheWriterLast() throws IOException {
    List<String> written = new ArrayList<>();
    try (Handoff<String> handoff =
        new Handoff<>(
            noTags(),
            (article, hash) -> article.id() + " of " + article.published(),
            writer(written::add),
            ReindexListener.SILENT)) {
      handoff.article(article("x", "2026-04-30T00:00:00Z"));
      handoff.article(article("x", "2026-04-29T00:00:00Z"));
      handoff.finish();
    }
    assertEquals(List.of("x of 2026-04-30T00:00:00Z", "x of 2026-04-29T00:00:00Z"), written);
  }

  @Test
  void aFileKeptUnreadReachesTheWriterBetweenTheArticlesAroundIt() throws IOException {
    List<String> written = new ArrayList<>();
    try (Handoff<String> handoff =
        new Handoff<>(noTags(), (a, h) -> a.id(), writer(written::add), ReindexListener.SILENT)) {
      handoff.article(article(0));
      handoff.kept(Path.of("unchanged.jsonl"), 100);
      handoff.article(article(1));
      handoff.finish();
    }
    assertEquals(List.of("a0", "kept unchanged.jsonl", "a1"), written);
  }

  /**
   * A writer that hands each article's document, and each file kept as {@code kept NAME}, to {@code
   * take}, and ignores problems.
   */
  private static Handoff.Writer<String> writer(Consumer<String> take) {
    return new Handoff.Writer<>() {
      @Override
      public void article(Article article, String hash, String document) {
        take.accept(document);
      }

      @Override
      public void problem(Problem problem) {}

      @Override
      public void kept(Path file) {
        take.accept("kept " + file);
      }
    };
  }

  /** A tagger with no tables, which leaves articles as they are. */
  private static ArticleTagger noTags() throws IOException {
    return ArticleTagger.forCorpora(List.of(), noTables);
  }

  private static Article article(int i) {
    return new Article(
        "a" + i,
        "Title " + i,
        "Body " + i,
        null,
        null,
        null,
        null,
        null,
        null,
        Origin.line(Path.of("file.jsonl"), i + 1));
  }

  private static Article article(String id, String published) {
    return new Article(
        id,
        "Title of " + id,
        "Body of " + id,
        published == null ? null : Instant.parse(published),
        null,
        null,
        null,
        null,
        null,
        Origin.line(Path.of("file.jsonl"), 1));
  }

  private static boolean writerThreadRuns() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.getName().equals("reindex-writer") && thread.isAlive());
  }
}
