// How counts and publication days read.

const numbers = new Intl.NumberFormat('en');
// An estimate (a count scaled up from a sample) shows the digits it can vouch for.
const estimates = new Intl.NumberFormat('en', { maximumSignificantDigits: 2 });
const dayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A number as "12,345", or an estimate as "≈12,000". */
export function formatNumber(n, { about = false } = {}) {
  return about ? `≈${estimates.format(n)}` : numbers.format(n);
}

/**
 * A number of articles as "1 article" or "12,345 articles"; of stories when `stories`; an
 * estimate as "about 12,000 articles".
 */
export function formatArticles(n, { stories = false, about = false } = {}) {
  const noun = stories ? (n === 1 ? 'story' : 'stories') : (n === 1 ? 'article' : 'articles');
  return about ? `about ${estimates.format(n)} ${noun}` : `${numbers.format(n)} ${noun}`;
}

/** A day ("2026-04-29", as the API writes it) as "Apr 29, 2026" or "April 29, 2026", or "Undated". */
export function formatDate(published, { long = false } = {}) {
  const date = published ? new Date(published) : null;
  if (!date || Number.isNaN(date.getTime())) return 'Undated';
  return (long ? longDayFormat : dayFormat).format(date);
}
