import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, notAnswered } from '../../core/common-messages.js';
import { msg, str } from '../../core/locale.js';
import type { OutcomeCaptureRecord } from '../../schemas/outcome-capture.js';
import type { OutcomeAchievement } from '../../schemas/sac-codes.js';
import type { Feedback } from '../../schemas/review-close.js';
import type { ChoiceOption } from '../../core/fields.js';
import { RISK_SOURCES } from '../../schemas/sac-codes.js';
import {
  actionAndResultOptions,
  enquiryTypeOptions,
  labelOf,
  methodOptions,
  participantOptions,
  responseOptions,
  riskOutcomeOptions,
  riskSourceOptions,
} from './review-close.options.js';
import { wordsNotHere } from './review-close.parts.js';
import {
  rowsOf,
  shownOutcomes,
  type WorkingEnding,
  type WorkingOutcomeResult,
  type WorkingOutcomeReview,
  type WorkingReviewClose,
  type ShownOutcome,
} from './review-close.state.js';

/**
 * The record as a practitioner reads it back to the person, in plain words: "You told us you
 * wanted … We think this was partly achieved because …". The read-only view, and what prints.
 * Every word is shown, as text, never as HTML, with no empty controls.
 */
export function renderReviewCloseSummary(record: WorkingReviewClose, outcomes: OutcomeCaptureRecord | undefined): TemplateResult {
  if (record.stage === 'review') return reviewSummary(record, outcomes);
  if (record.stage === 'closure') return closureSummary(record, outcomes);
  return html`<p class="body">${notAnswered()}</p>`;
}

const para = (text: string | TemplateResult) => html`<p class="body words">${text}</p>`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "You told us you wanted: “…”", or, without the outcome-capture record, that the words are not here. */
const wanted = (outcome: ShownOutcome | undefined) =>
  para(outcome?.words !== undefined ? msg(str`You told us you wanted: “${outcome.words}”`, { id: 'rc.summary.wanted' }) : wordsNotHere());

/** The outcomes shown, then any answers for outcomes not shown, each with its entry. */
function outcomeItems<T extends { outcomeId: string }>(
  entries: readonly T[] | undefined,
  outcomes: OutcomeCaptureRecord | undefined,
  render: (entry: T | undefined) => TemplateResult,
) {
  const { rows, orphans } = rowsOf(shownOutcomes(outcomes, entries), entries);
  const items = [...rows, ...orphans.map((index) => ({ outcome: undefined, entry: entries![index] }))];
  if (!items.length) return nothing;
  return html`<ol class="panel-list">
    ${items.map(
      ({ outcome, entry }) => html`<li class="readback" part="outcome">${wanted(outcome)}${render(entry)}</li>`,
    )}
  </ol>`;
}

// ——— at a review ———

function reviewSummary(record: WorkingReviewClose, outcomes: OutcomeCaptureRecord | undefined) {
  const added = record.newOutcomes ?? [];
  return html`<h2 class="heading-m">${msg('How things are going', { id: 'rc.summary.review-heading' })}</h2>
    ${outcomeItems(record.outcomeReviews, outcomes, reviewed)}
    ${added.length
      ? html`<h3 class="heading-s">${msg('Something new you want', { id: 'rc.summary.new-heading' })}</h3>
          <ul class="panel-list">
            ${added.map((outcome) => html`<li class="readback">${para(`“${outcome.words}”`)}</li>`)}
          </ul>`
      : nothing}
    ${para(
      record.nextReviewDate
        ? msg(str`Your next review is on ${formatDate(record.nextReviewDate)}.`, { id: 'rc.summary.next-review' })
        : msg('The date of your next review is not set yet.', { id: 'rc.summary.next-review-unset' }),
    )}`;
}

function reviewed(entry: WorkingOutcomeReview | undefined) {
  return html`${para(msg(str`How it is going, in your words: “${entry?.progress || notAnswered()}”`, { id: 'rc.summary.progress' }))}
  ${entry?.withdrawn
    ? para(msg(str`You no longer want this. Why: ${entry.withdrawn.reason || notAnswered()}`, { id: 'rc.summary.withdrawn' }))
    : entry?.changed
    ? html`${para(msg(str`Now you want: “${entry.newWords || notAnswered()}”`, { id: 'rc.summary.now-want' }))}
      ${para(msg(str`Why it changed: ${entry.reason || notAnswered()}`, { id: 'rc.summary.why-changed' }))}`
    : entry?.changed === false
      ? para(msg('This has not changed.', { id: 'rc.summary.unchanged' }))
      : nothing}`;
}

