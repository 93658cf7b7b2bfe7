// The trends view: coverage over time as a line chart (one line per charted value, counts or share
// of all matching coverage), its legend, and the "With" panel of the companies most often in the
// same articles as one. Drawn here as plain SVG: a few dozen lines of our own code chart a handful
// of series, where a charting library would add a vendored file many times this size.

import { describeFailure } from './api.js';
import { formatPeriod, weekDays } from './dates.js';
import { el, svg, ui } from './dom.js';
import { formatArticles, formatNumber } from './format.js';
import { pairState, urlOf, withSeries } from './state.js';

const WIDTH = 640; // the chart's coordinates; it scales to the column's width
const HEIGHT = 240;
const PAD = 8;
const MAX_DOTS = 120; // periods beyond which points are lines only

/** A value "company:Nvidia" as a person reads it: "Nvidia", or "Chips (topic)" for others. */
export function seriesLabel(value) {
  const [dimension, ...rest] = value.split(':');
  const name = rest.join(':');
  return dimension === 'company' ? name : `${name} (${dimension})`;
}

/** A share as "12.5%". */
function formatShare(share) {
  return `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
}

/** Show a timeline: chart, legend and note. `view` holds the state and `go`. */
export function renderTimeline(timeline, view) {
  const { state } = view;
  const share = timeline.normalize === 'share';
  for (const button of ui.normalize.querySelectorAll('button')) {
    button.setAttribute('aria-pressed', String(button.dataset.normalize === state.normalize));
  }
  ui.interval.value = state.interval;
  const picked = state.series.length
    ? 'Add or remove values with “Compare” beside each filter value.'
    : 'The five companies most in these articles; choose others with “Compare” beside each filter value.';
  ui.trendsNote.textContent = `${formatArticles(timeline.matches)} match, counted per ${timeline.interval}`
    + `${share ? `; each point is a share of ${timeline.denominator}` : ''}. ${picked}`;
  renderChart(timeline, share, state);
  renderLegend(timeline, view);
}

/** Draw one line per series over the timeline's periods, with a column per period to choose. */
function renderChart(timeline, share, state) {
  const caption = ui.trendChart.querySelector('figcaption');
  ui.trendChart.replaceChildren(caption);
  ui.trendReadout.textContent = '';
  const periods = timeline.periods;
  if (!periods.length) {
    ui.trendChart.append(el('p', { class: 'help' }, 'No dated articles to chart.'));
    return;
  }
  const valueOf = (point) => (share ? point.share : point.count);
  const max = Math.max(share ? 0.01 : 1, ...timeline.series.flatMap((s) => s.points.map(valueOf)));
  const step = periods.length > 1 ? (WIDTH - 2 * PAD) / (periods.length - 1) : 0;
  const x = (i) => (periods.length > 1 ? PAD + i * step : WIDTH / 2);
  const y = (value) => HEIGHT - PAD - (value / max) * (HEIGHT - 2 * PAD);
  const chart = svg('svg', {
    class: 'trend-svg',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'group',
    'aria-label': `${share ? 'Share of articles' : 'Articles'} per ${timeline.interval}`,
  });
  chart.append(svg('line', { class: 'trend-base', x1: 0, x2: WIDTH, y1: HEIGHT - PAD, y2: HEIGHT - PAD }));
  periods.forEach((period, i) => chart.append(periodColumn(timeline, i, x(i), step || WIDTH, share)));
  timeline.series.forEach((series, s) => {
    chart.append(svg('polyline', {
      class: `trend-line series-${s}`,
      points: series.points.map((p, i) => `${x(i)},${y(valueOf(p))}`).join(' '),
      'data-series': series.value,
      'data-counts': series.points.map((p) => p.count).join(','),
      'data-shares': share ? series.points.map((p) => p.share).join(',') : null,
    }));
    if (periods.length <= MAX_DOTS) {
      series.points.forEach((p, i) => chart.append(
        svg('circle', { class: `trend-dot series-${s}`, cx: x(i), cy: y(valueOf(p)), r: 3.5 })));
    }
  });
  const selected = periods.findIndex((p) => p.period === state.from && p.period === state.to);
  chart.querySelectorAll('.trend-period')[Math.max(0, selected)].setAttribute('tabindex', '0');
  ui.trendChart.append(chart, el('div', { class: 'histogram-axis', 'aria-hidden': 'true' },
    el('span', {}, formatPeriod(periods[0].period)),
    el('span', {}, `max ${share ? formatShare(max) : formatNumber(max)}`),
    el('span', {}, formatPeriod(periods[periods.length - 1].period))));
}

/** The invisible column over one period: what it says on hover or focus, and a target to choose. */
function periodColumn(timeline, i, cx, width, share) {
  const period = timeline.periods[i];
  const figures = timeline.series.map((series) => {
    const point = series.points[i];
    return `${seriesLabel(series.value)} ${formatNumber(point.count)}${share ? ` (${formatShare(point.share)})` : ''}`;
  });
  const label = `${formatPeriod(period.period)}: ${figures.join(' · ')} · of ${formatArticles(period.count)}`;
  return svg('g', {
    class: 'trend-period',
    role: 'button',
    tabindex: -1,
    'aria-label': label,
    'data-period': period.period,
    'data-focus-key': `trend:${period.period}`,
  },
  svg('title', {}, label),
  svg('rect', { x: cx - width / 2, y: 0, width, height: HEIGHT }));
}

/** One legend entry per series: its line's colour, its name and total, and what can be done. */
function renderLegend(timeline, view) {
  const { state, go } = view;
  ui.trendLegend.replaceChildren(...timeline.series.map((series, s) => {
    const company = series.value.startsWith('company:') ? series.value.slice('company:'.length) : null;
    const item = el('li', { 'data-series': series.value },
      svg('svg', { class: 'swatch', viewBox: '0 0 20 10', 'aria-hidden': 'true' },
        svg('line', { class: `trend-line series-${s}`, x1: 0, x2: 20, y1: 5, y2: 5 })),
      el('span', { class: 'legend-name' }, seriesLabel(series.value)),
      el('span', { class: 'legend-total' }, formatArticles(series.total)));
    if (company) {
      const shown = company === withCompany(state, timeline);
      const withButton = el('button', { type: 'button', class: 'link-button', 'aria-pressed': String(shown) },
        `With ${company}`);
      withButton.addEventListener('click', () => go({ ...state, with: company }));
      item.append(withButton);
    }
    if (state.series.includes(series.value)) {
      const remove = el('button', { type: 'button', class: 'link-button remove',
        'aria-label': `Stop charting ${seriesLabel(series.value)}` }, '×');
      remove.addEventListener('click', () => go(withSeries(state, series.value)));
      item.append(remove);
    }
    return item;
  }));
}

/** The company the "With" panel is about: the chosen one, else the first charted company. */
export function withCompany(state, timeline) {
  if (state.with) return state.with;
  const first = timeline?.series.find((series) => series.value.startsWith('company:'));
  return first ? first.value.slice('company:'.length) : '';
}

/** List the companies most in the same articles, each a link to the articles with both. */
export function renderComentions(comentions, view) {
  const { state } = view;
  ui.withPanel.hidden = false;
  ui.withHeading.textContent = `With ${comentions.company}`;
  ui.withNote.textContent = comentions.companies.length
    ? `In ${formatArticles(comentions.total)} of ${formatNumber(comentions.population)} matching, `
      + 'the companies most often alongside; lift is how many times more often than chance.'
    : `No other company appears in its ${formatArticles(comentions.total)}.`;
  const top = Math.max(1, ...comentions.companies.map((c) => c.count));
  ui.withList.replaceChildren(...comentions.companies.map((company) => el('li', {},
    el('a', {
      href: urlOf(pairState(state, comentions.company, company.value)),
      'data-nav': 'pair',
      class: 'with-link',
    }, company.value),
    svg('svg', { class: 'with-bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
      svg('rect', { x: 0, y: 0, width: (100 * company.count) / top, height: 8 })),
    el('span', { class: 'with-figures' },
      `${formatNumber(company.count)} · ${formatShare(company.share)} · lift ${company.lift.toFixed(1)}×`))));
}

/** Hide the "With" panel (no company charted). */
export function hideComentions() {
  ui.withPanel.hidden = true;
}

/** Say why the trends could not be shown. */
export function renderTrendsFailure(error) {
  const { title, detail } = describeFailure(error);
  ui.trendsNote.textContent = `${title} ${detail}`;
  ui.trendChart.replaceChildren(ui.trendChart.querySelector('figcaption'));
  ui.trendLegend.replaceChildren();
  ui.withPanel.hidden = true;
}

/**
 * Let the user act on the chart: a period narrows the dates to it (click, Enter or Space; arrows
 * move between periods), hovering or focusing one reads its figures out, and the toggle switches
 * between counts and shares. `current` gives the state shown, `go` navigates.
 */
export function listenForTrends(current, go) {
  const choose = (column) => go(narrowedTo(current(), column.dataset.period));
  const read = (event) => {
    const column = event.target.closest?.('.trend-period');
    if (column) ui.trendReadout.textContent = column.getAttribute('aria-label');
  };
  ui.trendChart.addEventListener('pointerover', read);
  ui.trendChart.addEventListener('focusin', read);
  ui.trendChart.addEventListener('click', (event) => {
    const column = event.target.closest('.trend-period');
    if (column) choose(column);
  });
  ui.trendChart.addEventListener('keydown', (event) => {
    const column = event.target.closest('.trend-period');
    if (!column) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(column);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const columns = [...ui.trendChart.querySelectorAll('.trend-period')];
      const next = columns[columns.indexOf(column) + (event.key === 'ArrowLeft' ? -1 : 1)];
      if (next) {
        column.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      }
    }
  });
  ui.normalize.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-normalize]');
    if (button) go({ ...current(), normalize: button.dataset.normalize });
  });
  ui.interval.addEventListener('change', () => go({ ...current(), interval: ui.interval.value }));
}

/** The state narrowed to a period; a week becomes its Monday to Sunday, which the date fields take. */
function narrowedTo(state, period) {
  const { from, to } = weekDays(period) ?? { from: period, to: period };
  return { ...state, from, to, page: 1 };
}
