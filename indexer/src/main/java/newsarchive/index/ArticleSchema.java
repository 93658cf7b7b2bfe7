package newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsarchive.article.Article;
import newsarchive.article.Origin;
import newsarchive.enrich.StorySignature;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The index schema: every field name, analyzer and facet dimension of the archive, each with the
 * reason for its type. The indexer writes documents and the searcher reads them only through this
 * class, so no field name is spelled anywhere else.
 */
public final class ArticleSchema {

  /** Stable article id; a keyword so that reindexing can update and delete by it. */
  public static final String ID = "id";

  /**
   * Headline; analysed English text, stored, with positions for phrases. Title and body postings
   * keep no offsets: the highlighter re-analyses the text each hit has read anyway, a few
   * hundredths of a millisecond per hit, where offsets took a seventh of the index.
   */
  public static final String TITLE = "title";

  /**
   * Article text; analysed like the title, and stored deflated on its own ({@link CompressedText}):
   * it is most of the index, and a page reads only a few bodies.
   */
  public static final String BODY = "body";

  /**
   * Unstemmed lower-case words of title and body, not stored: the vocabulary for "did you mean" and
   * for prefix completion, which read badly on stems ("exclus"). The writer takes them from the
   * title's and body's own analysis ({@link IndexingAnalyzer}) rather than reading both again.
   */
  public static final String WORDS = "words";

  /** Publication time in epoch milliseconds: points for range filters, doc values for sorting. */
  public static final String PUBLISHED = "published";

  /** Publisher or feed title; a facet dimension and an exact-match filter. */
  public static final String SOURCE = "source";

  /** Canonical company names; a multi-valued facet dimension and an exact-match filter. */
  public static final String COMPANY = "company";

  /**
   * The companies an article is about (of {@link #COMPANY}: in the title or first paragraph, or
   * named at least twice); a multi-valued facet dimension and exact-match filter of its own, so
   * that the vendor filter and counts can be limited to subjects by swapping one field for the
   * other. It is not in {@link #FACET_DIMENSIONS}, so a page lists only one company facet.
   */
  public static final String SUBJECT_COMPANY = "subject_company";

  /** Taxonomy topics; a multi-valued facet dimension and an exact-match filter. */
  public static final String TOPIC = "topic";

  /** The article's address; stored only, shown and linked. */
  public static final String URL = "url";

  /** Bylines; stored only. */
  public static final String AUTHOR = "author";

  /**
   * File (and line or item) the article came from; stored only, since the reindex reads it back
   * (never searches it) to find vanished articles.
   */
  public static final String ORIGIN = "origin";

  /**
   * Hash of everything indexed about the article; stored only, since the reindex reads it back
   * (never searches it) to skip unchanged articles.
   */
  public static final String HASH = "hash";

  /**
   * Near-duplicate group: every copy of one story (wire copies, rewrites, corrections) holds the
   * same number, that of the story's first article ({@link StoryAssigner}). Points to fetch a
   * story's copies, doc values to collapse and count by story and for the next reindex to read
   * back; not stored, since the doc values serve that reindex as well.
   */
  public static final String STORY = "story";

  /**
   * The {@link StorySignature} text band keys, four bytes each, indexed only (documents, no
   * frequencies, positions or norms): the reindex finds an article's candidate copies among the
   * articles already indexed by the bands they share (and by their headlines, through {@link
   * #TITLE}), and confirms them on signatures recomputed from their stored text, so neither the
   * sketch nor the headline bands are kept in the index.
   */
  public static final String STORY_BAND = "storyBand";

  /**
   * The schema's version, part of every article's content hash: bump it when documents change
   * shape, so the next incremental reindex rewrites every article instead of skipping them.
   */
  public static final int VERSION = 9;