// ——— at closure ———

function closureSummary(record: WorkingReviewClose, outcomes: OutcomeCaptureRecord | undefined) {
  const risks = RISK_SOURCES.filter((source) => record.risks?.[source]);
  const used = (record.responses ?? []).map((code) => lowerFirst(labelOf(responseOptions(), code) ?? code)).join(', ');
  return html`<h2 class="heading-m">${msg('The enquiry', { id: 'rc.enquiry.heading' })}</h2>
    ${para(
      msg(str`The enquiry ended on ${record.concludedOn ? formatDate(record.concludedOn) : notAnswered()}.`, { id: 'rc.summary.concluded' }),
    )}
    ${para(msg(str`Kind of enquiry: ${labelOf(enquiryTypeOptions(), record.enquiryType) ?? notAnswered()}`, { id: 'rc.summary.enquiry-type' }))}
    <h2 class="heading-m">${msg('What you wanted, and what happened', { id: 'rc.summary.closure-heading' })}</h2>
    ${record.asked === 'asked-expressed'
      ? html`${outcomeItems(record.outcomeResults, outcomes, achieved)}
        ${para(overall(record.overallAchieved))}`
      : para(notExpressed(record))}
    <h2 class="heading-m">${msg('What we did about the risk', { id: 'rc.summary.risk-heading' })}</h2>
    ${risks.length
      ? risks.map(
          (source) => html`<h3 class="heading-s">${labelOf(riskSourceOptions(), source)}</h3>
            ${sentence(actionAndResultOptions(), record.risks![source]!.actionAndResult)}
            ${record.risks![source]!.riskOutcome ? sentence(riskOutcomeOptions(), record.risks![source]!.riskOutcome) : nothing}`,
        )
      : para(notAnswered())}
    ${para(msg(str`Ways of working we used: ${used || notAnswered()}`, { id: 'rc.summary.responses' }))}
    <h2 class="heading-m">${msg('Talking about the end', { id: 'rc.ending.heading' })}</h2>
    ${ending(record.ending)} ${para(record.feedback ? feedback(record.feedback) : notAnswered())} ${para(quoting(record))}
    <h2 class="heading-m">${msg('Why we made these decisions', { id: 'rc.summary.rationale-heading' })}</h2>
    ${para(record.rationale || notAnswered())}
    ${record.procedure?.followed === false
      ? para(msg(str`We did not follow our usual way of working: ${record.procedure.departure || notAnswered()}`, { id: 'rc.summary.departure' }))
      : nothing}
    <h2 class="heading-m">${msg('What happens next', { id: 'rc.next-steps.heading' })}</h2>
    ${para(record.nextSteps || notAnswered())}`;
}

/** Why no outcome is marked as achieved, in the words of the one reading it back. */
function notExpressed(record: WorkingReviewClose) {
  switch (record.asked) {
    case 'asked-not-expressed':
      return msg('We asked you what you wanted to happen, and you did not say. So we have not marked anything as achieved.', {
        id: 'rc.summary.not-expressed',
      });
    case 'not-asked':
      return msg('We did not ask you what you wanted to happen. So we have not marked anything as achieved.', { id: 'rc.summary.not-asked' });
    case undefined:
      return notAnswered();
    default:
      return msg('We do not know whether we asked you what you wanted to happen. So we have not marked anything as achieved.', {
        id: 'rc.summary.asked-unknown',
      });
  }
}

function achieved(entry: WorkingOutcomeResult | undefined) {
  return html`${para(judgement(entry?.achieved, entry?.reason))}
  ${entry?.personComment ? para(msg(str`You said: “${entry.personComment}”`, { id: 'rc.summary.comment' })) : nothing}
  ${entry?.barriers ? para(msg(str`What got in the way: ${entry.barriers}`, { id: 'rc.summary.barriers' })) : nothing}`;
}

