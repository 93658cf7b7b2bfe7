// The Newsarchive search page. The URL is the state: every view is rendered from the query string,
// which uses the API's own parameter names, so reload, back/forward and shared links all work.
// Untrusted text only ever enters the page as text; the one exception, the server's escaped
// snippets, goes through appendMarked, which keeps nothing but text and <mark>.

const FACETS = ['company', 'topic', 'source'];
const FACET_LABELS = { company: 'Company', topic: 'Topic', source: 'Source' };
const FACET_SIZE = 50; // ask for more than we show, so "show more" needs no second request
const FACET_COLLAPSED = 8;
// The last word also matches as the start of longer words, so an unfinished word ("nvid") finds
// articles while it is typed. Always sent, never in the page address: a shared link reads the same.
const PREFIX = 'last';
const MAX_WINDOW = 10000; // the API refuses page × size beyond this
const TYPE_DELAY_MS = 250;
const SUGGEST_DELAY_MS = 120;
const BUSY_DELAY_MS = 150; // fast answers should not flash a loading state
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'),
  input: $('q'),
  suggestions: $('suggestions'),
  heading: $('results-heading'),
  summary: $('summary'),
  sort: $('sort'),
  filtersToggle: $('filters-toggle'),
  filters: $('filters'),
  activeFilters: $('active-filters'),
  clearAll: $('clear-all'),
  dateForm: $('date-form'),
  from: $('from'),
  to: $('to'),
  dateError: $('date-error'),
  histogram: $('histogram'),
  status: $('status'),
  hits: $('hits'),
  pager: $('pager'),
  listView: $('list-view'),
  articleView: $('article-view'),
};

const numbers = new Intl.NumberFormat('en');
const dayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

let current = stateFrom(location.search);
let shownListKey = null; // the search whose results are in the DOM, so returning to them is instant
let shownArticleKey = null;
let searchRequest = null;
let articleRequest = null;
let retry = null; // re-runs whatever failed, when the user asks or the browser comes back online
const expandedFacets = new Set();

// ---------------------------------------------------------------------------------------------
// State and URL

/** Read the page state from a query string. */
function stateFrom(search) {
  const params = new URLSearchParams(search);
  return {
    q: (params.get('q') ?? '').trim(),
    company: params.getAll('company'),
    topic: params.getAll('topic'),
    source: params.getAll('source'),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') ?? '',
    page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1),
    size: params.get('size') ?? '',
    article: params.get('article') ?? '',
  };
}

/** The query parameters for a state, with or without the open article. */
function paramsOf(state, withArticle = true) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const dimension of FACETS) for (const value of state[dimension]) params.append(dimension, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size) params.set('size', state.size);
  if (withArticle && state.article) params.set('article', state.article);
  return params;
}

/** The page address of a state. */
function urlOf(state) {
  const query = paramsOf(state).toString();
  return query ? `/?${query}` : '/';
}

/** A state with one facet value added or removed, back on the first page. */
function toggled(state, dimension, value) {
  const values = state[dimension].includes(value)
    ? state[dimension].filter((v) => v !== value)
    : [...state[dimension], value];
  return { ...state, [dimension]: values, page: 1, article: '' };
}

/** How many filters (facet values and date bounds) a state has. */
function filterCount(state) {
  return FACETS.reduce((n, d) => n + state[d].length, 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0);
}

/**
 * Go to a state: a new history entry (or a replaced one while the user is still typing), then
 * render it. The history entry remembers how many article views deep it is, so Esc can return to
 * the very list the user came from.
 */
function navigate(next, { replace = false, typing = false, toTop = false } = {}) {
  const depth = next.article ? (current.article ? articleDepth() + 1 : 1) : 0;
  const entry = { articleDepth: depth, typing };
  if (replace) {
    history.replaceState(entry, '', urlOf(next));
  } else {
    history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
    history.pushState(entry, '', urlOf(next));
  }
  current = next;
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
  else navigate({ ...current, article: '' });
}

// ---------------------------------------------------------------------------------------------
// Talking to the API

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

/** A person-readable title and detail for a failed request. */
function describeFailure(error) {
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

// ---------------------------------------------------------------------------------------------
// Safe DOM building

/** Create an element with attributes and children; strings become text nodes, never HTML. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  node.append(...children.flat().filter((c) => c != null && c !== false));
  return node;
}

/** Create an SVG element with attributes. */
function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(node, attributes);
  node.append(...children);
  return node;
}

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
}

