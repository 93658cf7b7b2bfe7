// How counts, dates and periods read, and the period arithmetic behind the date filter. A period is
// a year, month or day as the API writes them: "2026", "2026-04" or "2026-04-29".

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const numbers = new Intl.NumberFormat('en');
const dayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A number as "12,345". */
export function formatNumber(n) {
  return numbers.format(n);
}

/** A number of articles as "1 article" or "12,345 articles". */
export function formatArticles(n) {
  return `${numbers.format(n)} ${n === 1 ? 'article' : 'articles'}`;
}

/** A publication day as "Apr 29, 2026" (or "April 29, 2026" when long), or "Undated". */
export function formatDate(published, { long = false } = {}) {
  const date = published ? new Date(published) : null;
  if (!date || Number.isNaN(date.getTime())) return 'Undated';
  return (long ? longDayFormat : dayFormat).format(date);
}

/** A period as a person reads it: "2026", "Apr 2026" or "Apr 29, 2026". */
export function formatPeriod(period) {
  const [, year, month, day] = DATE_PATTERN.exec(period) ?? [];
  if (day) return dayFormat.format(Date.UTC(year, month - 1, day));
  if (month) return monthFormat.format(Date.UTC(year, month - 1, 1));
  return year ?? period;
}

/** Whether a period is a year, a month or a day. */
export function granularity(period) {
  return ['', 'year', 'month', 'day'][period.split('-').length];
}

/** The first day of a period as YYYY-MM-DD. */
function periodStart(period) {
  const [, year, month = '01', day = '01'] = DATE_PATTERN.exec(period);
  return `${year}-${month}-${day}`;
}

/** The last day of a period as YYYY-MM-DD. */
function periodEnd(period) {
  const [, year, month, day] = DATE_PATTERN.exec(period);
  if (day) return period;
  if (!month) return `${year}-12-31`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${month}-${String(last).padStart(2, '0')}`;
}

/** Whether a typed date is a real year, month or day. */
export function validDate(text) {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (match[2] && (month < 1 || month > 12)) return false;
  if (match[3] && (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())) return false;
  return true;
}

/** Whether the period `from` starts after the period `to` ends. */
export function startsAfter(from, to) {
  return periodStart(from) > periodEnd(to);
}

/** Whether a period overlaps the date range of a state. */
export function inRange(period, state) {
  return (!state.from || periodEnd(period) >= periodStart(state.from))
    && (!state.to || periodStart(period) <= periodEnd(state.to));
}
