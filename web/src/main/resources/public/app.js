// The Newsarchive search page, its entry module: it holds the page's few pieces of mutable state in
// one object, turns the user's actions into states and shows them. The URL is the state (state.js);
// every request goes through api.js, and every element is made by dom.js.

import { renderArticle, renderArticleFailure, renderArticleLoading } from './article.js';
import { fetchArticle, fetchComentions, fetchDimensions, fetchResults, fetchTimeline } from './api.js';
import { ui } from './dom.js';
import { listenForDates, showDateFields } from './dates.js';
import { renderFacets } from './facets.js';
import { renderList, renderListFailure, setBusy } from './results.js';
import {
  comentionParamsOf, filterCount, grouped, isSelected, labelOf, searchParamsOf, stateFrom, timelineParamsOf, toggled, urlOf,
  withoutFilters,
} from './state.js';
import {
  hideComentions, listenForTrends, renderComentions, renderTimeline, renderTrendsFailure, withCompany,
} from './trends.js';
import { Completions } from './suggest.js';

const TYPE_DELAY_MS = 250;
const BUSY_DELAY_MS = 150; // fast answers should not flash a loading state

const page = {
  dimensions: null, // the facet dimensions ({name, label}) in display order, once the API named them
  current: null, // the state shown
  shownListKey: null, // the search whose results are in the DOM, so returning to them is instant
  shownResult: null, // that search's answer, whose facets are drawn again when only the view changes
  shownQuery: null, // the words that search was for
  shownTrendsKey: null, // the timeline and co-mentions on screen
  trendsRequest: null,
  shownArticleKey: null,
  searchRequest: null,
  articleRequest: null,
  retry: null, // re-runs whatever failed, when the user asks or the browser comes back online
  typeTimer: null,
  expandedFacets: new Set(), // dimensions whose whole list is unfolded
};

const completions = new Completions({ kindLabel, choose });

/** The state a query string holds, with the filters of the dimensions known so far. */
function stateOf(search) {
  return stateFrom(search, page.dimensions ?? []);
}

/** What the render modules need: the state to show, the dimensions and how to navigate. */
function view(state = page.current) {
  return { state, dimensions: page.dimensions ?? [], expanded: page.expandedFacets, go: navigate };
}

// ---------------------------------------------------------------------------------------------
// Moving between states

/**
 * Go to a state: a new history entry (or a replaced one while the user is still typing), then
 * render it. The history entry remembers how many article views deep it is, so Esc can return to
 * the very list the user came from.
 */
function navigate(next, { replace = false, typing = false, toTop = false } = {}) {
  const depth = next.article ? (page.current.article ? articleDepth() + 1 : 1) : 0;
  const entry = { articleDepth: depth, typing };
  if (replace) {
    history.replaceState(entry, '', urlOf(next));
  } else {
    history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
    history.pushState(entry, '', urlOf(next));
  }
  page.current = next;
  render({ scrollY: toTop ? 0 : null });
}

/** How many article views the current history entry is above its result list. */
function articleDepth() {
  return history.state?.articleDepth ?? 0;
}

/** Leave the article view for the result list it was opened from, at its scroll position. */
function closeArticle() {
  const depth = articleDepth();
  if (depth > 0) history.go(-depth);
  else navigate({ ...page.current, article: '' });
}

// ---------------------------------------------------------------------------------------------
// Showing the current state

/** Render the current state: the article view or the result list. */
async function render({ scrollY = null } = {}) {
  if (!page.dimensions && !(await learnDimensions())) return;
  syncControls(page.current);
  if (page.current.article) {
    await showArticle(page.current);
    return;
  }
  const returningTo = ui.articleView.hidden ? null : ui.articleView.dataset.articleId;
  ui.articleView.hidden = true;
  ui.listView.hidden = false;
  const trends = page.current.view === 'trends';
  ui.results.hidden = trends;
  ui.trends.hidden = !trends;
  await Promise.all([loadList(page.current), trends ? loadTrends(page.current) : null]);
  if (returningTo) {
    ui.hits.querySelector(`a[data-article="${CSS.escape(returningTo)}"]`)?.focus({ preventScroll: true });
  }
  const y = scrollY ?? history.state?.scrollY;
  if (y != null) window.scrollTo(0, y);
}

