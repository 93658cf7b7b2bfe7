package newsarchive.enrich;

/**
 * A wire story and another outlet's sentence-by-sentence rewording of it: the same names and
 * figures in the same order, hardly a shingle or a headline word in common.
 */
public final class RewordedCopy {

  public static final String WIRE_TITLE =
      "Broadcom forecasts upbeat second-quarter revenue on AI chip demand";

  public static final String WIRE =
      "Broadcom forecast second-quarter revenue above Wall Street estimates on Thursday, betting"
          + " on demand for its custom AI chips from Google, Meta and ByteDance, sending its shares"
          + " up 16% in extended trading. The company expects revenue of about $14.9 billion,"
          + " against the $14.61 billion analysts expected, according to LSEG. Revenue from AI"
          + " chips rose 77% to $4.1 billion, and Broadcom expects $4.4 billion from them in the"
          + " quarter. Chief executive Hock Tan said Broadcom was working with OpenAI and Apple on"
          + " accelerators of their own.";

  public static final String REWORDED_TITLE =
      "Broadcom's AI chip revenue jumps 77%, shares surge after hours";

  public static final String REWORDED =
      "Broadcom on Thursday projected quarterly sales ahead of what Wall Street had pencilled in,"
          + " counting on its made-to-order AI processors for Google, Meta and ByteDance, and the"
          + " stock climbed 16 percent after the bell. It sees sales of roughly $14.9 billion,"
          + " where LSEG's poll of analysts stood at $14.61 billion. Sales of AI silicon jumped 77"
          + " percent to $4.1 billion, with $4.4 billion more pencilled in for the coming three"
          + " months. Hock Tan, who runs Broadcom, told analysts that OpenAI and Apple were among"
          + " the clients designing accelerators with it.";

  private RewordedCopy() {}
}
