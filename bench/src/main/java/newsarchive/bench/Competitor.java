package newsarchive.bench;

/**
 * One way of answering the benchmark's queries.
 *
 * @param name the label in tables and figure keys
 * @param search answers a query and returns its number of hits
 */
record Competitor(String name, Search search) {

  /** Answers one query; returns how many articles match. */
  @FunctionalInterface
  interface Search {
    /** Answer {@code query} and return its total number of hits. */
    long answer(BenchQuery query) throws Exception;
  }
}