/** Fetch the facet dimensions and read the address again with them; whether that worked. */
async function learnDimensions() {
  try {
    page.dimensions = await fetchDimensions();
  } catch (error) {
    page.retry = render;
    renderListFailure(error, view(), retry);
    return false;
  }
  page.current = stateOf(location.search);
  return true;
}

/** Put the state into the form controls, leaving the box alone while what it holds means the same. */
function syncControls(state) {
  if (ui.input.value.trim() !== state.q) ui.input.value = state.q;
  ui.sort.value = state.sort || (state.q ? 'relevance' : 'newest');
  ui.group.checked = grouped(state);
  showDateFields(state);
  const count = filterCount(state);
  ui.filtersToggle.textContent = count ? `Filters (${count})` : 'Filters';
  for (const link of ui.viewSwitch.querySelectorAll('a')) {
    link.href = urlOf({ ...state, view: link.dataset.view, article: '' });
    if (link.dataset.view === state.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = state.q ? `${state.q} – Newsarchive` : 'Newsarchive';
}

/** Fetch and show the result list for a state, unless it is already on screen. */
async function loadList(state) {
  const key = searchParamsOf(state).toString();
  if (key === page.shownListKey) {
    // Back then forward again fast: what is on screen is wanted, not the answer still on its way.
    page.searchRequest?.abort();
    renderFacets(page.shownResult.facets, view(state)); // the view or its series may have changed
    return;
  }
  page.searchRequest?.abort();
  const request = (page.searchRequest = new AbortController());
  const busy = setTimeout(() => setBusy(true), BUSY_DELAY_MS);
  try {
    const result = await fetchResults(key, request.signal);
    const focusKey = document.activeElement?.dataset?.focusKey;
    renderList(result, view(state));
    page.shownListKey = key;
    page.shownResult = result;
    page.shownQuery = state.q;
    page.retry = null;
    if (focusKey) ui.listView.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  } catch (error) {
    if (error.name === 'AbortError') return;
    page.shownListKey = null;
    page.retry = () => loadList(page.current);
    renderListFailure(error, view(), retry);
  } finally {
    clearTimeout(busy);
    if (request === page.searchRequest) setBusy(false);
  }
}

/** Fetch and show the trends of a state: the timeline, then who appears with its company. */
async function loadTrends(state) {
  const key = `${timelineParamsOf(state)}|${state.with}`;
  if (key === page.shownTrendsKey) return;
  page.trendsRequest?.abort();
  // The chart is redrawn before the co-mentions arrive: until they have, no state is shown whole.
  page.shownTrendsKey = null;
  const request = (page.trendsRequest = new AbortController());
  try {
    const timeline = await fetchTimeline(timelineParamsOf(state), request.signal);
    renderTimeline(timeline, view(state));
    const company = withCompany(state, timeline);
    if (company) {
      renderComentions(await fetchComentions(comentionParamsOf(state, company), request.signal), view(state));
    } else {
      hideComentions();
    }
    page.shownTrendsKey = key;
  } catch (error) {
    if (error.name === 'AbortError') return;
    page.shownTrendsKey = null;
    renderTrendsFailure(error);
  }
}

/** Show the state's article, fetching it unless it is already shown for the same query. */
async function showArticle(state) {
  ui.listView.hidden = true;
  ui.articleView.hidden = false;
  const key = `${state.article}\n${state.q}`;
  if (key !== page.shownArticleKey && !(await loadArticle(state, key))) return;
  window.scrollTo(0, 0);
  ui.articleView.querySelector('h1')?.focus();
}

/**
 * The words to mark in an article: the respelled ones when the list it was opened from showed the
 * results of the respelling ("Showing results for …"), else the words typed.
 */
function markedWords(state) {
  const corrected = page.shownResult?.corrected;
  return corrected && page.shownQuery === state.q ? corrected.query : state.q;
}

/** Fetch and render an article; whether it is now shown. */
async function loadArticle(state, key) {
  page.articleRequest?.abort();
  const request = (page.articleRequest = new AbortController());
  renderArticleLoading(state);
  try {
    renderArticle(await fetchArticle(state.article, markedWords(state), request.signal), view(state));
    page.shownArticleKey = key;
    page.retry = null;
    return true;
  } catch (error) {
    if (error.name === 'AbortError') return false;
    page.shownArticleKey = null;
    page.retry = () => showArticle(page.current);
    renderArticleFailure(error, state, retry);
    return false;
  }
}

/** Run again whatever failed last. */
function retry() {
  page.retry?.();
}

// ---------------------------------------------------------------------------------------------
// The search box and its completions

/** Search for what the box holds; while typing, one history entry follows the words. */
function searchFromBox({ typing }) {
  clearTimeout(page.typeTimer);
  const q = ui.input.value.trim();
  if (q === page.current.q && !page.current.article) return;
  navigate({ ...page.current, q, page: 1, article: '' }, { replace: typing && history.state?.typing, typing });
}

/** How a completion's kind reads: a dimension's label, "Article" for a title. */
function kindLabel(kind) {
  return labelOf(page.dimensions, kind) ?? (kind === 'title' ? 'Article' : kind.charAt(0).toUpperCase() + kind.slice(1));
}

/**
 * Use a completion: a facet value becomes a filter in place of the typed words (which it
 * completes), an article title opens that article, anything else is searched for.
 */
function choose(option) {
  clearTimeout(page.typeTimer);
  if (labelOf(page.dimensions, option.kind)) {
    const base = { ...page.current, q: '', article: '' };
    ui.input.value = '';
    navigate(isSelected(base, option.kind, option.text) ? base : toggled(base, option.kind, option.text));
  } else if (option.id) {
    navigate({ ...page.current, article: option.id });
  } else {
    ui.input.value = option.text;
    searchFromBox({ typing: false });
  }
}

ui.input.addEventListener('input', () => {
  clearTimeout(page.typeTimer);
  page.typeTimer = setTimeout(() => searchFromBox({ typing: true }), TYPE_DELAY_MS);
  completions.schedule();
});

ui.input.addEventListener('keydown', (event) => {
  if (completions.handleKey(event)) return;
  if (event.key === 'Escape' && page.current.article) {
    event.preventDefault(); // leave the article without the search box's own clearing
    event.stopPropagation();
    closeArticle();
  }
});

ui.input.addEventListener('blur', () => completions.close());

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  completions.close();
  searchFromBox({ typing: false });
});

