package newsarchive.search;

import java.time.Instant;

/**
 * Whether the archive is answering, and from what.
 *
 * @param status {@code ok} when articles are indexed, {@code empty} when the index is missing or
 *     holds none (run {@code ./archive reindex}), {@code degraded} when the index is damaged or its
 *     newest commit cannot be opened
 * @param problem what is wrong and what to do when {@code degraded}, else {@code null}
 * @param documents how many articles are indexed
 * @param lastCommit when the index was last committed, or {@code null}
 */
public record Health(String status, long documents, Instant lastCommit, String problem) {}
