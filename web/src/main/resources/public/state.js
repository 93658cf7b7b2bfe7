// The page state and its address: the one place that knows the query parameters. The URL is the
// state: every view is rendered from the query string, which uses the API's own parameter names, so
// reload, back/forward and shared links all work.
//
// A state is {q, filters, from, to, sort, group, page, size, article}, where filters maps every
// facet dimension's name, in display order, to its selected values; a dimension's name is its
// parameter. The page groups copies of one story unless the address says group=none.

/** Read the page state from a query string, with a filter for each of the dimensions. */
export function stateFrom(search, dimensions) {
  const params = new URLSearchParams(search);
  return {
    q: (params.get('q') ?? '').trim(),
    filters: Object.fromEntries(dimensions.map(({ name }) => [name, params.getAll(name)])),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') ?? '',
    group: params.get('group') === 'none' ? 'none' : 'story',
    page: Math.max(1, Number.parseInt(params.get('page'), 10) || 1),
    size: params.get('size') ?? '',
    article: params.get('article') ?? '',
  };
}

/** The query parameters for a state, with or without the open article. */
export function paramsOf(state, withArticle = true) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [dimension, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(dimension, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort) params.set('sort', state.sort);
  if (!grouped(state)) params.set('group', 'none');
  if (state.page > 1) params.set('page', String(state.page));
  if (state.size) params.set('size', state.size);
  if (withArticle && state.article) params.set('article', state.article);
  return params;
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