// ---------------------------------------------------------------------------------------------
// Sort and filters

ui.sort.addEventListener('change', () => navigate({ ...page.current, sort: ui.sort.value, page: 1, article: '' }));

ui.group.addEventListener('change', () => navigate({
  ...page.current, group: ui.group.checked ? 'story' : 'none', page: 1, article: '',
}));

ui.clearAll.addEventListener('click', () => navigate(withoutFilters(page.current)));

ui.filtersToggle.addEventListener('click', () => {
  const open = ui.filters.classList.toggle('open');
  ui.filtersToggle.setAttribute('aria-expanded', String(open));
});

listenForDates(() => page.current, navigate);
listenForTrends(() => page.current, navigate);

// ---------------------------------------------------------------------------------------------
// Links, keys and history

/** Whether a click is a plain left click, which the page handles itself. */
function plainClick(event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

// Links inside the page (titles, pages, related articles, did-you-mean, back) navigate without
// reloading; a modified click still opens the link's own address, in a new tab for example.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || !plainClick(event)) return;
  event.preventDefault();
  if (link.dataset.nav === 'back') {
    closeArticle();
    return;
  }
  navigate(stateOf(new URL(link.href).search), { toTop: ['top', 'pair'].includes(link.dataset.nav) });
  if (link.dataset.nav === 'top') ui.heading.focus({ preventScroll: true });
});

document.addEventListener('keydown', (event) => {
  if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
      && !event.target.closest('input:not([type=checkbox]), textarea, select, [contenteditable]')) {
    event.preventDefault();
    ui.input.focus();
    ui.input.select();
  } else if (event.key === 'Escape' && page.current.article && !event.defaultPrevented) {
    closeArticle();
  }
});

window.addEventListener('popstate', () => {
  page.current = stateOf(location.search);
  render();
});

window.addEventListener('online', retry);

history.scrollRestoration = 'manual';
if (!history.state) history.replaceState({ articleDepth: 0 }, '');
page.current = stateOf(location.search);
render();
