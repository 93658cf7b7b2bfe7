package newsarchive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsarchive.article.Article;
import newsarchive.corpus.ArticleSink;
import newsarchive.corpus.CorpusReader;
import newsarchive.corpus.Problem;
import org.junit.jupiter.api.Test;

class ArticleTaggerTest {

  static final Path CORPUS = Path.of("../corpus").toAbsolutePath().normalize();
  static final Path SAMPLE =
      CORPUS.resolve("articles/2026/2026-04-29-openai-adds-amazon-cloud.txt");

  private static Article read(Path root, Path file) {
    Article[] read = new Article[1];
    new CorpusReader()
        .read(
            root,
            file,
            new ArticleSink() {
              @Override
              public void article(Article article) {
                read[0] = article;
              }

              @Override
              public void problem(Problem problem) {}
            });
    return read[0];
  }

  @Test
  void theSampleArticleIsAboutOpenAiMicrosoftAndAmazonPartnershipsInTheCloud() throws Exception {
    Article tagged = ArticleTagger.forCorpora(List.of(CORPUS)).tag(read(CORPUS, SAMPLE));

    assertEquals(List.of("OpenAI", "Microsoft", "Amazon"), tagged.companies());
    assertTrue(
        tagged.topics().containsAll(List.of("Partnerships", "Cloud")), tagged.topics().toString());
  }

  @Test
  void companiesAndTopicsGivenInTheInputWin() throws Exception {
    Path texts = Path.of("src/test/resources/corpus/text").toAbsolutePath();
    Article tagged =
        ArticleTagger.forCorpora(List.of(CORPUS))
            .tag(read(texts, texts.resolve("with-metadata.txt")));

    assertEquals(List.of("Nvidia", "Mellanox"), tagged.companies());
    assertEquals(List.of("Acquisitions", "Chips"), tagged.topics());
  }

  @Test
  void withoutTablesNothingIsTagged() throws Exception {
    Path texts = Path.of("src/test/resources/corpus/text").toAbsolutePath();
    Article tagged = ArticleTagger.forCorpora(List.of(texts)).tag(read(CORPUS, SAMPLE));

    assertEquals(List.of(), tagged.companies());
    assertEquals(List.of(), tagged.topics());
  }
}
