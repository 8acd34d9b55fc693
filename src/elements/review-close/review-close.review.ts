import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { isoDateFromParts } from '../../core/fields.js';
import { getLocale, msg, str } from '../../core/locale.js';
import { nowWithOffset } from '../../core/time.js';
import { LIMITS } from '../../schemas/limits.js';
import type { FormContext } from './review-close.context.js';
import { FIELD } from './review-close.errors.js';
import { keepAside } from '../../core/set-aside.js';
import { changedOptions, yesNo, type Changed } from './review-close.options.js';
import { orphanItems, outcomeItem, outcomeRows, section } from './review-close.parts.js';
import {
  editEntry,
  placeChange,
  withdrawalKey,
  type ShownOutcome,
  type WorkingOutcomeReview,
  type WorkingReviewClose,
} from './review-close.state.js';

/** At a review: how each outcome is going and whether it changed, anything new, and the next review. */
export function renderReview(form: FormContext) {
  const { record, outcomes } = form;
  const { rows, orphans, order } = outcomeRows(form, record.outcomeReviews);
  // New outcomes join the outcome-capture record only where the person said what they want.
  const canAdd = !outcomes || outcomes.asked === 'asked-expressed' || (record.newOutcomes ?? []).length > 0;
  return html`${section(
      'review-outcomes',
      msg('What the person wants', { id: 'rc.review.heading' }),
      rows.length || orphans.length
        ? html`<p class="body">${msg('Ask how each thing is going. Write what they say in their own words.', { id: 'rc.review.intro' })}</p>
            <ol class="panel-list">
              ${rows.map(({ outcome, entry }) =>
                guard([entry, outcome.words, outcome.number, getLocale(), ...ids(outcome.number).map(form.error)], () =>
                  reviewedOutcome(form, outcome, entry, order),
                ),
              )}
              ${orphanItems(form, 'outcomeReviews', orphans)}
            </ol>`
        : html`<p class="body">${msg('The person has not said what they want yet.', { id: 'rc.review.none' })}</p>`,
    )}
    ${canAdd ? newOutcomes(form) : nothing}
    ${section(
      'next-review',
      msg('The next review', { id: 'rc.next-review.heading' }),
      form.date(FIELD.nextReviewDate, {
        label: msg('When is the next review?', { id: 'rc.next-review.label' }),
        hint: msg('For example, 12 1 2027', { id: 'rc.next-review.hint' }),
        parts: form.view.nextReviewDate,
        set: (working, view, parts) => {
          view.nextReviewDate = parts;
          view.nextReviewTyped = true;
          const iso = isoDateFromParts(parts);
          if (iso) working.nextReviewDate = iso;
          else delete working.nextReviewDate;
        },
      }),
    )}`;
}

const ids = (n: number) => [FIELD.progress(n), FIELD.changed(n), FIELD.newWords(n), FIELD.changeReason(n), FIELD.withdrawReason(n)];

/** The answer to "has what they want changed?": yes, no, or they no longer want it. */
const changedAnswer = (entry: WorkingOutcomeReview | undefined): Changed | undefined => (entry?.withdrawn ? 'withdrawn' : yesNo(entry?.changed));

function reviewedOutcome(form: FormContext, outcome: ShownOutcome, entry: WorkingOutcomeReview | undefined, order: readonly string[]) {
  const n = outcome.number;
  // A change is always from the words the outcome has now, even if they changed since the review began.
  const edit = (record: WorkingReviewClose, change: (entry: WorkingOutcomeReview) => void) =>
    editEntry((record.outcomeReviews ??= []), outcome.id, order, (working) => {
      change(working);
      if (working.changed && outcome.words !== undefined) working.previousWords = outcome.words;
    });
  return outcomeItem(
    outcome,
    msg(str`What the person wants (${n})`, { id: 'rc.outcome.legend' }),
    html`${form.text(FIELD.progress(n), {
      label: msg('How is it going, in their words?', { id: 'rc.progress.label' }),
      value: entry?.progress,
      maxLength: LIMITS.wordsLength,
      set: (record, text) => edit(record, (working) => (working.progress = text)),
    })}
    ${form.choice(
      FIELD.changed(n),
      msg('Has what they want changed?', { id: 'rc.changed.label' }),
      changedOptions(),
      changedAnswer(entry),
      (record, answer, view) =>
        edit(record, (working) => {
          working.changed = answer === 'yes';
          // A withdrawal set aside comes back with its time and reason when chosen again.
          keepAside(working, 'withdrawn', answer === 'withdrawn', view.aside, withdrawalKey(working));
          if (answer === 'withdrawn') working.withdrawn = { withdrawnAt: nowWithOffset(), ...working.withdrawn };
          placeChange(working, view.aside);
          if (working.changed) working.changedAt = nowWithOffset();
        }),
      {
        conditional: {
          yes: html`${form.text(FIELD.newWords(n), {
            label: msg('What do they want now, in their own words?', { id: 'rc.new-words.label' }),
            value: entry?.newWords,
            maxLength: LIMITS.wordsLength,
            set: (record, text) => edit(record, (working) => (working.newWords = text)),
          })}
          ${form.text(FIELD.changeReason(n), {
            label: msg('Why has it changed?', { id: 'rc.change-reason.label' }),
            hint: msg('Write what the person said, or what happened.', { id: 'rc.change-reason.hint' }),
            value: entry?.reason,
            maxLength: LIMITS.reasonLength,
            set: (record, text) => edit(record, (working) => (working.reason = text)),
          })}`,
          withdrawn: form.text(FIELD.withdrawReason(n), {
            label: msg('Why do they no longer want it?', { id: 'rc.withdrawn-reason.label' }),
            hint: msg('Write what the person said, or what happened.', { id: 'rc.change-reason.hint' }),
            value: entry?.withdrawn?.reason,
            maxLength: LIMITS.reasonLength,
            set: (record, text) => edit(record, (working) => (working.withdrawn = { ...working.withdrawn, reason: text })),
          }),
        },
      },
    )}`,
  );
}

function newOutcomes(form: FormContext) {
  const added = form.record.newOutcomes ?? [];
  return section(
    'new-outcomes',
    msg('Anything new they want', { id: 'rc.new.heading' }),
    html`${added.length
        ? html`<ol class="panel-list">
            ${added.map(
              (outcome, index) => html`<li class="outcome panel">
                ${form.text(FIELD.newOutcome(index), {
                  label: msg(str`Something new they want (${index + 1}), in their own words`, { id: 'rc.new.label' }),
                  value: outcome.words,
                  maxLength: LIMITS.wordsLength,
                  set: (record, text) => {
                    const list = record.newOutcomes!;
                    list[index] = { ...list[index], words: text };
                  },
                })}
                <button type="button" class="link-button" @click=${() => form.removeNewOutcome(index)}>
                  ${msg(str`Remove new thing ${index + 1}`, { id: 'rc.new.remove' })}
                </button>
              </li>`,
            )}
          </ol>`
        : nothing}
      ${form.addButton(FIELD.addNewOutcome, {
        label: msg('Add something new they want', { id: 'rc.new.add' }),
        disabled: added.length >= LIMITS.outcomes,
        onAdd: () => form.addNewOutcome(),
      })}`,
  );
}
