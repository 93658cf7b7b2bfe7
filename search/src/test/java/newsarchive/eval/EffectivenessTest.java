package newsarchive.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectivenessTest {

  private static final double EPSILON = 1e-9;

  @Test
  void figuresFollowTrecEvalDefinitions() {
    // Relevant: a (2), b (1), c (2, never retrieved); x is judged 0, y unjudged.
    Map<String, Integer> grades = Map.of("a", 2, "b", 1, "c", 2, "x", 0);
    Effectiveness figures = Effectiveness.of(List.of("x", "a", "y", "b"), grades);
    double dcg = 2 / log2(3) + 1 / log2(5);
    double idcg = 2 + 2 / log2(3) + 1 / log2(4);
    assertEquals(
        new Effectiveness(dcg / idcg, (1 / 2.0 + 2 / 4.0) / 3, 2 / 10.0, 2 / 3.0).toString(),
        figures.toString());
    assertEquals(dcg / idcg, figures.ndcg10(), EPSILON);
    assertEquals((1 / 2.0 + 2 / 4.0) / 3, figures.map100(), EPSILON);
  }

  @Test
  void onlyTheFirstTenCountForNdcgAndPrecisionAndTheFirstHundredForMap() {
    List<String> ranking = new java.util.ArrayList<>();
    for (int i = 0; i < 150; i++) {
      ranking.add("n" + i);
    }
    ranking.set(10, "a"); // rank 11: past the cut of nDCG@10 and P@10
    ranking.set(120, "b"); // rank 121: past the cut of MAP@100 and R@100
    Effectiveness figures = Effectiveness.of(ranking, Map.of("a", 1, "b", 1));
    assertEquals(0, figures.ndcg10(), EPSILON);
    assertEquals(0, figures.p10(), EPSILON);
    assertEquals(1 / 11.0 / 2, figures.map100(), EPSILON);
    assertEquals(0.5, figures.r100(), EPSILON);
  }

  @Test
  void theMeanIsTakenPerFigure() {
    assertEquals(
        new Effectiveness(0.5, 0.25, 0.3, 0.75),
        Effectiveness.mean(
            List.of(new Effectiveness(1, 0.5, 0.6, 1), new Effectiveness(0, 0, 0, 0.5))));
  }

  @Test
  void aMalformedQrelsLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
    Path qrels = Files.writeString(dir.resolve("qrels.txt"), "q1 0 a 2\nq1 0 b high\n");
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Judgments.read(qrels));
    assertEquals(qrels + ":2: the grade \"high\" is not a whole number", error.getMessage());
  }

  @Test
  void topicsSkipCommentsAndKeepEveryVariant(@TempDir Path dir) throws IOException {
    Path topics =
        Files.writeString(
            dir.resolve("topics.tsv"), "# queries\nq1\tnvidia arm\n\nq1\tnvidea arm\n");
    assertEquals(
        List.of(new Topic("q1", "nvidia arm"), new Topic("q1", "nvidea arm")), Topic.read(topics));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