const markupParser = new DOMParser();

/**
 * Append the server's HTML-escaped text with <mark> around matches. The markup is parsed in an
 * inert document (nothing runs or loads there) and only its text and <mark> elements are copied,
 * so even a server bug could not smuggle an element or attribute into the page.
 */
function appendMarked(parent, markup) {
  const body = markupParser.parseFromString(`<!doctype html><body>${markup ?? ''}`, 'text/html').body;
  for (const node of body.childNodes) {
    parent.append(node.nodeName === 'MARK' ? el('mark', {}, node.textContent) : node.textContent);
  }
  return parent;
}

/** The address as a link target when it is an http(s) URL, else null (no javascript: links). */
function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates and periods

/** A publication instant as "Apr 29, 2026", or "Undated". */
function formatDate(published, format = dayFormat) {
  const date = published ? new Date(published) : null;
  return date && !Number.isNaN(date.getTime()) ? format.format(date) : 'Undated';
}

/** A histogram period ("2026", "2026-04" or "2026-04-29") as a person reads it. */
function formatPeriod(period) {
  const [, year, month, day] = DATE_PATTERN.exec(period) ?? [];
  if (day) return dayFormat.format(Date.UTC(year, month - 1, day));
  if (month) return monthFormat.format(Date.UTC(year, month - 1, 1));
  return year ?? period;
}

/** The first day of a year, month or day as YYYY-MM-DD. */
function periodStart(period) {
  const [, year, month = '01', day = '01'] = DATE_PATTERN.exec(period);
  return `${year}-${month}-${day}`;
}

/** The last day of a year, month or day as YYYY-MM-DD. */
function periodEnd(period) {
  const [, year, month, day] = DATE_PATTERN.exec(period);
  if (day) return period;
  if (!month) return `${year}-12-31`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}

