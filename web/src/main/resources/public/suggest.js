// Completions under the search box: fetched a moment after each keystroke, chosen with the mouse
// or the arrow keys and Enter, closed with Esc. The box is an ARIA combobox and the list its listbox.

import { fetchCompletions } from './api.js';
import { el, ui } from './dom.js';

const SUGGEST_DELAY_MS = 120;
const MAX_SHOWN = 8;

/** The completion list of the search box; `choose` is called with the option the user picks. */
export class Completions {
  #timer = null;
  #request = null;
  #options = [];
  #active = -1; // the highlighted option, -1 for the box itself

  /** Completions whose kind is labelled by `kindLabel`, handing the chosen one to `choose`. */
  constructor({ kindLabel, choose }) {
    this.kindLabel = kindLabel;
    this.choose = choose;
  }

  /** Fetch completions for the box's words once typing pauses. */
  schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#fetch(), SUGGEST_DELAY_MS);
  }

  /** Hide the list and forget its options. */
  close() {
    clearTimeout(this.#timer);
    this.#request?.abort();
    this.#options = [];
    this.#active = -1;
    ui.suggestions.hidden = true;
    ui.suggestions.replaceChildren();
    ui.input.setAttribute('aria-expanded', 'false');
    ui.input.removeAttribute('aria-activedescendant');
  }

  /** Handle a key pressed in the box when it concerns the list; whether it did. */
  handleKey(event) {
    if (!this.#options.length) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      this.#move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && this.#active >= 0) {
      this.#pick(this.#options[this.#active]);
    } else if (event.key === 'Escape') {
      this.close(); // the list only: the box keeps its words and an open article stays open
    } else {
      return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  }

  /** Fetch the completions of what the box holds and show them, unless the box moved on. */
  async #fetch() {
    const text = ui.input.value.trim();
    if (text.length < 2) {
      this.close();
      return;
    }
    this.#request?.abort();
    this.#request = new AbortController();
    try {
      const completions = await fetchCompletions(text, this.#request.signal);
      if (ui.input.value.trim() !== text || document.activeElement !== ui.input) return;
      this.#show(completions.slice(0, MAX_SHOWN));
    } catch (error) {
      // Completions are a convenience: the search that runs alongside reports any failure itself.
      if (error.name !== 'AbortError') this.close();
    }
  }

  /** List the options under the box, none highlighted. */
  #show(options) {
    this.#options = options;
    this.#active = -1;
    ui.suggestions.replaceChildren(...options.map((option, i) => {
      const li = el('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false' },
        el('span', { class: 'suggestion-text' }, option.text),
        option.kind ? el('span', { class: 'suggestion-kind' }, this.kindLabel(option.kind)) : null);
      // mousedown, not click: the box must keep its focus
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.#pick(option);
      });
      return li;
    }));
    ui.suggestions.hidden = options.length === 0;
    ui.input.setAttribute('aria-expanded', String(options.length > 0));
    ui.input.removeAttribute('aria-activedescendant');
  }

  /** Move the highlight by `step` options. */
  #move(step) {
    // Positions run -1 (the box itself) to length - 1, wrapping round at both ends.
    const count = this.#options.length;
    this.#active = ((this.#active + 1 + step + count + 1) % (count + 1)) - 1;
    ui.suggestions.querySelectorAll('[role=option]')
      .forEach((li, i) => li.setAttribute('aria-selected', String(i === this.#active)));
    if (this.#active >= 0) ui.input.setAttribute('aria-activedescendant', `suggestion-${this.#active}`);
    else ui.input.removeAttribute('aria-activedescendant');
  }

  /** Close the list and use the option. */
  #pick(option) {
    this.close();
    this.choose(option);
  }
}
