package newsarchive.http;

/** What a request names does not exist: answered with a 404 and this message. */
final class NotFoundException extends RuntimeException {

  /** Nothing exists as {@code message} says. */
  NotFoundException(String message) {
    super(message);
  }
}