/** Whether a typed date is a real year, month or day. */
function validDate(text) {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (match[2] && (month < 1 || month > 12)) return false;
  if (match[3] && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return false;
  return true;
}

/** Whether a histogram period overlaps the state's date range. */
function inRange(period, state) {
  return (!state.from || periodEnd(period) >= periodStart(state.from))
    && (!state.to || periodStart(period) <= periodEnd(state.to));
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** Render the current state: the article view or the result list. */
async function render({ scrollY = null } = {}) {
  syncControls(current);
  if (current.article) {
    await showArticle(current);
    return;
  }
  const returningTo = ui.articleView.hidden ? null : ui.articleView.dataset.articleId;
  ui.articleView.hidden = true;
  ui.listView.hidden = false;
  await loadList(current);
  if (returningTo) {
    ui.hits.querySelector(`a[data-article="${CSS.escape(returningTo)}"]`)?.focus({ preventScroll: true });
  }
  const y = scrollY ?? history.state?.scrollY;
  if (y != null) window.scrollTo(0, y);
}

/** Put the state into the form controls, leaving the box alone while what it holds means the same. */
function syncControls(state) {
  if (ui.input.value.trim() !== state.q) ui.input.value = state.q;
  ui.sort.value = state.sort || (state.q ? 'relevance' : 'newest');
  for (const input of [ui.from, ui.to]) {
    input.value = state[input.name];
    input.removeAttribute('aria-invalid');
  }
  ui.dateError.hidden = true;
  const count = filterCount(state);
  ui.filtersToggle.textContent = count ? `Filters (${count})` : 'Filters';
  document.title = state.q ? `${state.q} – Newsarchive` : 'Newsarchive';
}

/** Fetch and show the result list for a state, unless it is already on screen. */
async function loadList(state) {
  const params = paramsOf(state, false);
  params.set('facetSize', String(FACET_SIZE));
  params.set('prefix', PREFIX);
  const key = params.toString();
  if (key === shownListKey) return;
  searchRequest?.abort();
  const request = (searchRequest = new AbortController());
  const busy = setTimeout(() => setBusy(true), BUSY_DELAY_MS);
  try {
    const result = await getJson(`/api/search?${key}`, request.signal);
    const focusKey = document.activeElement?.dataset?.focusKey;
    renderList(state, result);
    shownListKey = key;
    retry = null;
    if (focusKey) ui.listView.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  } catch (error) {
    if (error.name === 'AbortError') return;
    shownListKey = null;
    retry = () => loadList(current);
    renderListFailure(error);
  } finally {
    clearTimeout(busy);
    if (request === searchRequest) setBusy(false);
  }
}

/** Mark the results as loading, without hiding the ones already there. */
function setBusy(busy) {
  ui.listView.classList.toggle('busy', busy);
  ui.hits.setAttribute('aria-busy', String(busy));
  if (busy && !ui.hits.childElementCount && ui.status.hidden) {
    showStatus('loading', el('p', {}, 'Loading articles…'));
  }
}

/** Show a message in the results column. */
function showStatus(kind, ...content) {
  ui.status.className = `status status-${kind}`;
  ui.status.replaceChildren(...content);
  ui.status.hidden = false;
}

function hideStatus() {
  ui.status.hidden = true;
  ui.status.className = 'status';
  ui.status.replaceChildren();
}

/** Show a failed search where the results would be, with a way to try again. */
function renderListFailure(error) {
  const { title, detail } = describeFailure(error);
  renderHeading(current);
  renderActiveFilters(current);
  ui.filters.classList.add('stale'); // counts and bars belong to the last search that worked
  ui.hits.replaceChildren();
  ui.pager.hidden = true;
  ui.summary.textContent = title;
  const again = el('button', { type: 'button', class: 'button' }, 'Try again');
  again.addEventListener('click', () => retry?.());
  showStatus('error', el('h2', {}, title), el('p', {}, detail), again);
}

/** Show a search result: summary, hits, facets, histogram, active filters and pages. */
function renderList(state, result) {
  renderHeading(state);
  ui.filters.classList.remove('stale');
  const total = result.total ?? 0;
  const first = (result.page - 1) * result.size + 1;
  const range = total > result.hits.length
    ? ` · ${numbers.format(first)}–${numbers.format(first + result.hits.length - 1)} shown`
    : '';
  ui.summary.textContent = `${numbers.format(total)} ${total === 1 ? 'article' : 'articles'}${range} · ${numbers.format(result.tookMs ?? 0)} ms`;
  ui.hits.replaceChildren(...result.hits.map((hit) => hitItem(hit, state)));
  renderStatus(state, result);
  for (const section of ui.filters.querySelectorAll('.facet')) {
    const dimension = section.dataset.dimension;
    renderFacet(section, dimension, result.facets?.[dimension] ?? [], state);
  }
  renderHistogram(result.histogram ?? [], state);
  renderActiveFilters(state);
  renderPager(state, result);
}

function renderHeading(state) {
  if (state.q) ui.heading.textContent = `Results for “${state.q}”`;
  else if (state.sort === 'oldest') ui.heading.textContent = 'Oldest articles';
  else ui.heading.textContent = state.sort === 'relevance' ? 'All articles' : 'Latest articles';
}

/** Explain an empty or partial result; otherwise clear the message area. */
function renderStatus(state, result) {
  if (result.hits.length) {
    if (result.partial) {
      showStatus('note', el('p', {}, 'The search took too long and stopped early: these results may be incomplete.'));
    } else {
      hideStatus();
    }
    return;
  }
  const content = [el('h2', {}, 'No articles found')];
  content.push(el('p', {}, state.q ? `Nothing matches “${state.q}”${filterCount(state) ? ' with these filters' : ''}.` : 'Nothing matches these filters.'));
  if (result.suggestion) {
    const corrected = { ...state, q: result.suggestion, page: 1 };
    content.push(el('p', { class: 'did-you-mean' }, 'Did you mean ',
      el('a', { href: urlOf(corrected), 'data-nav': 'top' }, el('strong', {}, result.suggestion)), '?'));
  }
  if (filterCount(state)) {
    const clear = el('button', { type: 'button', class: 'button' }, 'Clear all filters');
    clear.addEventListener('click', clearFilters);
    content.push(el('p', {}, 'Try fewer filters or a wider date range. ', clear));
  } else if (state.q) {
    content.push(el('p', {}, 'Check the spelling or try fewer or more general words.'));
  }
  showStatus('empty', ...content);
}

/** One result: linked title, date and source, highlighted snippet, company and topic chips. */
function hitItem(hit, state) {
  const link = el('a', { href: urlOf({ ...state, article: hit.id }), 'data-article': hit.id, 'data-nav': 'article' });
  if (hit.titleHtml) appendMarked(link, hit.titleHtml);
  else link.textContent = hit.title || 'Untitled';
  const snippet = hit.snippet ? appendMarked(el('p', { class: 'hit-snippet' }), hit.snippet) : null;
  return el('li', { class: 'hit' },
    el('h2', { class: 'hit-title' }, link),
    metaLine(hit),
    snippet,
    tagChips(hit, state));
}

/** Date, source and original link of an article or hit. */
function metaLine(item, format = dayFormat) {
  const parts = [el('time', item.published ? { datetime: item.published } : {}, formatDate(item.published, format))];
  if (item.source) parts.push(el('span', { class: 'source' }, item.source));
  return el('p', { class: 'meta' }, ...parts);
}

/** Company and topic chips; pressing one filters by it (or lifts that filter). */
function tagChips(item, state) {
  const chips = [];
  for (const dimension of ['company', 'topic']) {
    for (const value of item[dimension === 'company' ? 'companies' : 'topics'] ?? []) {
      const pressed = state[dimension].includes(value);
      const chip = el('button', {
        type: 'button',
        class: `chip chip-${dimension}`,
        'aria-pressed': String(pressed),
        title: `${pressed ? 'Remove filter' : 'Filter by'} ${FACET_LABELS[dimension].toLowerCase()} ${value}`,
      }, value);
      chip.addEventListener('click', () => navigate(toggled(state, dimension, value)));
      chips.push(el('li', {}, chip));
    }
  }
  return chips.length ? el('ul', { class: 'chips tags', 'aria-label': 'Companies and topics' }, chips) : null;
}

/** A facet as a checkbox list: selected values first, then by count, long lists folded. */
function renderFacet(section, dimension, values, state) {
  const selected = new Set(state[dimension]);
  const entries = values.map((v) => ({ ...v, selected: v.selected || selected.has(v.value) }));
  for (const value of selected) {
    if (!entries.some((e) => e.value === value)) entries.push({ value, count: 0, selected: true });
  }
  entries.sort((a, b) => Number(b.selected) - Number(a.selected));
  const heading = section.querySelector('h2');
  section.replaceChildren(heading);
  section.hidden = entries.length === 0;
  const expanded = expandedFacets.has(dimension);
  const shown = expanded ? entries : entries.slice(0, Math.max(FACET_COLLAPSED, selected.size));
  const list = el('ul', { id: `facet-values-${dimension}`, class: 'facet-values', 'aria-labelledby': heading.id });
  for (const entry of shown) {
    const box = el('input', {
      type: 'checkbox',
      name: dimension,
      value: entry.value,
      'data-focus-key': `${dimension}:${entry.value}`,
    });
    box.checked = entry.selected;
    box.addEventListener('change', () => navigate(toggled(current, dimension, entry.value)));
    list.append(el('li', {},
      el('label', { class: entry.selected ? 'selected' : null },
        box,
        el('span', { class: 'facet-name' }, entry.value),
        el('span', { class: 'facet-count', 'aria-label': `${entry.count} articles` }, numbers.format(entry.count)))));
  }
  section.append(list);
  if (entries.length > FACET_COLLAPSED) {
    const hiddenCount = entries.length - shown.length;
    const more = el('button', {
      type: 'button',
      class: 'link-button more',
      'aria-expanded': String(expanded),
      'data-focus-key': `more:${dimension}`,
    }, expanded ? 'Show fewer' : `Show ${hiddenCount} more`);
    more.hidden = !expanded && hiddenCount === 0;
    more.addEventListener('click', () => {
      if (expanded) expandedFacets.delete(dimension);
      else expandedFacets.add(dimension);
      renderFacet(section, dimension, values, current);
      section.querySelector('.more')?.focus();
    });
    section.append(more);
  }
}

/** Removable chips for every active filter, and "clear all". */
function renderActiveFilters(state) {
  const chips = [];
  const chip = (label, next) => {
    const button = el('button', { type: 'button', class: 'chip chip-active', 'aria-label': `Remove filter ${label}` },
      label, el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'));
    button.addEventListener('click', () => navigate(next));
    chips.push(el('li', {}, button));
  };
  for (const dimension of FACETS) {
    for (const value of state[dimension]) chip(`${FACET_LABELS[dimension]}: ${value}`, toggled(state, dimension, value));
  }
  if (state.from) chip(`From ${formatPeriod(state.from)}`, { ...state, from: '', page: 1 });
  if (state.to) chip(`To ${formatPeriod(state.to)}`, { ...state, to: '', page: 1 });
  ui.activeFilters.querySelector('ul').replaceChildren(...chips);
  ui.activeFilters.hidden = chips.length === 0;
}

function clearFilters() {
  navigate({ ...current, company: [], topic: [], source: [], from: '', to: '', page: 1, article: '' });
}

/**
 * Draw the date histogram as SVG bars. Bars are buttons with a roving tab stop (arrow keys move
 * between them), so the chart is one stop in the tab order however many periods it has.
 */
function renderHistogram(buckets, state) {
  const caption = ui.histogram.querySelector('figcaption');
  ui.histogram.replaceChildren(caption);
  if (!buckets.length) {
    ui.histogram.append(el('p', { class: 'help' }, 'No dated articles to chart.'));
    return;
  }
  const width = 300;
  const height = 80;
  const barWidth = width / buckets.length;
  const gap = Math.min(2, barWidth * 0.2);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const filtered = Boolean(state.from || state.to);
  const selectedIndex = buckets.findIndex((b) => filtered && inRange(b.period, state));
  const chart = svg('svg', {
    class: `histogram-chart${filtered ? ' filtered' : ''}`,
    viewBox: `0 0 ${width} ${height}`,
    preserveAspectRatio: 'none',
    role: 'group',
    'aria-label': `Articles per ${granularity(buckets[0].period)}`,
  });
  buckets.forEach((bucket, i) => {
    const barHeight = bucket.count ? Math.max(2, (bucket.count / max) * (height - 4)) : 0;
    const label = `${formatPeriod(bucket.period)}: ${numbers.format(bucket.count)} ${bucket.count === 1 ? 'article' : 'articles'}`;
    const selected = filtered && inRange(bucket.period, state);
    const bar = svg('g', {
      class: `bar${selected ? ' in-range' : ''}`,
      role: 'button',
      tabindex: i === Math.max(0, selectedIndex) ? 0 : -1,
      'aria-label': label,
      'aria-pressed': String(selected),
      'data-period': bucket.period,
      'data-focus-key': `bar:${bucket.period}`,
    },
    svg('title', {}, label),
    svg('rect', { class: 'bar-hit', x: i * barWidth, y: 0, width: barWidth, height }),
    svg('rect', { class: 'bar-fill', x: i * barWidth + gap / 2, y: height - barHeight, width: barWidth - gap, height: barHeight }));
    chart.append(bar);
  });
  const first = buckets[0].period;
  const last = buckets[buckets.length - 1].period;
  const axis = el('div', { class: 'histogram-axis', 'aria-hidden': 'true' },
    el('span', {}, formatPeriod(first)), el('span', {}, `max ${numbers.format(max)}`), el('span', {}, formatPeriod(last)));
  ui.histogram.append(chart, axis);
  if (filtered) {
    const range = state.from === state.to
      ? formatPeriod(state.from)
      : `${state.from ? formatPeriod(state.from) : 'the start'} – ${state.to ? formatPeriod(state.to) : 'now'}`;
    const clear = el('button', { type: 'button', class: 'link-button' }, 'Clear dates');
    clear.addEventListener('click', () => navigate({ ...current, from: '', to: '', page: 1 }));
    ui.histogram.append(el('p', { class: 'histogram-range' }, `Showing ${range}. `, clear));
  }
}

function granularity(period) {
  return ['', 'year', 'month', 'day'][period.split('-').length];
}

/** Narrow the dates to a histogram bar, or lift the filter when it is exactly that bar already. */
function chooseBar(period) {
  const exact = current.from === period && current.to === period;
  navigate({ ...current, from: exact ? '' : period, to: exact ? '' : period, page: 1 });
}

/** Previous, numbered and next page links (only pages the API will serve). */
function renderPager(state, result) {
  const size = result.size || 1;
  const pages = Math.min(Math.ceil((result.total ?? 0) / size), Math.floor(MAX_WINDOW / size));
  ui.pager.hidden = pages <= 1;
  if (pages <= 1) {
    ui.pager.replaceChildren();
    return;
  }
  const page = result.page;
  const link = (number, label, extra = {}) => el('a', {
    href: urlOf({ ...state, page: number }),
    'data-nav': 'top',
    'data-focus-key': `page:${label}`,
    ...extra,
  }, label);
  const items = [];
  items.push(page > 1 ? link(page - 1, '‹ Previous', { rel: 'prev' }) : el('span', { class: 'disabled' }, '‹ Previous'));
  let previous = 0;
  for (const number of pageNumbers(page, pages)) {
    if (number - previous > 1) items.push(el('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    items.push(number === page
      ? el('span', { class: 'current', 'aria-current': 'page' }, String(number))
      : link(number, String(number), { 'aria-label': `Page ${number}` }));
    previous = number;
  }
  items.push(page < pages ? link(page + 1, 'Next ›', { rel: 'next' }) : el('span', { class: 'disabled' }, 'Next ›'));
  ui.pager.replaceChildren(...items);
}

/** The page numbers worth a link: the first, the last and two either side of the current one. */
function pageNumbers(page, pages) {
  const numbers = new Set([1, pages]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) numbers.add(n);
  return [...numbers].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------
// Article view

/** Show the state's article, fetching it unless it is already shown for the same query. */
async function showArticle(state) {
  ui.listView.hidden = true;
  ui.articleView.hidden = false;
  const key = `${state.article}\n${state.q}`;
  if (key !== shownArticleKey && !(await loadArticle(state, key))) return;
  window.scrollTo(0, 0);
  ui.articleView.querySelector('h1')?.focus();
}

/** Fetch and render an article; whether it is now shown. */
async function loadArticle(state, key) {
  articleRequest?.abort();
  const request = (articleRequest = new AbortController());
  ui.articleView.dataset.articleId = state.article;
  ui.articleView.replaceChildren(backLink(state), el('p', { class: 'status status-loading' }, 'Loading article…'));
  const query = state.q ? `?${new URLSearchParams({ q: state.q, prefix: PREFIX })}` : '';
  try {
    const article = await getJson(`/api/articles/${encodeURIComponent(state.article)}${query}`, request.signal);
    renderArticle(article, state);
    shownArticleKey = key;
    retry = null;
    return true;
  } catch (error) {
    if (error.name === 'AbortError') return false;
    shownArticleKey = null;
    retry = () => showArticle(current);
    const { title, detail } = describeFailure(error);
    const again = el('button', { type: 'button', class: 'button' }, 'Try again');
    again.addEventListener('click', () => retry?.());
    ui.articleView.replaceChildren(backLink(state),
      el('div', { class: 'status status-error', role: 'alert' }, el('h1', {}, title), el('p', {}, detail), again));
    return false;
  }
}

function backLink(state) {
  const link = el('a', { href: urlOf({ ...state, article: '' }), class: 'back' }, '← Back to results');
  link.addEventListener('click', (event) => {
    if (plainClick(event)) {
      event.preventDefault();
      closeArticle();
    }
  });
  return el('p', { class: 'back-row' }, link, el('span', { class: 'help' }, ' or press Esc'));
}

/** The whole article: title, metadata, marked paragraphs, chips and related articles. */
function renderArticle(article, state) {
  document.title = `${article.title} – Newsarchive`;
  const title = el('h1', { tabindex: '-1', class: 'article-title' }, article.title || 'Untitled');
  const meta = metaLine(article, longDayFormat);
  if (article.authors?.length) meta.append(el('span', { class: 'authors' }, `By ${article.authors.join(', ')}`));
  const href = safeHref(article.url);
  if (href) {
    meta.append(el('a', { href, class: 'original', rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Original article ↗'));
  } else if (article.url) {
    meta.append(el('span', { class: 'original' }, article.url));
  }
  // Marked paragraphs are escaped HTML from the server; plain ones are text and stay text.
  const paragraphs = article.markedParagraphs
    ? article.markedParagraphs.map((p) => appendMarked(el('p'), p))
    : (article.paragraphs ?? []).map((p) => el('p', {}, p));
  const body = el('div', { class: 'article-body' }, paragraphs);
  ui.articleView.replaceChildren(backLink(state), el('article', { class: 'article' },
    el('header', {}, title, meta, tagChips(article, { ...state, article: '' })), body));
  if (article.related?.length) {
    ui.articleView.append(el('aside', { class: 'related', 'aria-labelledby': 'related-heading' },
      el('h2', { id: 'related-heading' }, 'Related articles'),
      el('ul', {}, article.related.map((r) => el('li', {},
        el('a', { href: urlOf({ ...state, article: r.id }), 'data-nav': 'article' }, r.title || 'Untitled'),
        metaLine(r))))));
  }
}

// ---------------------------------------------------------------------------------------------
// Search box and completions

let typeTimer = null;
let suggestTimer = null;
let suggestRequest = null;
let options = [];
let activeOption = -1;

/** Search for what the box holds; while typing, one history entry follows the words. */
function searchFromBox({ typing }) {
  clearTimeout(typeTimer);
  const q = ui.input.value.trim();
  if (q === current.q && !current.article) return;
  navigate({ ...current, q, page: 1, article: '' }, { replace: typing && history.state?.typing, typing });
}

/** Fetch completions for the box's words and show them under it. */
async function suggest() {
  const text = ui.input.value.trim();
  if (text.length < 2) {
    closeSuggestions();
    return;
  }
  suggestRequest?.abort();
  suggestRequest = new AbortController();
  try {
    const answer = await getJson(`/api/suggest?${new URLSearchParams({ q: text })}`, suggestRequest.signal);
    if (ui.input.value.trim() !== text || document.activeElement !== ui.input) return;
    showSuggestions(completionsOf(answer));
  } catch (error) {
    // Completions are a convenience: the search that runs alongside reports any failure itself.
    if (error.name !== 'AbortError') closeSuggestions();
  }
}

/** The completions ({text, kind, id}) in an answer of /api/suggest. */
function completionsOf(answer) {
  return (Array.isArray(answer) ? answer : []).filter((item) => item?.text);
}

function showSuggestions(items) {
  options = items.slice(0, 8);
  activeOption = -1;
  ui.suggestions.replaceChildren(...options.map((option, i) => {
    const li = el('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false' },
      el('span', { class: 'suggestion-text' }, option.text),
      option.kind ? el('span', { class: 'suggestion-kind' }, kindLabel(option.kind)) : null);
    // mousedown, not click: the box must keep its focus
    li.addEventListener('mousedown', (event) => {
      event.preventDefault();
      choose(option);
    });
    return li;
  }));
  ui.suggestions.hidden = options.length === 0;
  ui.input.setAttribute('aria-expanded', String(options.length > 0));
  ui.input.removeAttribute('aria-activedescendant');
}

function kindLabel(kind) {
  return FACET_LABELS[kind] ?? (kind === 'title' ? 'Article' : kind.charAt(0).toUpperCase() + kind.slice(1));
}

function closeSuggestions() {
  clearTimeout(suggestTimer);
  suggestRequest?.abort();
  options = [];
  activeOption = -1;
  ui.suggestions.hidden = true;
  ui.suggestions.replaceChildren();
  ui.input.setAttribute('aria-expanded', 'false');
  ui.input.removeAttribute('aria-activedescendant');
}

function moveActive(step) {
  if (!options.length) return;
  // Positions run -1 (the box itself) to length - 1, wrapping round at both ends.
  activeOption = ((activeOption + 1 + step + options.length + 1) % (options.length + 1)) - 1;
  ui.suggestions.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === activeOption)));
  if (activeOption >= 0) ui.input.setAttribute('aria-activedescendant', `suggestion-${activeOption}`);
  else ui.input.removeAttribute('aria-activedescendant');
}

/**
 * Use a completion: a company or topic becomes a filter in place of the typed words (which it
 * completes), an article title opens that article, anything else is searched for.
 */
function choose(option) {
  closeSuggestions();
  clearTimeout(typeTimer);
  if (FACETS.includes(option.kind)) {
    const base = { ...current, q: '', article: '' };
    ui.input.value = '';
    navigate(base[option.kind].includes(option.text) ? base : toggled(base, option.kind, option.text));
  } else if (option.id) {
    navigate({ ...current, article: option.id });
  } else {
    ui.input.value = option.text;
    searchFromBox({ typing: false });
  }
}

// ---------------------------------------------------------------------------------------------
// Wiring

function plainClick(event) {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

ui.input.addEventListener('input', () => {
  clearTimeout(typeTimer);
  typeTimer = setTimeout(() => searchFromBox({ typing: true }), TYPE_DELAY_MS);
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(suggest, SUGGEST_DELAY_MS);
});

ui.input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    if (!options.length) return;
    event.preventDefault();
    moveActive(event.key === 'ArrowDown' ? 1 : -1);
  } else if (event.key === 'Enter' && activeOption >= 0) {
    event.preventDefault();
    choose(options[activeOption]);
  } else if (event.key === 'Escape' && options.length) {
    event.preventDefault(); // close the list only; do not also clear the box or leave the article
    event.stopPropagation();
    closeSuggestions();
  } else if (event.key === 'Escape' && current.article) {
    event.preventDefault(); // leave the article without the search box's own clearing
    event.stopPropagation();
    closeArticle();
  }
});

ui.input.addEventListener('blur', closeSuggestions);

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  closeSuggestions();
  searchFromBox({ typing: false });
});

