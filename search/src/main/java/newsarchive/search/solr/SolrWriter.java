package newsarchive.search.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsarchive.article.Article;
import newsarchive.enrich.StorySignature;
import newsarchive.index.ArticleSchema;
import newsarchive.index.ArticleStore;
import newsarchive.index.ArticleStore.StoredArticle;
import newsarchive.index.ScratchStories;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes a reindex into SolrCloud in batches. An update goes into the collection the name (or the
 * alias of that name) points to; a full rebuild, or the first run, builds a new collection {@code
 * NAME_<time>} and moves the alias {@code NAME} to it only after its one commit, so searches never
 * see a half-built index and a crash leaves the alias on the previous complete collection.
 *
 * <p>A collection built here is routed by story ({@code router.field=story}): all copies of a story
 * lie on one shard, so that Solr's per-shard distinct counts add up to the exact number of stories
 * ({@code count=stories}). An article whose story changes then moves to another shard, so its
 * earlier document is deleted there, by its story as the route, before the new one is sent.
 */
public final class SolrWriter implements ArticleStore<SolrInputDocument> {

  /** Documents sent per request: big enough to amortise a round trip, small for the heap. */
  static final int BATCH = 500;

  /** What the reindex reads back of each stored article: its hash, origin, and story's inputs. */
  private static final String STORED_FIELDS =
      String.join(
          ",",
          ArticleSchema.ID,
          ArticleSchema.HASH,
          ArticleSchema.ORIGIN,
          ArticleSchema.TITLE,
          ArticleSchema.BODY,
          ArticleSchema.PUBLISHED,
          ArticleSchema.STORY);

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

  private final SolrCollection collection;
  private final String target;
  private final String replaced;
  private final boolean building;
  private final boolean routedByStory;
  private final List<SolrInputDocument> pending = new ArrayList<>();
  private UpdateRequest deletions = new UpdateRequest();
  private int deleting;

  /** The story of each article stored before the run, then of its last version written. */
  private final Map<String, String> storedStories = new HashMap<>();

  private final ScratchStories stories = new ScratchStories();
  private boolean committed;

  private SolrWriter(
      SolrCollection collection,
      String target,
      String replaced,
      boolean building,
      boolean routedByStory) {
    this.collection = collection;
    this.target = target;
    this.replaced = replaced;
    this.building = building;
    this.routedByStory = routedByStory;
  }

  /**
   * A writer for the archive {@code name} on the SolrCloud reached through {@code solrUrls},
   * uploading the configset and creating a collection of {@code shards} × {@code replicas} when one
   * is built.
   *
   * @param full whether to build a new collection even though {@code name} exists
   */
  public static SolrWriter open(
      List<String> solrUrls, String name, boolean full, int shards, int replicas)
      throws IOException {
    SolrCollection collection = SolrCollection.connect(solrUrls, name);
    try {
      CloudSolrClient client = collection.client();
      List<String> collections = CollectionAdminRequest.listCollections(client);
      String current = client.getClusterStateProvider().resolveSimpleAlias(name);
      boolean alias = !current.equals(name);
      if (!full && (alias || collections.contains(name))) {
        return new SolrWriter(collection, current, null, false, collection.routedByStory(current));
      }
      if (collections.contains(name)) {
        throw new IOException(
            "--full rebuilds into a new collection and moves the alias '"
                + name
                + "' to it, but '"
                + name
                + "' is a collection, not an alias; reindex into a new name once, or delete it");
      }
      for (String leftover : collections) {
        // A rebuild that never reached its commit (a crash) left this behind; nobody reads it.
        if (leftover.startsWith(name + "_") && !leftover.equals(current)) {
          CollectionAdminRequest.deleteCollection(leftover).process(client);
        }
      }
      String built = name + "_" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
      CollectionAdminRequest.Create create =
          CollectionAdminRequest.createCollection(
              built, Configset.upload(client), shards, replicas);
      create.setRouterField(ArticleSchema.STORY);
      create.setWaitForFinalState(true);
      create.process(client);
      return new SolrWriter(collection, built, alias ? current : null, true, true);
    } catch (SolrServerException | RuntimeException e) {
      collection.close();
      throw new IOException("SolrCloud refused to prepare '" + name + "': " + e.getMessage(), e);
    }
  }

  /** The collection this writer writes into. */
  public String target() {
    return target;
  }

