package newsarchive.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The effectiveness of one ranking, or the mean over many, with trec_eval's definitions: {@code
 * ndcg_cut_10} (gain = the grade, discount log2(rank + 1), the ideal ranking from every judged
 * article), {@code map_cut_100} (precision at each relevant article in the first 100, summed and
 * divided by all relevant articles), {@code P_10} and {@code recall_100}. An article is relevant
 * when its grade is 1 or more.
 *
 * @param ndcg10 normalised discounted cumulative gain of the first 10
 * @param map100 average precision over the first 100 (its mean over topics is MAP)
 * @param p10 the share of the first 10 that are relevant
 * @param r100 the share of the relevant articles found in the first 100
 */
public record Effectiveness(double ndcg10, double map100, double p10, double r100) {

  /** The figures of {@code ranking} (article ids, best first) against {@code grades}. */
  public static Effectiveness of(List<String> ranking, Map<String, Integer> grades) {
    long relevant = grades.values().stream().filter(grade -> grade > 0).count();
    double dcg = 0;
    double precisionSum = 0;
    int found10 = 0;
    int found100 = 0;
    for (int i = 0; i < Math.min(100, ranking.size()); i++) {
      int grade = Math.max(0, grades.getOrDefault(ranking.get(i), 0));
      if (grade == 0) {
        continue;
      }
      found100++;
      precisionSum += found100 / (double) (i + 1);
      if (i < 10) {
        found10++;
        dcg += grade / log2(i + 2);
      }
    }
    List<Integer> ideal =
        grades.values().stream().filter(grade -> grade > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return new Effectiveness(
        idcg == 0 ? 0 : dcg / idcg,
        relevant == 0 ? 0 : precisionSum / relevant,
        found10 / 10.0,
        relevant == 0 ? 0 : found100 / (double) relevant);
  }

  /** The mean of each figure over {@code figures} (zero when there are none). */
  public static Effectiveness mean(List<Effectiveness> figures) {
    int n = Math.max(1, figures.size());
    return new Effectiveness(
        figures.stream().mapToDouble(Effectiveness::ndcg10).sum() / n,
        figures.stream().mapToDouble(Effectiveness::map100).sum() / n,
        figures.stream().mapToDouble(Effectiveness::p10).sum() / n,
        figures.stream().mapToDouble(Effectiveness::r100).sum() / n);
  }

  /** The figures as {@code eval} prints them: {@code nDCG@10=0.8123 MAP@100=0.2391 …}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "nDCG@10=%.4f MAP@100=%.4f P@10=%.4f R@100=%.4f", ndcg10, map100, p10, r100);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
