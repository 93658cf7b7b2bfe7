package newsarchive.feed;

import java.net.URI;
import java.time.Instant;

/**
 * What an Atom feed says about itself.
 *
 * @param title the feed's title
 * @param self the feed's own address, also its id
 * @param page the address of the search page the feed follows
 * @param updated when the feed last changed: the index's last commit
 */
public record FeedHead(String title, URI self, URI page, Instant updated) {}