  /**
   * A facet dimension: the field it counts and filters, what a person calls it, and where an
   * article's values come from. Adding one to {@link #DIMENSIONS} (with the tagging that gives
   * articles its values) is all the index, the search and the page need: each commit records its
   * dimensions, and the search and the page list those.
   */
  public record FacetDimension(String name, String label, Function<Article, List<String>> values) {}

  /** Facet dimensions with their labels, in the order a page shows them. */
  public static final List<FacetDimension> DIMENSIONS =
      List.of(
          new FacetDimension(COMPANY, "Company", Article::companies),
          new FacetDimension(TOPIC, "Topic", Article::topics),
          new FacetDimension(
              SOURCE,
              "Source",
              article -> article.source() == null ? List.of() : List.of(article.source())));

  /**
   * The names of the {@link #DIMENSIONS}, in the same order: the dimensions of the SolrCloud
   * collection, whose fields are made for these.
   */
  public static final List<String> FACET_DIMENSIONS =
      DIMENSIONS.stream().map(FacetDimension::name).toList();

  /** Commit user-data key holding the commit time (epoch milliseconds). */
  public static final String COMMITTED_AT = "committedAt";

  /**
   * Commit user-data key holding which tagging tables the last reindex used, as the reindex printed
   * it.
   */
  public static final String TAGGING_TABLES = "taggingTables";

  /**
   * Commit user-data key holding the facet dimensions the index was written with, one per line as
   * name, tab, label, in display order; see {@link #describe} and {@link #described}.
   */
  public static final String DIMENSIONS_DATA = "facetDimensions";

  /** Commit user-data key holding the {@link #VERSION} of the schema the index was written with. */
  public static final String SCHEMA_VERSION = "schemaVersion";

  /**
   * How {@link #WORDS} is indexed: the spell checker and completion read only terms and document
   * frequencies, so no positions (a third of the size); and no length norms, as in the SolrCloud
   * schema, so that an exact form scores by its rarity alone, whatever the article's length (judged
   * queries: held-out nDCG@10 0.8885 to 0.9025 and MAP@100 0.8568 to 0.8664, dev nDCG@10 within
   * 0.001 and MAP@100 0.9301 to 0.9357).
   */
  public static final FieldType WORDS_ONLY = wordsOnly();

  private static final FacetsConfig.DimConfig MULTI_VALUED = multiValued();

  /** Every dimension, whichever the indexer was given, is multi-valued. */
  private static final FacetsConfig FACETS =
      new FacetsConfig() {
        @Override
        protected DimConfig getDefaultDimConfig() {
          return MULTI_VALUED;
        }
      };

  private ArticleSchema() {}

