package newsarchive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void quantilesAreNearestRanksAndTheSpreadIsTheRangeOverTheMedian() {
    Samples samples = new Samples();
    for (int value = 100; value >= 1; value--) {
      samples.add(value);
    }
    assertEquals(
        List.of(1.0, 50.0, 99.0, 100.0, 1.98),
        List.of(
            samples.quantile(0),
            samples.median(),
            samples.quantile(0.99),
            samples.quantile(1),
            samples.spread()));
  }

  @Test
  void oneMeasurementHasNoSpread() {
    Samples samples = new Samples();
    samples.add(4.2);
    assertEquals(List.of(4.2, 0.0), List.of(samples.median(), samples.spread()));
  }
}
