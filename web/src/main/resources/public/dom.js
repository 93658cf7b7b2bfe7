// The page's fixed elements, and the only way the page makes new ones. This is where the escaping
// rule lives: strings given to el() become text nodes, never markup, and nothing else in the page
// creates elements, parses markup or sets innerHTML. The one exception, the server's highlighted
// titles, snippets and paragraphs, goes through appendMarked below.

const $ = (id) => document.getElementById(id);

/** The elements of index.html that the modules fill and listen to. */
export const ui = {
  form: $('search-form'),
  input: $('q'),
  suggestions: $('suggestions'),
  heading: $('results-heading'),
  summary: $('summary'),
  download: $('download'),
  downloadCsv: $('download-csv'),
  downloadJsonl: $('download-jsonl'),
  subscribe: $('subscribe'),
  feedLink: $('feed-link'),
  sort: $('sort'),
  group: $('group'),
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
  viewSwitch: $('view-switch'),
  results: $('results'),
  trends: $('trends'),
  normalize: $('normalize'),
  interval: $('interval'),
  trendsNote: $('trends-note'),
  trendChart: $('trend-chart'),
  trendReadout: $('trend-readout'),
  trendLegend: $('trend-legend'),
  withPanel: $('with-panel'),
  withHeading: $('with-heading'),
  withNote: $('with-note'),
  withList: $('with-list'),
  articleView: $('article-view'),
};

/** Create an element with attributes and children; strings become text nodes, never HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  node.append(...children.flat().filter((c) => c != null && c !== false));
  return node;
}

/** Create an SVG element with attributes and children. */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(node, attributes);
  node.append(...children);
  return node;
}

/** Set attributes, leaving out null and false and writing true as a bare attribute. */
function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
}

const markupParser = new DOMParser();

/**
 * Append the server's highlighted text: HTML-escaped text with <mark> around matches. This is safe
 * twice over. The server escapes the article text before it adds the marks, so the only elements
 * in it are its own <mark>s; and the markup is parsed here in an inert document (nothing runs or
 * loads there) from which only text and <mark> elements are copied, so even a server bug could not
 * smuggle an element or attribute into the page.
 */
export function appendMarked(parent, markup) {
  const body = markupParser.parseFromString(`<!doctype html><body>${markup ?? ''}`, 'text/html').body;
  for (const node of body.childNodes) {
    parent.append(node.nodeName === 'MARK' ? el('mark', {}, node.textContent) : node.textContent);
  }
  return parent;
}

/** The address as a link target when it is an http(s) URL, else null (no javascript: links). */
export function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