  /**
   * The analysis depends on this code, not on an index, and analyzers are thread-safe: one instance
   * serves every writer, search and highlight for the life of the process.
   */
  private static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          new EnglishText(), Map.of(WORDS, new StandardAnalyzer(CharArraySet.EMPTY_SET)));

  /**
   * The analyzer for querying and highlighting: English (possessives, lower case, stop words,
   * Porter stemming) for the text fields, plain lower-cased words with no stop words for {@link
   * #WORDS}. The writer's {@link IndexingAnalyzer} makes the same terms.
   */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /** The terms {@link #analyzer()} makes of {@code text} in {@code field}, in order. */
  public static List<String> terms(String field, String text) {
    return terms(ANALYZER, field, text);
  }

  /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string's tokens are never read from a device
    }
    return terms;
  }

  /** The facets configuration: every dimension multi-valued, one doc-values field per index. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /**
   * Build the Lucene document for an article whose indexed content hashes to {@code hash}, as a
   * story of its own.
   */
  public static Document toDocument(Article article, String hash) {
    return toDocument(
        article,
        hash,
        StorySignature.of(article.title(), article.body()),
        StorySignature.storyOf(article.id()),
        DIMENSIONS);
  }

  /**
   * Build the Lucene document for an article whose indexed content hashes to {@code hash}, with its
   * near-duplicate {@code signature}, in the story {@code story}, with the facet values of {@code
   * dimensions}.
   */
  public static Document toDocument(
      Article article,
      String hash,
      StorySignature signature,
      long story,
      List<FacetDimension> dimensions) {
    Document doc = new Document();
    doc.add(new KeywordField(ID, article.id(), Field.Store.YES));
    doc.add(new LongField(STORY, story, Field.Store.NO));
    for (int band : signature.textBands()) {
      doc.add(new StringField(STORY_BAND, bandTerm(band), Field.Store.NO));
    }
    doc.add(new StoredField(HASH, hash));
    doc.add(new StoredField(ORIGIN, article.origin().toString()));
    doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
    doc.add(new Field(BODY, article.body(), TextField.TYPE_NOT_STORED));
    doc.add(new StoredField(BODY, CompressedText.compress(article.body())));
    // No text of its own: the writer's analyzer replays the words of the title and body above.
    doc.add(new Field(WORDS, "", WORDS_ONLY));
    if (article.published() != null) {
      doc.add(new LongField(PUBLISHED, article.published().toEpochMilli(), Field.Store.YES));
    }
    if (article.url() != null) {
      doc.add(new StoredField(URL, article.url()));
    }
    for (String author : article.authors()) {
      doc.add(new StoredField(AUTHOR, author));
    }
    for (FacetDimension dimension : dimensions) {
      addFacet(doc, dimension.name(), dimension.values().apply(article));
    }
    addFacet(doc, SUBJECT_COMPANY, article.subjects());
    try {
      return FACETS.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The term of one story band key. */
  public static BytesRef bandTerm(int band) {
    return new BytesRef(
        new byte[] {(byte) (band >>> 24), (byte) (band >>> 16), (byte) (band >>> 8), (byte) band});
  }

  /** Read an article back from a document's stored fields. */
  public static Article fromDocument(Document doc) {
    IndexableField published = doc.getField(PUBLISHED);
    return new Article(
        doc.get(ID),
        doc.get(TITLE),
        body(doc),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        doc.get(SOURCE),
        doc.get(URL),
        List.of(doc.getValues(AUTHOR)),
        List.of(doc.getValues(COMPANY)),
        List.of(doc.getValues(TOPIC)),
        Origin.parse(doc.get(ORIGIN)),
        List.of(doc.getValues(SUBJECT_COMPANY)));
  }

  /**
   * The stored body: deflated since schema 5, plain text in older indexes, which the server still
   * answers from until the next reindex rewrites them.
   */
  static String body(Document doc) {
    BytesRef deflated = doc.getBinaryValue(BODY);
    return deflated != null ? CompressedText.decompress(deflated) : doc.get(BODY);
  }

  private static void addFacet(Document doc, String dimension, List<String> values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
        doc.add(new StoredField(dimension, value));
      }
    }
  }

  /**
   * The commit user data naming {@code dimensions}, for {@link #DIMENSIONS_DATA}: a line per
   * dimension, its name and label separated by a tab.
   */
  public static String describe(List<FacetDimension> dimensions) {
    return dimensions.stream()
        .map(dimension -> dimension.name() + "\t" + dimension.label())
        .collect(Collectors.joining("\n"));
  }

  /**
   * The names and labels of the dimensions {@link #describe} wrote, or those of {@link #DIMENSIONS}
   * for an index that recorded none (written before dimensions were recorded).
   */
  public static Map<String, String> described(String data) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (data == null || data.isEmpty()) {
      DIMENSIONS.forEach(dimension -> labels.put(dimension.name(), dimension.label()));
    } else {
      for (String line : data.split("\n")) {
        int tab = line.indexOf('\t');
        labels.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return Collections.unmodifiableMap(labels);
  }

  private static FacetsConfig.DimConfig multiValued() {
    FacetsConfig.DimConfig config = new FacetsConfig.DimConfig();
    config.multiValued = true;
    return config;
  }

  private static FieldType wordsOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
