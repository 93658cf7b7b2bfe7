// The date histogram: SVG bars of the current results per period. Bars are buttons with a roving
// tab stop (arrow keys move between them), so the chart is one stop in the tab order however many
// periods it has.

import { el, svg, ui } from './dom.js';
import { formatArticles, formatNumber, formatPeriod, granularity, inRange } from './format.js';

const WIDTH = 300;
const HEIGHT = 80;

/** Draw the buckets ({period, count}) with the state's date range highlighted; `go` navigates. */
export function renderHistogram(buckets, state, go) {
  const caption = ui.histogram.querySelector('figcaption');
  ui.histogram.replaceChildren(caption);
  if (!buckets.length) {
    ui.histogram.append(el('p', { class: 'help' }, 'No dated articles to chart.'));
    return;
  }
  const barWidth = WIDTH / buckets.length;
  const gap = Math.min(2, barWidth * 0.2);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const filtered = Boolean(state.from || state.to);
  const selectedIndex = buckets.findIndex((b) => filtered && inRange(b.period, state));
  const chart = svg('svg', {
    class: `histogram-chart${filtered ? ' filtered' : ''}`,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    preserveAspectRatio: 'none',
    role: 'group',
    'aria-label': `Articles per ${granularity(buckets[0].period)}`,
  });
  buckets.forEach((bucket, i) => {
    const barHeight = bucket.count ? Math.max(2, (bucket.count / max) * (HEIGHT - 4)) : 0;
    const label = `${formatPeriod(bucket.period)}: ${formatArticles(bucket.count)}`;
    const selected = filtered && inRange(bucket.period, state);
    chart.append(svg('g', {
      class: `bar${selected ? ' in-range' : ''}`,
      role: 'button',
      tabindex: i === Math.max(0, selectedIndex) ? 0 : -1,
      'aria-label': label,
      'aria-pressed': String(selected),
      'data-period': bucket.period,
      'data-focus-key': `bar:${bucket.period}`,
    },
    svg('title', {}, label),
    svg('rect', { class: 'bar-hit', x: i * barWidth, y: 0, width: barWidth, height: HEIGHT }),
    svg('rect', { class: 'bar-fill', x: i * barWidth + gap / 2, y: HEIGHT - barHeight, width: barWidth - gap, height: barHeight })));
  });
  const axis = el('div', { class: 'histogram-axis', 'aria-hidden': 'true' },
    el('span', {}, formatPeriod(buckets[0].period)),
    el('span', {}, `max ${formatNumber(max)}`),
    el('span', {}, formatPeriod(buckets[buckets.length - 1].period)));
  ui.histogram.append(chart, axis);
  if (filtered) {
    const range = state.from === state.to
      ? formatPeriod(state.from)
      : `${state.from ? formatPeriod(state.from) : 'the start'} – ${state.to ? formatPeriod(state.to) : 'now'}`;
    const clear = el('button', { type: 'button', class: 'link-button' }, 'Clear dates');
    clear.addEventListener('click', () => go({ ...state, from: '', to: '', page: 1 }));
    ui.histogram.append(el('p', { class: 'histogram-range' }, `Showing ${range}. `, clear));
  }
}

/** Call `choose` with a bar's period when it is clicked or pressed; arrow keys move between bars. */
export function listenForBars(choose) {
  ui.histogram.addEventListener('click', (event) => {
    const bar = event.target.closest('[data-period]');
    if (bar) choose(bar.dataset.period);
  });
  ui.histogram.addEventListener('keydown', (event) => {
    const bar = event.target.closest('[data-period]');
    if (!bar) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(bar.dataset.period);
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
}

/** The state narrowed to a period, or without dates when it is narrowed to exactly that already. */
export function narrowedTo(state, period) {
  const exact = state.from === period && state.to === period;
  return { ...state, from: exact ? '' : period, to: exact ? '' : period, page: 1 };
}
