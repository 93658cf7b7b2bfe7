// The current search taken away: every matching article downloaded (CSV, JSON Lines) from
// /api/export, or the newest ones followed as an Atom feed from /feed.atom. Both take the search
// parameters the page address has, less the page (an export has none, a feed is the newest).

import { ui } from './dom.js';
import { paramsOf } from './state.js';

/** Point the download links, the Subscribe link and the page's feed link at this state's search. */
export function renderTakeAway(state) {
  const search = paramsOf({ ...state, page: 1, size: '', article: '' }, false);
  ui.downloadCsv.href = withParams('/api/export', search, { format: 'csv' });
  ui.downloadJsonl.href = withParams('/api/export', search, { format: 'jsonl' });
  const feed = withParams('/feed.atom', search, {});
  ui.subscribe.href = feed;
  ui.feedLink.href = feed;
}

/** `path` with the search parameters and `extra` ones, e.g. /api/export?format=csv&q=cloud. */
function withParams(path, search, extra) {
  const params = new URLSearchParams(extra);
  for (const [name, value] of search) params.append(name, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
