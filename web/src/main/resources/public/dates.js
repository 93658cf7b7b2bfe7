// The date filter: the histogram of the current results per period and the From and To fields.
// A period is a year, quarter, month, ISO week or day as the API writes them: "2026", "2026-Q2",
// "2026-04", "2026-W18" or "2026-04-29".
// Histogram bars are buttons with a roving tab stop (arrow keys move between them), so the chart is
// one stop in the tab order however many periods it has.

import { el, svg, ui } from './dom.js';
import { formatArticles, formatDate, formatNumber } from './format.js';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/i; // an ISO week, as the API names weekly periods
const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/i; // January to March is the first
const DAY_MS = 86400000;
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const WIDTH = 300; // the chart's coordinates; it is stretched to the column's width
const HEIGHT = 80;

/**
 * Draw the buckets ({period, count}) with the state's date range highlighted; `go` navigates; the
 * counts are estimates when `about`.
 */
export function renderHistogram(buckets, state, go, { about = false } = {}) {
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
    const label = `${formatPeriod(bucket.period)}: ${formatArticles(bucket.count, { about })}`;
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

/**
 * Let the user change the dates: a histogram bar narrows them to its period, the fields to what is
 * typed there once it is valid. `current` gives the state shown, `go` navigates to another.
 */
export function listenForDates(current, go) {
  const choose = (bar) => go(narrowedTo(current(), bar.dataset.period));
  ui.histogram.addEventListener('click', (event) => {
    const bar = event.target.closest('[data-period]');
    if (bar) choose(bar);
  });
  ui.histogram.addEventListener('keydown', (event) => {
    const bar = event.target.closest('[data-period]');
    if (!bar) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(bar);
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
  const apply = () => applyFields(current(), go);
  ui.dateForm.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  for (const input of [ui.from, ui.to]) input.addEventListener('change', apply);
}

/** Put the state's dates into the fields, with no complaint about them. */
export function showDateFields(state) {
  for (const input of [ui.from, ui.to]) {
    input.value = state[input.name];
    input.removeAttribute('aria-invalid');
  }
  ui.dateError.hidden = true;
}

/** The state narrowed to a period, or without dates when it is narrowed to exactly that already. */
function narrowedTo(state, period) {
  const exact = state.from === period && state.to === period;
  return { ...state, from: exact ? '' : period, to: exact ? '' : period, page: 1 };
}

/** Check the typed dates and go to the state with them, or say what is wrong. */
function applyFields(state, go) {
  const from = ui.from.value.trim();
  const to = ui.to.value.trim();
  const bad = [ui.from, ui.to].filter((input) => input.value.trim() && !validDate(input.value.trim()));
  let problem = bad.length ? 'Use a year, quarter, month or day: 2025, 2025-Q3, 2025-03 or 2025-03-14.' : '';
  if (!problem && from && to && periodStart(from) > periodEnd(to)) {
    problem = '“From” must not be after “To”.';
    bad.push(ui.from);
  }
  for (const input of [ui.from, ui.to]) input.toggleAttribute('aria-invalid', bad.includes(input));
  ui.dateError.textContent = problem;
  ui.dateError.hidden = !problem;
  if (!problem && (from !== state.from || to !== state.to)) go({ ...state, from, to, page: 1 });
}

/** The Monday and Sunday (YYYY-MM-DD) of an ISO week such as "2026-W18", or null for another period. */
export function weekDays(period) {
  const week = WEEK_PATTERN.exec(period);
  if (!week) return null;
  const jan4 = Date.UTC(Number(week[1]), 0, 4); // always in week 1
  const monday = jan4 + ((Number(week[2]) - 1) * 7 - ((new Date(jan4).getUTCDay() + 6) % 7)) * DAY_MS;
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  return { from: day(monday), to: day(monday + 6 * DAY_MS) };
}

/** The first and last day (YYYY-MM-DD) of a quarter such as "2026-Q2", or null for another period. */
function quarterDays(period) {
  const quarter = QUARTER_PATTERN.exec(period);
  if (!quarter) return null;
  const first = (Number(quarter[2]) - 1) * 3 + 1;
  const month = (m) => `${quarter[1]}-${String(m).padStart(2, '0')}`;
  return { from: `${month(first)}-01`, to: periodEnd(month(first + 2)) };
}

/** A period as a person reads it: "2026", "Q2 2026", "Apr 2026", "Week 18, 2026" or "Apr 29, 2026". */
export function formatPeriod(period) {
  const week = WEEK_PATTERN.exec(period);
  if (week) return `Week ${Number(week[2])}, ${week[1]}`;
  const quarter = QUARTER_PATTERN.exec(period);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const [, year, month, day] = DATE_PATTERN.exec(period) ?? [];
  if (day) return formatDate(period);
  if (month) return monthFormat.format(Date.UTC(year, month - 1, 1));
  return year ?? period;
}

/** Whether a period is a year, a quarter, a month, a week or a day. */
function granularity(period) {
  if (WEEK_PATTERN.test(period)) return 'week';
  if (QUARTER_PATTERN.test(period)) return 'quarter';
  return ['', 'year', 'month', 'day'][period.split('-').length];
}

/** The first and last day of a week or quarter, or null for a year, month or day. */
function spanDays(period) {
  return weekDays(period) ?? quarterDays(period);
}

/** The first day of a period as YYYY-MM-DD. */
function periodStart(period) {
  const span = spanDays(period);
  if (span) return span.from;
  const [, year, month = '01', day = '01'] = DATE_PATTERN.exec(period);
  return `${year}-${month}-${day}`;
}

/** The last day of a period as YYYY-MM-DD. */
function periodEnd(period) {
  const span = spanDays(period);
  if (span) return span.to;
  const [, year, month, day] = DATE_PATTERN.exec(period);
  if (day) return period;
  if (!month) return `${year}-12-31`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}

/** Whether a typed date is a real year, quarter, month, ISO week or day, as a bar may fill it in. */
function validDate(text) {
  if (QUARTER_PATTERN.test(text)) return true;
  const week = WEEK_PATTERN.exec(text);
  if (week) {
    // A year has the weeks whose Thursday falls in it: 52, or 53.
    const thursday = new Date(Date.parse(weekDays(text).from) + 3 * DAY_MS);
    return Number(week[2]) >= 1 && thursday.getUTCFullYear() === Number(week[1]);
  }
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (match[2] && (month < 1 || month > 12)) return false;
  if (match[3] && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return false;
  return true;
}

/** Whether a period overlaps the date range of a state. */
function inRange(period, state) {
  return (!state.from || periodEnd(period) >= periodStart(state.from))
    && (!state.to || periodStart(period) <= periodEnd(state.to));
}