ui.sort.addEventListener('change', () => navigate({ ...current, sort: ui.sort.value, page: 1, article: '' }));

ui.clearAll.addEventListener('click', clearFilters);

ui.filtersToggle.addEventListener('click', () => {
  const open = ui.filters.classList.toggle('open');
  ui.filtersToggle.setAttribute('aria-expanded', String(open));
});

ui.dateForm.addEventListener('submit', (event) => {
  event.preventDefault();
  applyDates();
});
for (const input of [ui.from, ui.to]) input.addEventListener('change', applyDates);

/** Check the typed dates and search with them, or say what is wrong. */
function applyDates() {
  const from = ui.from.value.trim();
  const to = ui.to.value.trim();
  const bad = [ui.from, ui.to].filter((input) => input.value.trim() && !validDate(input.value.trim()));
  let problem = bad.length ? 'Use a year, month or day: 2025, 2025-03 or 2025-03-14.' : '';
  if (!problem && from && to && periodStart(from) > periodEnd(to)) {
    problem = '“From” must not be after “To”.';
    bad.push(ui.from);
  }
  for (const input of [ui.from, ui.to]) input.toggleAttribute('aria-invalid', bad.includes(input));
  ui.dateError.textContent = problem;
  ui.dateError.hidden = !problem;
  if (!problem && (from !== current.from || to !== current.to)) navigate({ ...current, from, to, page: 1 });
}

