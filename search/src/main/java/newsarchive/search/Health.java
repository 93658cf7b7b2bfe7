package newsarchive.search;

import java.time.Instant;
import java.util.List;

/**
 * Whether the archive is answering, and from what.
 *
 * @param status {@code ok} when articles are indexed, {@code empty} when the index is missing or
 *     holds none (run {@code ./archive reindex}), {@code degraded} when the index is damaged, its
 *     newest commit cannot be opened, or a cluster answers with a node or a shard's leader missing
 * @param backend {@code lucene} for the embedded index, {@code solrcloud} for a SolrCloud
 *     collection
 * @param documents how many articles are indexed
 * @param lastCommit when the index was last committed, or {@code null}
 * @param problem what is wrong and what to do when {@code degraded}, else {@code null}
 * @param cluster the cluster's state, or {@code null} for the embedded index
 */
public record Health(
    String status,
    String backend,
    long documents,
    Instant lastCommit,
    String problem,
    Cluster cluster) {

  /**
   * The state of a SolrCloud collection.
   *
   * @param liveNodes the nodes ZooKeeper sees alive
   * @param shards how many shards the collection has
   * @param shardsWithActiveLeader how many of them have an active leader (all are searchable then)
   * @param replicas how many replicas the collection has
   * @param activeReplicas how many of them are active
   */
  public record Cluster(
      List<String> liveNodes,
      int shards,
      int shardsWithActiveLeader,
      int replicas,
      int activeReplicas) {}
}
