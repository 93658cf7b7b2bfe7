package newsarchive.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.index.ArticleSchema;
import newsarchive.query.UserQueryParser;
import newsarchive.search.Prefix;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Marked titles, snippets and paragraphs: every character of the article escaped, matches marked.
 */
class SnippetsTest {

  @RegisterExtension static final FixtureSnapshot fixture = new FixtureSnapshot();

  @Test
  void hostileTitleAndBodyAreEscapedAroundTheMarks() throws Exception {
    Snippets.Marked marked = forHits("chips", "a11", "a04");

    assertEquals(
        List.of(
            "&lt;script&gt;alert(1)&lt;/script&gt; Amazon <mark>chip</mark> news",
            "Nvidia unveils Blackwell GPUs for data centres"),
        marked.titles());
    assertEquals(
        List.of(
            "&lt;img src=x onerror=alert(1)&gt; Amazon showed new Trainium <mark>chips</mark> for"
                + " its cloud.\n\nAnalysts said &quot;the <mark>chips</mark>&quot; &amp; the cloud"
                + " matter.",
            "Nvidia presented the Blackwell architecture, a new generation of GPUs for training"
                + " large models in data centres."),
        marked.bodies());
  }

  @Test
  void aPhraseIsMarkedAsOneWhereItsWordsStandTogether() throws Exception {
    Snippets.Marked marked = forHits("\"exclusive cloud\"", "a02");

    assertEquals(List.of("Microsoft and OpenAI extend their partnership"), marked.titles());
    assertEquals(
        List.of(
            "Microsoft announced a multiyear, multibillion dollar investment in OpenAI.\n\n"
                + "Azure remains the <mark>exclusive cloud</mark> provider for OpenAI workloads."),
        marked.bodies());
  }

  @Test
  void markedParagraphsAreTheWholeBodySplitAtBlankLines() throws Exception {
    Article hostile = article("a11");

    List<String> paragraphs =
        Snippets.markedParagraphs(fixture.snapshot(), query("chips"), doc("a11"), hostile);

    assertEquals(
        List.of(
            "&lt;img src=x onerror=alert(1)&gt; Amazon showed new Trainium <mark>chips</mark> for"
                + " its cloud.",
            "Analysts said &quot;the <mark>chips</mark>&quot; &amp; the cloud matter."),
        paragraphs);
  }

  @Test
  void paragraphsAreSplitAtBlankLinesTrimmedAndNeverEmpty() {
    assertEquals(
        List.of("One.", "Two <b>", "Three."),
        Snippets.paragraphs("One.\n\n  Two <b> \n \n\n\nThree.\n\n"));
  }

  /** The marked titles and bodies of the articles with these ids, in that order. */
  private static Snippets.Marked forHits(String query, String... ids) throws IOException {
    int[] docs = new int[ids.length];
    Article[] articles = new Article[ids.length];
    for (int i = 0; i < ids.length; i++) {
      docs[i] = doc(ids[i]);
      articles[i] = article(ids[i]);
    }
    return Snippets.forHits(fixture.snapshot(), query(query), docs, List.of(articles));
  }

  private static Query query(String text) {
    return new QueryCompiler(fixture.snapshot()).compile(UserQueryParser.parse(text, Prefix.NONE));
  }

  private static int doc(String id) throws IOException {
    return fixture
        .snapshot()
        .search(new TermQuery(new Term(ArticleSchema.ID, id)), 1)
        .scoreDocs[0]
        .doc;
  }

  private static Article article(String id) {
    return FixtureCorpus.ARTICLES.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }
}
