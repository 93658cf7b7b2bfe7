// The facet lists beside the results: one section per dimension the API names, each a checkbox list
// with counts, selected values first, long lists folded behind "Show more"; the company section
// also has the "Main subject only" switch.

import { el, ui } from './dom.js';
import { formatArticles, formatNumber } from './format.js';
import { grouped, toggled, withSeries, withSubjectsOnly } from './state.js';

const FACET_COLLAPSED = 8; // values shown before "Show more"

/**
 * Show each dimension's values from a search result's facets. `view` holds the state, the
 * dimensions, the set of unfolded dimensions and `go`, which navigates.
 */
export function renderFacets(facets, view, { about = false } = {}) {
  for (const dimension of view.dimensions) {
    renderFacet(sectionOf(dimension), dimension.name, facets?.[dimension.name] ?? [], view, about);
  }
}

/** The trends view's action on a value: chart it over time, or stop charting it. */
function compareButton(dimension, value, { state, go }) {
  const series = `${dimension}:${value}`;
  const charted = state.series.includes(series);
  const button = el('button', {
    type: 'button',
    class: 'compare',
    'aria-pressed': String(charted),
    'aria-label': `${charted ? 'Stop comparing' : 'Compare'} ${value} over time`,
    'data-focus-key': `compare:${series}`,
  }, charted ? 'Charted' : 'Compare');
  button.addEventListener('click', () => go(withSeries(state, series)));
  return button;
}

/** The switch that limits the company filter and counts to the articles about the company. */
function subjectSwitch({ state, go }) {
  const box = el('input', { type: 'checkbox', name: 'companyRole', 'data-focus-key': 'companyRole' });
  box.checked = state.companyRole === 'subject';
  box.addEventListener('change', () => go(withSubjectsOnly(state, box.checked)));
  return el('label', {
    class: 'subject-switch',
    title: 'Count an article for a company only when it names the company in its title or first'
      + ' paragraph, or names it at least twice',
  }, box, 'Main subject only');
}

/** The filter section of a dimension, added after the others the first time it is needed. */
function sectionOf({ name, label }) {
  const section = ui.filters.querySelector(`.facet[data-dimension="${CSS.escape(name)}"]`);
  if (section) return section;
  const headingId = `facet-${name}-heading`;
  return ui.filters.appendChild(el('section', {
    class: 'filter-group facet',
    'data-dimension': name,
    'aria-labelledby': headingId,
  }, el('h2', { id: headingId }, label)));
}

/** A facet as a checkbox list: selected values first, then by count, long lists folded. */
function renderFacet(section, dimension, values, view, about) {
  const { state, expanded, go } = view;
  const selected = new Set(state.filters[dimension]);
  const entries = values.map((v) => ({ ...v, selected: v.selected || selected.has(v.value) }));
  for (const value of selected) {
    if (!entries.some((e) => e.value === value)) entries.push({ value, count: 0, selected: true });
  }
  entries.sort((a, b) => Number(b.selected) - Number(a.selected));
  const heading = section.querySelector('h2');
  const subjects = dimension === 'company' ? subjectSwitch(view) : null;
  section.replaceChildren(...[heading, subjects].filter(Boolean));
  // Kept while on, so that a search with no subject companies can still turn it off.
  section.hidden = entries.length === 0 && state.companyRole !== 'subject';
  const unfolded = expanded.has(dimension);
  const shown = unfolded ? entries : entries.slice(0, Math.max(FACET_COLLAPSED, selected.size));
  const list = el('ul', { id: `facet-values-${dimension}`, class: 'facet-values', 'aria-labelledby': heading.id });
  for (const entry of shown) {
    const box = el('input', {
      type: 'checkbox',
      name: dimension,
      value: entry.value,
      'data-focus-key': `${dimension}:${entry.value}`,
    });
    box.checked = entry.selected;
    box.addEventListener('change', () => go(toggled(state, dimension, entry.value)));
    list.append(el('li', {},
      el('label', { class: entry.selected ? 'selected' : null },
        box,
        el('span', { class: 'facet-name' }, entry.value),
        el('span', { class: 'facet-count', 'aria-label': formatArticles(entry.count, { stories: grouped(state), about }) }, formatNumber(entry.count, { about }))),
      state.view === 'trends' ? compareButton(dimension, entry.value, view) : null));
  }
  section.append(list);
  if (entries.length > FACET_COLLAPSED) {
    const hiddenCount = entries.length - shown.length;
    const more = el('button', {
      type: 'button',
      class: 'link-button more',
      'aria-expanded': String(unfolded),
      'data-focus-key': `more:${dimension}`,
    }, unfolded ? 'Show fewer' : `Show ${hiddenCount} more`);
    more.hidden = !unfolded && hiddenCount === 0;
    more.addEventListener('click', () => {
      if (unfolded) expanded.delete(dimension);
      else expanded.add(dimension);
      renderFacet(section, dimension, values, view, about);
      section.querySelector('.more')?.focus();
    });
    section.append(more);
  }
}
