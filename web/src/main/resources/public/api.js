// Talking to the API: every request the page makes, and what a failed one means to a person.

// The last word also matches as the start of longer words, so an unfinished word ("nvid") finds
// articles while it is typed. Always sent, never in the page address: a shared link reads the same.
const PREFIX = 'last';
const FACET_SIZE = 50; // values asked for per facet, so "show more" needs no second request

class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `The server answered ${status}.`);
    this.status = status;
  }
}

class OfflineError extends Error {}

/** Fetch JSON, turning network failures and {error, message} answers into errors. */
async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new OfflineError(error.message);
  }
  const body = await response.json().catch(() => null); // a proxy's HTML error page is not JSON
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** The facet dimensions ({name, label}) in display order. */
export async function fetchDimensions() {
  const answer = await getJson('/api/dimensions');
  return (Array.isArray(answer) ? answer : []).filter((d) => d?.name && d?.label);
}

/**
 * One page of results for the search parameters of a state: by story, counting stories, unless the
 * parameters say group=none.
 */
export function fetchResults(params, signal) {
  const query = new URLSearchParams(params);
  if (!query.has('group')) {
    query.set('group', 'story');
    query.set('count', 'stories');
  }
  query.set('facetSize', String(FACET_SIZE));
  query.set('prefix', PREFIX);
  return getJson(`/api/search?${query}`, signal);
}

/** Coverage over time (/api/timeline) for a state's timeline parameters. */
export function fetchTimeline(params, signal) {
  return getJson(`/api/timeline?${params}`, signal);
}

/** The companies in the same articles as one (/api/comentions), with their monthly series. */
export function fetchComentions(params, signal) {
  return getJson(`/api/comentions?${params}`, signal);
}

/** An article, with the words of the query (if any) marked. */
export function fetchArticle(id, q, signal) {
  const query = q ? `?${new URLSearchParams({ q, prefix: PREFIX })}` : '';
  return getJson(`/api/articles/${encodeURIComponent(id)}${query}`, signal);
}

/** The completions ({text, kind, id}) for what the search box holds. */
export async function fetchCompletions(text, signal) {
  const answer = await getJson(`/api/suggest?${new URLSearchParams({ q: text })}`, signal);
  return (Array.isArray(answer) ? answer : []).filter((item) => item?.text);
}

/** A person-readable title and detail for a failed request. */
export function describeFailure(error) {
  if (error instanceof OfflineError) {
    return navigator.onLine
      ? { title: 'Cannot reach the archive server.', detail: 'Check that it is running and try again.' }
      : { title: 'You are offline.', detail: 'The search will run again when the connection is back.' };
  }
  if (error instanceof ApiError && error.status === 404) {
    return { title: 'Not found.', detail: error.message };
  }
  if (error instanceof ApiError && error.status === 429) {
    return { title: 'One moment, please.', detail: error.message };
  }
  if (error instanceof ApiError && error.status < 500) {
    return { title: 'The archive could not run this search.', detail: error.message };
  }
  if (error instanceof ApiError && error.status === 503) {
    return { title: 'The archive cannot answer right now.', detail: error.message };
  }
  return { title: 'The archive server had a problem.', detail: 'Please try again in a moment.' };
}
