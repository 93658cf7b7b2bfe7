// The result list: heading, summary, hits with their chips, empty and error states, the active
// filters and the pages. Each function takes a `view`: {state, dimensions, expanded, go}, where
// `go` navigates to another state.

import { appendMarked, el, ui } from './dom.js';
import { describeFailure } from './api.js';
import { renderFacets } from './facets.js';
import { formatPeriod, renderHistogram } from './dates.js';
import { formatArticles, formatDate, formatNumber } from './format.js';
import { renderTakeAway } from './takeaway.js';
import { filterCount, grouped, isSelected, labelOf, toggled, urlOf, withoutFilters } from './state.js';

const MAX_WINDOW = 10000; // the API refuses page × size beyond this

// Hits and articles carry the values of these two dimensions as lists, shown as chips.
const TAG_LISTS = { company: 'companies', topic: 'topics' };

/** Show a search result: summary, hits, facets, histogram, active filters and pages. */
export function renderList(result, view) {
  const { state } = view;
  renderHeading(state, result.corrected?.query);
  ui.filters.classList.remove('stale');
  const total = result.total ?? 0;
  const first = (result.page - 1) * result.size + 1;
  const range = total > result.hits.length
    ? ` · ${formatNumber(first)}–${formatNumber(first + result.hits.length - 1)} shown`
    : '';
  const about = result.sampled != null;
  const partial = result.partialTotal
    ? ` · ${formatNumber(result.partialTotal, { about: result.partialSampled != null })} missing a word`
    : '';
  ui.summary.replaceChildren(
    `${formatArticles(total, { stories: grouped(state), about })}${partial}${range} · ${formatNumber(result.tookMs ?? 0)} ms`);
  if (about || result.partialSampled != null) ui.summary.append(' · ', countExactly(view));
  ui.hits.replaceChildren(...withDivider(result.hits.map((hit) => hitItem(hit, view)), result.hits));
  renderStatus(result, view);
  renderFacets(result.facets, view, { about });
  renderHistogram(result.histogram ?? [], state, view.go, { about });
  renderActiveFilters(view);
  renderPager(result, view);
  renderTakeAway(state);
}

/**
 * A button that asks the same search to count every match: broad searches are counted on a sample
 * of the stories, which is fast and close but not exact.
 */
function countExactly({ state, go }) {
  const exact = el('button', {
    type: 'button',
    class: 'link-button',
    title: 'These counts are estimated from a sample of the matching stories',
  }, 'count exactly');
  exact.addEventListener('click', () => go({ ...state, exactUpTo: 'all' }));
  return exact;
}

/** Show a failed search where the results would be, with a button that calls `retry`. */
export function renderListFailure(error, view, retry) {
  const failure = describeFailure(error);
  renderHeading(view.state);
  renderActiveFilters(view);
  ui.filters.classList.add('stale'); // counts and bars belong to the last search that worked
  ui.hits.replaceChildren();
  ui.pager.hidden = true;
  ui.summary.textContent = failure.title;
  showStatus('error', ...failureContent('h2', failure, retry));
}

/** A failure's title (in a `heading` element), its detail and a "Try again" button. */
export function failureContent(heading, { title, detail }, retry) {
  const again = el('button', { type: 'button', class: 'button' }, 'Try again');
  again.addEventListener('click', retry);
  return [el(heading, {}, title), el('p', {}, detail), again];
}

/** Mark the results as loading, without hiding the ones already there. */
export function setBusy(busy) {
  ui.listView.classList.toggle('busy', busy);
  ui.hits.setAttribute('aria-busy', String(busy));
  if (busy && !ui.hits.childElementCount && ui.status.hidden) {
    showStatus('loading', el('p', {}, 'Loading articles…'));
  }
}

/** Date, source and original link of an article or hit, the day written out when `long`. */
export function metaLine(item, { long = false } = {}) {
  const parts = [el('time', item.published ? { datetime: item.published } : {}, formatDate(item.published, { long }))];
  if (item.source) parts.push(el('span', { class: 'source' }, item.source));
  return el('p', { class: 'meta' }, ...parts);
}

/** Company and topic chips; pressing one filters by it (or lifts that filter). */
export function tagChips(item, { state, dimensions, go }) {
  const chips = [];
  for (const [dimension, list] of Object.entries(TAG_LISTS)) {
    const label = (labelOf(dimensions, dimension) ?? dimension).toLowerCase();
    for (const value of item[list] ?? []) {
      const pressed = isSelected(state, dimension, value);
      const chip = el('button', {
        type: 'button',
        class: `chip chip-${dimension}`,
        'aria-pressed': String(pressed),
        title: `${pressed ? 'Remove filter' : 'Filter by'} ${label} ${value}`,
      }, value);
      chip.addEventListener('click', () => go(toggled(state, dimension, value)));
      chips.push(el('li', {}, chip));
    }
  }
  return chips.length ? el('ul', { class: 'chips tags', 'aria-label': 'Companies and topics' }, chips) : null;
}