/** The enquiry's one answer to "were the outcomes they wanted achieved?". */
function overall(achieved: OutcomeAchievement | undefined): string {
  switch (achieved) {
    case 'fully':
      return msg('Overall, we think what you wanted was fully achieved.', { id: 'rc.summary.overall-fully' });
    case 'partially':
      return msg('Overall, we think what you wanted was partly achieved.', { id: 'rc.summary.overall-partially' });
    case 'not':
      return msg('Overall, we think what you wanted was not achieved.', { id: 'rc.summary.overall-not' });
    default:
      return notAnswered();
  }
}

/** "We think this was partly achieved because …". */
function judgement(achieved: OutcomeAchievement | undefined, reason: string | undefined): string {
  const judged =
    achieved === 'fully'
      ? msg('We think this was fully achieved', { id: 'rc.summary.fully' })
      : achieved === 'partially'
        ? msg('We think this was partly achieved', { id: 'rc.summary.partially' })
        : achieved === 'not'
          ? msg('We think this was not achieved', { id: 'rc.summary.not' })
          : undefined;
  if (!judged) return notAnswered();
  return reason ? msg(str`${judged} because ${reason}`, { id: 'rc.summary.because' }) : `${judged}.`;
}

/** A choice read back as a sentence: "The risk is lower." */
const sentence = <V extends string>(options: readonly ChoiceOption<V>[], value: V | undefined) =>
  para(value ? `${labelOf(options, value)}.` : notAnswered());

function ending(conversation: WorkingEnding | undefined) {
  if (conversation?.happened === false) {
    return html`${para(msg('We did not talk with you about ending safeguarding.', { id: 'rc.summary.no-ending' }))}
    ${conversation.whyNot ? para(msg(str`Why not: ${conversation.whyNot}`, { id: 'rc.summary.why-not' })) : nothing}`;
  }
  if (!conversation?.happened) return para(notAnswered());
  const when = conversation.date ? formatDate(conversation.date) : notAnswered();
  const how = lowerFirst(labelOf(methodOptions(), conversation.method) ?? notAnswered());
  const who = (conversation.participants ?? [])
    .map((code) => (code === 'person' ? msg('you', { id: 'rc.summary.you' }) : lowerFirst(labelOf(participantOptions(), code)!)))
    .join(', ');
  return html`${para(msg(str`We talked about ending safeguarding on ${when}, ${how}.`, { id: 'rc.summary.ending' }))}
  ${para(msg(str`Who was there: ${who || notAnswered()}`, { id: 'rc.summary.who' }))}`;
}

/** Whether their words may be quoted to the Board, and who said so. */
function quoting(record: WorkingReviewClose): string {
  const byYou = record.quoteConsentBy === 'person';
  switch (record.quoteConsent) {
    case 'yes':
      return byYou
        ? msg('You agreed that we may quote your words, without your name, in reports to the Safeguarding Adults Board.', { id: 'rc.summary.quote-yes' })
        : msg('Someone who represents you agreed that we may quote your words, without your name, in reports to the Safeguarding Adults Board.', {
            id: 'rc.summary.quote-yes-representative',
          });
    case 'no':
      return byYou
        ? msg('You said we may not quote your words in reports to the Safeguarding Adults Board.', { id: 'rc.summary.quote-no' })
        : msg('Someone who represents you said we may not quote your words in reports to the Safeguarding Adults Board.', {
            id: 'rc.summary.quote-no-representative',
          });
    case 'not-asked':
      return msg('We did not ask whether we may quote your words in reports to the Safeguarding Adults Board.', { id: 'rc.summary.quote-not-asked' });
    default:
      return notAnswered();
  }
}

function feedback(code: Feedback): string {
  switch (code) {
    case 'questionnaire-completed':
      return msg('You told us how safeguarding felt for you, in the questionnaire.', { id: 'rc.summary.feedback.completed' });
    case 'offered-pending':
      return msg('We asked how safeguarding felt for you, and you will tell us later.', { id: 'rc.summary.feedback.pending' });
    case 'offered-declined':
      return msg('We asked how safeguarding felt for you, and you did not want to say.', { id: 'rc.summary.feedback.declined' });
    case 'not-offered':
      return msg('We did not ask you how safeguarding felt for you.', { id: 'rc.summary.feedback.not-offered' });
  }
}
