// The page state and its address: the one place that knows the query parameters. The URL is the
// state: every view is rendered from the query string, which uses the API's own parameter names, so
// reload, back/forward and shared links all work.
//
// A state is {q, filters, companyRole, from, to, sort, page, size, article, view, series, normalize,
// interval, with, exactUpTo}, where filters maps every facet dimension's name, in display order, to its
// selected values (a dimension's name is its parameter); companyRole is 'subject' when the company
// filter and counts take only the articles whose subject the company is, else ''. view is '' for the result list or 'trends'; series
// ("company:Nvidia"), normalize and interval are /api/timeline's parameters, and with is the
// company whose co-mentions the trends view lists (sent to /api/comentions as its company);
// exactUpTo is /api/search's ('all' after "count exactly"). The
// page groups copies of one story unless the address says group=none.

/** Read the page state from a query string, with a filter for each of the dimensions. */
export function stateFrom(search, dimensions) {
  const params = new URLSearchParams(search);
  return {
    q: (params.get('q') ?? '').trim(),
    filters: Object.fromEntries(dimensions.map(({ name }) => [name, params.getAll(name)])),
    companyRole: params.get('companyRole') === 'subject' ? 'subject' : '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') ?? '',
    group: params.get('group') === 'none' ? 'none' : 'story',
    page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1),
    size: params.get('size') ?? '',
    article: params.get('article') ?? '',
    view: params.get('view') === 'trends' ? 'trends' : '',
    series: params.getAll('series'),
    normalize: params.get('normalize') === 'share' ? 'share' : '',
    interval: params.get('interval') ?? '',
    with: params.get('with') ?? '',
    exactUpTo: params.get('exactUpTo') ?? '',
  };
}

/** The query parameters for a state, with or without the open article. */
export function paramsOf(state, withArticle = true) {
  const params = searchParamsOf(state);
  if (withArticle && state.article) params.set('article', state.article);
  if (state.view) params.set('view', state.view);
  for (const series of state.series) params.append('series', series);
  if (state.normalize) params.set('normalize', state.normalize);
  if (state.interval) params.set('interval', state.interval);
  if (state.with) params.set('with', state.with);
  return params;
}

/** The parameters of the state's search: the query, filters, dates, order and page. */
export function searchParamsOf(state) {
  const params = matchParamsOf(state);
  if (state.sort) params.set('sort', state.sort);
  if (!grouped(state)) params.set('group', 'none');
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size) params.set('size', state.size);
  if (state.exactUpTo) params.set('exactUpTo', state.exactUpTo);
  return params;
}

/** The parameters that say which articles count: the query, filters (and company role) and dates. */
function matchParamsOf(state, { except = null } = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [dimension, values] of Object.entries(state.filters)) {
    if (dimension === except) continue;
    for (const value of values) params.append(dimension, value);
  }
  if (state.companyRole) params.set('companyRole', state.companyRole);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params;
}

/** The /api/timeline parameters of a state. */
export function timelineParamsOf(state) {
  const params = matchParamsOf(state);
  for (const series of state.series) params.append('series', series);
  if (state.normalize) params.set('normalize', state.normalize);
  if (state.interval) params.set('interval', state.interval);
  return params;
}

/**
 * The /api/comentions parameters for a company: there `company` names the company asked about,
 * so the state's company filters are left out.
 */
export function comentionParamsOf(state, company) {
  const params = matchParamsOf(state, { except: 'company' });
  params.set('company', company);
  return params;
}

/** A query-language value: bare when it is one plain word, else quoted. */
function quoted(value) {
  return /^[\p{L}\p{N}]+$/u.test(value) ? value : `"${value.replaceAll('"', '')}"`;
}

/**
 * The result list of the articles that name both companies, through the query language
 * (company:A company:B), within the state's query, other filters and dates.
 */
export function pairState(state, first, second) {
  const pair = `company:${quoted(first)} company:${quoted(second)}`;
  return {
    ...state,
    q: state.q ? `(${state.q}) ${pair}` : pair,
    filters: { ...state.filters, company: [] },
    page: 1,
    article: '',
    view: '',
  };
}

/** A state whose trends chart one more series, or one fewer when it is charted already. */
export function withSeries(state, series) {
  const chosen = state.series.includes(series)
    ? state.series.filter((s) => s !== series)
    : [...state.series, series];
  return { ...state, series: chosen, view: 'trends', article: '' };
}

/** The page address of a state. */
export function urlOf(state) {
  const query = paramsOf(state).toString();
  return query ? `/?${query}` : '/';
}

/** Whether a state shows one hit per story (the page's default) rather than every article. */
export function grouped(state) {
  return state.group !== 'none';
}

/** Whether a state filters by a value of a dimension. */
export function isSelected(state, dimension, value) {
  return (state.filters[dimension] ?? []).includes(value);
}

/** A state whose companies count only where they are the subject, or wherever named. */
export function withSubjectsOnly(state, subjectsOnly) {
  return { ...state, companyRole: subjectsOnly ? 'subject' : '', page: 1, article: '' };
}

/** A state with one facet value added or removed, back on the first page of the list. */
export function toggled(state, dimension, value) {
  const values = state.filters[dimension] ?? [];
  const next = isSelected(state, dimension, value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...state, filters: { ...state.filters, [dimension]: next }, page: 1, article: '' };
}

/** A state without facet values or dates, back on the first page of the list. */
export function withoutFilters(state) {
  const filters = Object.fromEntries(Object.keys(state.filters).map((dimension) => [dimension, []]));
  return { ...state, filters, from: '', to: '', page: 1, article: '' };
}

/** How many filters (facet values and date bounds) a state has. */
export function filterCount(state) {
  return Object.values(state.filters).reduce((n, values) => n + values.length, 0)
    + (state.from ? 1 : 0) + (state.to ? 1 : 0);
}

/** The label of the dimension with this name, or undefined when there is none. */
export function labelOf(dimensions, name) {
  return dimensions.find((dimension) => dimension.name === name)?.label;
}
