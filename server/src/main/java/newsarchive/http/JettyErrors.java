package newsarchive.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, to requests that never reach a route: an address that does not
 * decode (a {@code %} not followed by two hex digits, bytes that are not UTF-8, a NUL) or a request
 * line or headers over the limit ({@link ServerLimits}). They carry the API's JSON error body, as
 * every other refusal does, instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

  private static final String JSON = "application/json;charset=utf-8";

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback done) {
    response.setStatus(code);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body(code, message)), done);
  }

  /** The answer to a request so malformed that Jetty could not even read it as one. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, JSON);
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int status, String reason) {
    ErrorBody body =
        switch (status) {
          case HttpStatus.BAD_REQUEST_400 ->
              new ErrorBody(
                  "bad_request",
                  "The request cannot be read"
                      + (reason == null || reason.equals(HttpStatus.getMessage(status))
                          ? ""
                          : " (" + reason + ")")
                      + ". Check its address: a % must be followed by two hex digits, escaped"
                      + " bytes must be UTF-8, and control characters are not allowed.");
          case HttpStatus.URI_TOO_LONG_414, HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
              new ErrorBody(
                  "too_large",
                  "The request's address and headers may hold at most "
                      + ServerLimits.DEFAULT.requestHeaderBytes() / 1024
                      + " KB; shorten the query or send fewer parameters.");
          default ->
              new ErrorBody(
                  "http_" + status,
                  "The server could not answer this request: "
                      + HttpStatus.getMessage(status)
                      + ".");
        };
    try {
      return Json.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("two strings always make JSON", e);
    }
  }
}