/**
 * Say what the list shows: the query's results (its respelling's, when the server searched that),
 * or the latest, oldest or all articles.
 */
function renderHeading(state, searched = state.q) {
  if (state.q) ui.heading.textContent = `Results for “${searched}”`;
  else if (state.sort === 'oldest') ui.heading.textContent = 'Oldest articles';
  else ui.heading.textContent = state.sort === 'relevance' ? 'All articles' : 'Latest articles';
}

/** Show a message in the results column. */
function showStatus(kind, ...content) {
  ui.status.className = `status status-${kind}`;
  ui.status.replaceChildren(...content);
  ui.status.hidden = false;
}

/** Remove the message from the results column. */
function hideStatus() {
  ui.status.hidden = true;
  ui.status.className = 'status';
  ui.status.replaceChildren();
}

/**
 * The hit items with a divider before the first article that lacks some of the query's words (the
 * server lists those after every article that has them all).
 */
function withDivider(items, hits) {
  const first = hits.findIndex((hit) => hit.match === 'partial');
  if (first < 0) return items;
  const divider = el('li', { class: 'partial-divider', role: 'separator' }, 'Articles missing a word');
  return [...items.slice(0, first), divider, ...items.slice(first)];
}

/** Explain an empty or partial result; otherwise clear the message area. */
function renderStatus(result, { state, go }) {
  if (result.hits.length) {
    if (result.corrected) {
      showStatus('note', correctedNote(result.corrected, state));
    } else if (!result.total && state.q) {
      showStatus('note', el('p', {}, `No article has every word of “${state.q}”; these have some of them.`),
        didYouMean(result, state));
    } else if (result.partial) {
      showStatus('note', el('p', {}, 'The search took too long and stopped early: these results may be incomplete.'));
    } else if (result.suggestion) {
      showStatus('note', didYouMean(result, state));
    } else if (result.otherWords?.length || result.publishedThen?.length) {
      showStatus('note', ...[
        result.otherWords?.length ? otherWordsNote(result.otherWords, state) : null,
        result.publishedThen?.length ? publishedThenNote(result.publishedThen) : null,
      ].filter(Boolean));
    } else {
      hideStatus();
    }
    return;
  }
  const filtered = filterCount(state) > 0;
  const content = [el('h2', {}, 'No articles found')];
  content.push(el('p', {}, state.q ? `Nothing matches “${state.q}”${filtered ? ' with these filters' : ''}.` : 'Nothing matches these filters.'));
  content.push(didYouMean(result, state));
  if (filtered) {
    const clear = el('button', { type: 'button', class: 'button' }, 'Clear all filters');
    clear.addEventListener('click', () => go(withoutFilters(state)));
    content.push(el('p', {}, 'Try fewer filters or a wider date range. ', clear));
  } else if (state.q) {
    content.push(el('p', {}, 'Check the spelling or try fewer or more general words.'));
  }
  showStatus('empty', ...content);
}

/**
 * "Also searching for …": the other words parts of the query matched as well (synonyms), and a
 * link that searches for the words only as typed, each such part quoted.
 */
function otherWordsNote(otherWords, state) {
  const said = otherWords.flatMap(({ typed, others }, i) => [
    i ? '; ' : '',
    others.map((word) => `“${word}”`).join(', '),
    ` for “${typed}”`,
  ]);
  let exact = state.q;
  let from = 0;
  for (const { typed } of otherWords) {
    const at = exact.indexOf(typed, from);
    if (at < 0) continue;
    exact = `${exact.slice(0, at)}"${typed}"${exact.slice(at + typed.length)}`;
    from = at + typed.length + 2;
  }
  return el('p', { class: 'other-words' }, 'Also searching for ', said, '. ',
    el('a', { href: urlOf({ ...state, q: exact, page: 1 }), 'data-nav': 'top' }, 'Search only for the words as typed'));
}

/**
 * "Also finding the articles published in 2024 or the day after, for “2024”": a date in the query
 * matches its words or the articles published then or the next day (for a day, the week after),
 * whose text may not name it. A day written either way round ("5/6/2026") has two readings.
 */
function publishedThenNote(publishedThen) {
  const readings = Map.groupBy(publishedThen, ({ typed }) => typed);
  const said = [...readings].flatMap(([typed, days], i) => [i ? '; ' : '',
    `${days.map(({ from, to }) => daysInWords(from, to)).join(' or ')} or `
      + `${days[0].from === days[0].to ? 'in the week after' : 'the day after'}, for “${typed}”`]);
  return el('p', { class: 'published-then' }, 'Also finding the articles published ', said, '.');
}

/** A run of days in words: "on 2026-04-29", "in April 2026", "in 2024", "from 2025-01-01 to 2025-04-30". */
function daysInWords(from, to) {
  if (from === to) return `on ${from}`;
  const [year, month] = from.split('-');
  const monthEnd = new Date(Date.UTC(Number(year), Number(month), 0)).toISOString().slice(0, 10);
  if (from === `${year}-01-01` && to === `${year}-12-31`) return `in ${year}`;
  if (from.endsWith('-01') && to === monthEnd) {
    const name = new Date(`${from}T00:00:00Z`).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return `in ${name} ${year}`;
  }
  return `from ${from} to ${to}`;
}

