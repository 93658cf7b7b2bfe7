package newsarchive.bench;

import java.util.Arrays;

/** A growing list of measurements (latencies in nanoseconds, or rates) with order statistics. */
final class Samples {

  private double[] values = new double[1024];
  private int size;

  /** Record one measurement. */
  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Record every measurement of another list. */
  void addAll(Samples other) {
    for (int i = 0; i < other.size; i++) {
      add(other.values[i]);
    }
  }

  /** The number of measurements. */
  int size() {
    return size;
  }

  /** The value at quantile {@code q} (0.5 is the median), by the nearest-rank method. */
  double quantile(double q) {
    if (size == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * size);
    return sorted[Math.clamp(rank - 1, 0, size - 1)];
  }

  /** The median. */
  double median() {
    return quantile(0.5);
  }

  /** The spread as (largest - smallest) / median, a fraction; 0 for fewer than two values. */
  double spread() {
    if (size < 2) {
      return 0;
    }
    double[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    return (sorted[size - 1] - sorted[0]) / median();
  }
}
