import { html, type TemplateResult } from 'lit';
import { errorMessage } from '../../core/fields.js';
import { guard } from 'lit/directives/guard.js';
import { getLocale, msg, str } from '../../core/locale.js';
import type { FormContext } from './review-close.context.js';
import { FIELD } from './review-close.errors.js';
import { rowsOf, type ShownOutcome } from './review-close.state.js';

/** Pieces of the form that a review and an ending share. */

/** A section of the form under its own heading, which names it. */
export const section = (id: string, heading: string, content: unknown): TemplateResult =>
  html`<section class="section" aria-labelledby=${`${id}-heading`}>
    <h2 class="heading-m" id=${`${id}-heading`}>${heading}</h2>
    ${content}
  </section>`;

/**
 * The list of outcomes to review or close, each with its questions (rendered again only when its
 * entry, words, number, locale or messages change), then the answers that belong to none; and how
 * many items it has. `fields` are the ids of the questions about one outcome.
 */
export function outcomeList<T extends { outcomeId: string }>(
  form: FormContext,
  list: 'outcomeReviews' | 'outcomeResults',
  fields: readonly ((n: number) => string)[],
  item: (outcome: ShownOutcome, entry: T | undefined, order: readonly string[]) => TemplateResult,
): [list: TemplateResult, count: number] {
  const entries = form.record[list] as T[] | undefined;
  const { rows, orphans, order } = rowsOf(form.outcomes, entries);
  return [
    html`<ol class="panel-list">
      ${rows.map(({ outcome, entry }) =>
        guard([entry, outcome.words, outcome.number, getLocale(), ...fields.map((id) => form.error(id(outcome.number)))], () =>
          item(outcome, entry, order),
        ),
      )}
      ${orphanItems(form, list, orphans)}
    </ol>`,
    rows.length + orphans.length,
  ];
}

/** Their words are not here: the element was not given the outcome-capture record. */
export const wordsNotHere = () => msg('Their words are not shown here.', { id: 'rc.outcome.words-unknown' });

/** One outcome, as a group of questions named by its number, under the person's words quoted as they said them. */
export function outcomeItem(outcome: ShownOutcome, legend: string, questions: TemplateResult) {
  const legendId = `outcome-${outcome.number}-legend`;
  return html`<li class="outcome panel" part="outcome">
    <fieldset class="fieldset" aria-labelledby=${legendId}>
      <legend class="heading-s" id=${legendId}>${legend}</legend>
      ${outcome.words !== undefined
        ? html`<p class="body words outcome__words">“${outcome.words}”</p>`
        : html`<p class="hint">${wordsNotHere()}</p>`}
      ${questions}
    </fieldset>
  </li>`;
}

/**
 * Answers for outcomes the form does not show: not in the outcome-capture record, no longer
 * wanted, or named twice. The person removes each; nothing is removed for them.
 */
function orphanItems(form: FormContext, list: 'outcomeReviews' | 'outcomeResults', orphans: readonly number[]) {
  return orphans.map((index) => {
    const id = FIELD.orphan(index);
    return html`<li class="outcome panel" part="outcome">
      <div class="form-group form-group--error">
        ${errorMessage(id, msg('This answer is not for anything the person wants now. Remove it', { id: 'rc.error.unknown' }))}
        <button type="button" class="button button--secondary" id=${id} aria-describedby=${`${id}-error`} @click=${() => form.removeOrphan(list, index)}>
          ${msg(str`Remove answer ${index + 1}`, { id: 'rc.orphan.remove' })}
        </button>
      </div>
    </li>`;
  });
}
