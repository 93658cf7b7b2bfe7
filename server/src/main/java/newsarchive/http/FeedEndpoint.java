package newsarchive.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import newsarchive.feed.AtomFeed;
import newsarchive.feed.FeedHead;
import newsarchive.search.SearchRequest;
import newsarchive.search.SearchService;
import newsarchive.search.SortOrder;

/**
 * {@code GET /feed.atom}: the newest articles matching the search parameters as an Atom feed, with
 * an ETag (the index version and the request) and a Last-Modified (the last commit) so that a feed
 * reader polling it gets a 304 until the archive changes.
 */
final class FeedEndpoint implements Handler {

  /** How many of the newest matches a feed lists. */
  static final int ENTRIES = 50;

  private final SearchService service;

  FeedEndpoint(SearchService service) {
    this.service = service;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    SearchRequest request = Params.searchRequest(ctx, service).withSort(SortOrder.NEWEST);
    String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    URI base = URI.create(ctx.url()).resolve("/");
    // Read before the articles: should a commit land in between, the next poll sees a new tag.
    String etag = "\"" + Long.toHexString(service.version()) + "-" + digest(base + query) + "\"";
    Instant committed = service.health().lastCommit();
    Instant updated = committed == null ? Instant.EPOCH : committed.truncatedTo(ChronoUnit.SECONDS);
    ctx.header("ETag", etag);
    ctx.header(
        "Last-Modified",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(updated.atZone(ZoneOffset.UTC)));
    ctx.header("Cache-Control", "no-cache");
    if (unchanged(ctx, etag, updated)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    request = service.asAnswered(request);
    ctx.contentType("application/atom+xml; charset=utf-8");
    Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    FeedHead head =
        new FeedHead(
            "Newsarchive: " + SearchTitle.of(request),
            base.resolve("feed.atom" + query),
            query.isEmpty() ? base : base.resolve(query),
            updated);
    AtomFeed feed = new AtomFeed(out, head, base, ENTRIES);
    service.export(request, true, feed);
    feed.end();
    out.flush();
  }

  /**
   * Whether the client already has this version: If-None-Match naming the tag (or {@code *}) or,
   * without it, If-Modified-Since no earlier than the last commit (RFC 9110, section 13.2.2).
   */
  private static boolean unchanged(Context ctx, String etag, Instant updated) {
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null) {
      return Arrays.stream(ifNoneMatch.split(","))
          .map(tag -> tag.strip().replaceFirst("^W/", ""))
          .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
    String ifModifiedSince = ctx.header("If-Modified-Since");
    if (ifModifiedSince == null) {
      return false;
    }
    try {
      Instant since =
          ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !updated.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // RFC 9110: an invalid date is ignored
    }
  }

  /** A short fingerprint of {@code text}. */
  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