  /**
   * The document for {@code article}, in the story of the earliest article it is a near-duplicate
   * of (see {@link ScratchStories}); documents must be built in reading order.
   */
  @Override
  public SolrInputDocument document(Article article, String hash) {
    try {
      return SolrArticles.toSolr(article, hash, stories.assign(article, hash));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(String id, SolrInputDocument document) throws IOException {
    pending.add(document);
    if (pending.size() == BATCH) {
      flush();
    }
  }

  /**
   * Replace the article {@code id}; on a collection routed by story, when the article's story
   * changed, its earlier document is deleted from the shard of its earlier story first.
   */
  @Override
  public void upsert(String id, SolrInputDocument document) throws IOException {
    if (routedByStory) {
      String story = (String) document.getFieldValue(ArticleSchema.STORY);
      String earlier = storedStories.put(id, story);
      if (!story.equals(earlier)) {
        flush(); // the earlier version may still be waiting to be sent
        forget(id, earlier);
      }
    }
    add(id, document);
  }

  @Override
  public void delete(String id) throws IOException {
    forget(id, storedStories.remove(id));
    if (deleting == BATCH) {
      flush();
    }
  }

  /**
   * Delete the document {@code id} in {@code story} at the next flush: on a collection routed by
   * story, on that story's shard; by a query every shard runs when the story is not known (an
   * article written twice in one run, whose first version went out as an addition).
   */
  private void forget(String id, String story) {
    if (!routedByStory) {
      deletions.deleteById(id);
    } else if (story != null) {
      deletions.deleteById(id, story);
    } else {
      deletions.deleteByQuery(SolrQueryCompiler.anyOf(ArticleSchema.ID, List.of(id)));
    }
    deleting++;
  }

  /**
   * The hash and origin of every article in the collection written to, walked with a cursor; each
   * is also copied, with its story, for the documents built from now on to join their stories.
   */
  @Override
  public Map<String, StoredArticle> stored() throws IOException {
    Map<String, StoredArticle> indexed = new HashMap<>();
    String mark = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", SolrQueryCompiler.EVERYTHING);
      params.set("fl", STORED_FIELDS);
      params.set("sort", ArticleSchema.ID + " asc");
      // As many as an export takes at a time: each comes with its body.
      params.set("rows", SolrExport.BATCH);
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, mark);
      QueryResponse response = collection.query(target, params);
      for (SolrDocument doc : response.getResults()) {
        Article article = SolrArticles.article(doc);
        String hash = (String) doc.getFirstValue(ArticleSchema.HASH);
        indexed.put(
            article.id(),
            new StoredArticle(hash, (String) doc.getFirstValue(ArticleSchema.ORIGIN)));
        long story = storyOf(doc, article);
        stories.add(article, hash, story);
        if (routedByStory) {
          storedStories.put(article.id(), Long.toString(story));
        }
      }
      if (mark.equals(response.getNextCursorMark())) {
        stories.copied();
        return indexed;
      }
      mark = response.getNextCursorMark();
    }
  }

  /** The story of a stored article: its own when written before the collection kept stories. */
  private static long storyOf(SolrDocument doc, Article article) {
    return doc.getFirstValue(ArticleSchema.STORY) == null
        ? StorySignature.storyOf(article.id())
        : SolrArticles.story(doc);
  }

  /**
   * Send what is left, commit, and for a new collection move the alias and drop the old one; then
   * record the tagging tables as a property of the alias (SolrCloud keeps no data with a commit),
   * which a plain collection, having no alias, goes without.
   */
  @Override
  public void commit(String taggingTables) throws IOException {
    flush();
    CloudSolrClient client = collection.client();
    try {
      client.commit(target, true, true);
      if (building) {
        CollectionAdminRequest.createAlias(collection.name(), target).process(client);
        if (replaced != null) {
          CollectionAdminRequest.deleteCollection(replaced).process(client);
        }
      }
      if (!target.equals(collection.name())) {
        CollectionAdminRequest.setAliasProperty(collection.name())
            .addProperty(SolrCollection.TAGGING_TABLES, taggingTables)
            .process(client);
      }
      committed = true;
    } catch (SolrServerException e) {
      throw new IOException("SolrCloud did not commit: " + e.getMessage(), e);
    }
  }

  /**
   * Release the connection; a collection being built that was never committed is deleted, since no
   * alias points at it. (SolrCloud cannot roll back: an update that failed half-way leaves its sent
   * documents for the collection's next commit.)
   */
  @Override
  public void close() throws IOException {
    try {
      if (building && !committed) {
        CollectionAdminRequest.deleteCollection(target).process(collection.client());
      }
    } catch (SolrServerException e) {
      throw new IOException("cannot delete the unfinished collection " + target, e);
    } finally {
      try (stories) {
        collection.close();
      }
    }
  }

  /** Send the deletions, then the documents: a moved article's earlier version goes first. */
  private void flush() throws IOException {
    try {
      if (deleting > 0) {
        deletions.process(collection.client(), target);
        deletions = new UpdateRequest();
        deleting = 0;
      }
      if (!pending.isEmpty()) {
        collection.client().add(target, pending);
        pending.clear();
      }
    } catch (SolrServerException e) {
      throw new IOException("SolrCloud refused a batch: " + e.getMessage(), e);
    }
  }
}
