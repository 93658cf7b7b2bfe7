package newsarchive.search.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsarchive.search.Health;
import newsarchive.search.SearchUnavailableException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.ClusterStateProvider;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.NamedList;

/**
 * The shards behind the archive's collection: which nodes are live, which shards have an active
 * leader, and what each leader's index holds on disk (its size, version and last commit).
 */
final class SolrShards {

  /** The cluster's state for the collection, and the leaders' indexes. */
  record State(Health.Cluster cluster, List<Index> leaders) {

    /** Whether a node or a shard's leader is missing. */
    boolean degraded() {
      return cluster.shardsWithActiveLeader() < cluster.shards()
          || cluster.activeReplicas() < cluster.replicas();
    }

    /** The latest commit of any shard, or {@code null} when none has committed. */
    Instant lastCommit() {
      return leaders.stream()
          .map(Index::lastCommit)
          .filter(time -> time != null)
          .max(Instant::compareTo)
          .orElse(null);
    }
  }

  /** One shard leader's index: bytes on disk, Lucene version, last commit time. */
  record Index(long bytes, long version, Instant lastCommit) {}

  private final SolrCollection collection;
  private final HttpJdkSolrClient nodes = SolrCollection.http().build();

  SolrShards(SolrCollection collection) {
    this.collection = collection;
  }

  /** The state now, read from the cluster and from each shard's active leader. */
  State state() throws IOException {
    ClusterStateProvider provider = collection.client().getClusterStateProvider();
    Set<String> live;
    DocCollection state;
    try {
      live = provider.getLiveNodes();
      state = provider.getCollection(provider.resolveSimpleAlias(collection.name()));
    } catch (RuntimeException e) {
      // SolrJ reports that no node gave the cluster state as a plain RuntimeException.
      throw new SearchUnavailableException(
          "SolrCloud's cluster state cannot be read: " + e.getMessage(), e);
    }
    if (state == null) {
      throw new IOException("SolrCloud has no collection or alias '" + collection.name() + "'");
    }
    int withLeader = 0;
    int replicas = 0;
    int active = 0;
    List<Index> leaders = new ArrayList<>();
    for (Slice shard : state.getSlices()) {
      Replica leader = shard.getLeader();
      Optional<Index> index =
          leader != null && leader.isActive(live) ? index(leader) : Optional.empty();
      if (index.isPresent()) {
        withLeader++;
        leaders.add(index.get());
      }
      for (Replica replica : shard.getReplicas()) {
        replicas++;
        active += replica.isActive(live) ? 1 : 0;
      }
    }
    Health.Cluster cluster =
        new Health.Cluster(
            live.stream().sorted().toList(),
            state.getSlices().size(),
            withLeader,
            replicas,
            active);
    return new State(cluster, leaders);
  }

  /**
   * The index of {@code leader}, or empty when its node does not answer: a node lost moments ago is
   * still live for the cluster, so the shard counts as without a leader until one takes over.
   */
  private Optional<Index> index(Replica leader) {
    CoreAdminRequest status = new CoreAdminRequest();
    status.setAction(org.apache.solr.common.params.CoreAdminParams.CoreAdminAction.STATUS);
    status.setCoreName(leader.getCoreName());
    try {
      NamedList<Object> response = nodes.requestWithBaseUrl(leader.getBaseUrl(), status, null);
      NamedList<Object> index =
          child(child(child(response, "status"), leader.getCoreName()), "index");
      Object modified = index.get("lastModified");
      return Optional.of(
          new Index(
              ((Number) index.get("sizeInBytes")).longValue(),
              ((Number) index.get("version")).longValue(),
              modified instanceof Date date ? date.toInstant() : null));
    } catch (SolrServerException | IOException | SolrException e) {
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static NamedList<Object> child(NamedList<Object> parent, String name) {
    return (NamedList<Object>) parent.get(name);
  }

  /** Release the connections to the nodes. */
  void close() throws IOException {
    nodes.close();
  }
}
