package careersearch.server.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalaryStatsTest {
  @Test
  void nearestRankIsAFigureThatWasReported() {
    long[] ten = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    assertEquals(10, SalaryStats.nearestRank(ten, 10)); // rank ceil(1.0) = 1
    assertEquals(30, SalaryStats.nearestRank(ten, 25)); // rank ceil(2.5) = 3
    assertEquals(50, SalaryStats.nearestRank(ten, 50)); // even count: the lower middle one
    assertEquals(80, SalaryStats.nearestRank(ten, 75)); // rank ceil(7.5) = 8
    assertEquals(90, SalaryStats.nearestRank(ten, 90));
    assertEquals(7, SalaryStats.nearestRank(new long[] {7}, 10));
    long[] thirty = new long[30];
    for (int i = 0; i < 30; i++) {
      thirty[i] = i + 1;
    }
    assertEquals(3, SalaryStats.nearestRank(thirty, 10)); // exactly rank 3, no rounding up
  }

  @Test
  void percentileRankCountsTiesHalf() {
    long[] sorted = {100, 200, 200, 300};
    assertEquals(0.0, SalaryStats.percentileRank(sorted, 50));
    assertEquals(12.5, SalaryStats.percentileRank(sorted, 100));
    assertEquals(50.0, SalaryStats.percentileRank(sorted, 200));
    assertEquals(75.0, SalaryStats.percentileRank(sorted, 250));
    assertEquals(100.0, SalaryStats.percentileRank(sorted, 301));
  }

  @Test
  void meanRoundsHalvesUp() {
    assertEquals(2, SalaryStats.mean(new long[] {1, 2}));
    assertEquals(1, SalaryStats.mean(new long[] {1, 1, 2}));
    assertEquals(150_000, SalaryStats.mean(new long[] {100_000, 200_000}));
  }

  @Test
  void histogramHasEveryBandInOrder() {
    Map<String, Long> h = SalaryStats.histogram(new long[] {49_999, 50_000, 150_000, 300_000});
    assertEquals(
        List.of("under-50k", "50k-100k", "100k-150k", "150k-200k", "200k-300k", "300k-plus"),
        List.copyOf(h.keySet()));
    assertEquals(List.of(1L, 1L, 0L, 1L, 0L, 1L), List.copyOf(h.values()));
  }
}
