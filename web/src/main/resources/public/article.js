// The article view: the whole article with the query's words marked, its chips and related
// articles, or its loading and error states, always under a link back to the result list.

import { describeFailure } from './api.js';
import { appendMarked, el, safeHref, ui } from './dom.js';
import { failureContent, metaLine, tagChips } from './results.js';
import { urlOf } from './state.js';

/** Show that the state's article is on its way. */
export function renderArticleLoading(state) {
  ui.articleView.dataset.articleId = state.article;
  ui.articleView.replaceChildren(backLink(state), el('p', { class: 'status status-loading' }, 'Loading article…'));
}

/** Show why the article could not be shown, with a button that calls `retry`. */
export function renderArticleFailure(error, state, retry) {
  ui.articleView.replaceChildren(backLink(state),
    el('div', { class: 'status status-error', role: 'alert' }, failureContent('h1', describeFailure(error), retry)));
}

/** The whole article: title, metadata, marked paragraphs, chips and related articles. */
export function renderArticle(article, view) {
  const { state } = view;
  document.title = `${article.title} – Newsarchive`;
  const title = el('h1', { tabindex: '-1', class: 'article-title' }, article.title || 'Untitled');
  const meta = metaLine(article, { long: true });
  if (article.authors?.length) meta.append(el('span', { class: 'authors' }, `By ${article.authors.join(', ')}`));
  const href = safeHref(article.url);
  if (href) {
    meta.append(el('a', { href, class: 'original', rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Original article ↗'));
  } else if (article.url) {
    meta.append(el('span', { class: 'original' }, article.url));
  }
  // Marked paragraphs are escaped HTML from the server; plain ones are text and stay text.
  const paragraphs = article.markedParagraphs
    ? article.markedParagraphs.map((p) => appendMarked(el('p'), p))
    : (article.paragraphs ?? []).map((p) => el('p', {}, p));
  ui.articleView.replaceChildren(backLink(state), el('article', { class: 'article' },
    el('header', {}, title, meta, tagChips(article, view)),
    el('div', { class: 'article-body' }, paragraphs)));
  if (article.related?.length) {
    ui.articleView.append(el('aside', { class: 'related', 'aria-labelledby': 'related-heading' },
      el('h2', { id: 'related-heading' }, 'Related articles'),
      el('ul', {}, article.related.map((r) => el('li', {},
        el('a', { href: urlOf({ ...state, article: r.id }), 'data-nav': 'article' }, r.title || 'Untitled'),
        metaLine(r))))));
  }
}

/** "Back to results": the entry module returns to the very list the article was opened from. */
function backLink(state) {
  return el('p', { class: 'back-row' },
    el('a', { href: urlOf({ ...state, article: '' }), class: 'back', 'data-nav': 'back' }, '← Back to results'),
    el('span', { class: 'help' }, ' or press Esc'));
}