/**
 * "Showing results for …": the server searched the spelling correction, since nothing had every
 * word as typed; the link searches for the words as typed, the corrected ones quoted.
 */
function correctedNote({ query, typedExactly }, state) {
  return el('p', { class: 'corrected' }, 'Showing results for ', el('strong', {}, query), '. Search instead for ',
    el('a', { href: urlOf({ ...state, q: typedExactly, page: 1 }), 'data-nav': 'top' }, state.q), '.');
}

/** "Did you mean …?" linking to the server's correction, or null when there is none. */
function didYouMean(result, state) {
  if (!result.suggestion) return null;
  const corrected = { ...state, q: result.suggestion, page: 1 };
  return el('p', { class: 'did-you-mean' }, 'Did you mean ',
    el('a', { href: urlOf(corrected), 'data-nav': 'top' }, el('strong', {}, result.suggestion)), '?');
}

/** One result: linked title, date and source, highlighted snippet, company and topic chips. */
function hitItem(hit, view) {
  const link = el('a', { href: urlOf({ ...view.state, article: hit.id }), 'data-article': hit.id, 'data-nav': 'article' });
  if (hit.titleHtml) appendMarked(link, hit.titleHtml);
  else link.append(hit.title || 'Untitled');
  const snippet = hit.snippet ? appendMarked(el('p', { class: 'hit-snippet' }), hit.snippet) : null;
  const missing = hit.missing?.length
    ? el('p', { class: 'hit-missing' }, 'Missing: ', ...hit.missing.flatMap((word, i) => [i ? ', ' : '', el('s', {}, word)]))
    : null;
  return el('li', { class: hit.match === 'partial' ? 'hit hit-partial' : 'hit' },
    el('h2', { class: 'hit-title' }, link),
    metaLine(hit),
    missing,
    snippet,
    tagChips(hit, view),
    versions(hit, view));
}

const SOURCES_NAMED = 3; // sources named on a story's folded line; the list names them all

/**
 * A story's other versions: "N versions · Source, Source, …", a button that unfolds their list in
 * place (headline, date, source); nothing for an article told once.
 */
function versions(hit, { state }) {
  const others = hit.otherVersions ?? [];
  if (!(hit.versions > 1)) return null;
  const sources = [...new Set([hit.source, ...others.map((v) => v.source)].filter(Boolean))];
  const named = sources.slice(0, SOURCES_NAMED).join(', ') + (sources.length > SOURCES_NAMED ? ', …' : '');
  const list = el('ul', { class: 'versions-list' }, others.map((version) => el('li', {},
    el('a', { href: urlOf({ ...state, article: version.id }), 'data-article': version.id, 'data-nav': 'article' },
      version.title || 'Untitled'),
    metaLine(version))));
  list.hidden = true;
  const toggle = el('button', {
    type: 'button',
    class: 'versions-toggle',
    'aria-expanded': 'false',
    'data-focus-key': `versions:${hit.id}`,
  }, `${formatNumber(hit.versions)} versions`, named ? ` · ${named}` : '');
  toggle.addEventListener('click', () => {
    list.hidden = !list.hidden;
    toggle.setAttribute('aria-expanded', String(!list.hidden));
  });
  return el('div', { class: 'versions' }, toggle, list);
}

/** Removable chips for every active filter. */
function renderActiveFilters({ state, dimensions, go }) {
  const chips = [];
  const chip = (label, next) => {
    const button = el('button', { type: 'button', class: 'chip chip-active', 'aria-label': `Remove filter ${label}` },
      label, el('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'));
    button.addEventListener('click', () => go(next));
    chips.push(el('li', {}, button));
  };
  for (const [dimension, values] of Object.entries(state.filters)) {
    const label = labelOf(dimensions, dimension) ?? dimension;
    for (const value of values) chip(`${label}: ${value}`, toggled(state, dimension, value));
  }
  if (state.from) chip(`From ${formatPeriod(state.from)}`, { ...state, from: '', page: 1 });
  if (state.to) chip(`To ${formatPeriod(state.to)}`, { ...state, to: '', page: 1 });
  ui.activeFilters.querySelector('ul').replaceChildren(...chips);
  ui.activeFilters.hidden = chips.length === 0;
}

/** Previous, numbered and next page links (only pages the API will serve). */
function renderPager(result, { state }) {
  const size = result.size || 1;
  // Partial matches follow the counted ones; their number is known once a page reaches them.
  const listed = (result.total ?? 0) + (result.partialTotal ?? 0);
  const known = Math.max(Math.ceil(listed / size), result.nextCursor ? result.page + 1 : 0);
  const pages = Math.min(known, Math.floor(MAX_WINDOW / size));
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
