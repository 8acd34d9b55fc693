import { html, nothing } from 'lit';
import type { Quote } from '../../aggregate/report.js';
import { msg } from '../../core/locale.js';
import { achievedLabel } from './outcomes-report.words.js';

/** The person's words beside the numbers, as text, with how far their outcome was achieved. */
export function renderQuotes(quotes: Quote[]) {
  if (quotes.length === 0) return nothing;
  return html`<section class="quotes" part="quotes">
    <h3 class="heading-s">${msg('In people’s own words', { id: 'or.quotes' })}</h3>
    ${quotes.map(
      (quote) => html`<figure class="quote">
        <blockquote><p>${quote.text}</p></blockquote>
        ${quote.achieved ? html`<figcaption class="hint">${achievedLabel(quote.achieved)}</figcaption>` : nothing}
      </figure>`,
    )}
  </section>`;
}
