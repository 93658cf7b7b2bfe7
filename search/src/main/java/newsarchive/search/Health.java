package newsarchive.search;

import java.time.Instant;

/**
 * Whether the archive is answering, and from what.
 *
 * @param status {@code ok} when articles are indexed, {@code empty} when the index is missing or
 *     holds none (run {@code ./archive reindex})
 * @param documents how many articles are indexed
 * @param lastCommit when the index was last committed, or {@code null}
 */
public record Health(String status, long documents, Instant lastCommit) {}