ui.histogram.addEventListener('click', (event) => {
  const bar = event.target.closest('[data-period]');
  if (bar) chooseBar(bar.dataset.period);
});

ui.histogram.addEventListener('keydown', (event) => {
  const bar = event.target.closest('[data-period]');
  if (!bar) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    chooseBar(bar.dataset.period);
  } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
    event.preventDefault();
    const next = event.key === 'ArrowLeft' ? bar.previousElementSibling : bar.nextElementSibling;
    if (next?.dataset.period) {
      bar.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      next.focus();
    }
  }
});

// Links inside the page (titles, pages, related articles, did-you-mean) navigate without reloading.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link || !plainClick(event)) return;
  event.preventDefault();
  navigate(stateFrom(new URL(link.href).search), { toTop: link.dataset.nav === 'top' });
  if (link.dataset.nav === 'top') ui.heading.focus({ preventScroll: true });
});

document.addEventListener('keydown', (event) => {
  if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
      && !event.target.closest('input:not([type=checkbox]), textarea, select, [contenteditable]')) {
    event.preventDefault();
    ui.input.focus();
    ui.input.select();
  } else if (event.key === 'Escape' && current.article && !event.defaultPrevented) {
    closeArticle();
  }
});

window.addEventListener('popstate', () => {
  current = stateFrom(location.search);
  render();
});

window.addEventListener('online', () => retry?.());

history.scrollRestoration = 'manual';
if (!history.state) history.replaceState({ articleDepth: 0 }, '');
render();
