import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, notAnswered } from '../../core/common-messages.js';
import { msg, str } from '../../core/locale.js';
import type { OutcomeChange } from '../../schemas/outcome-capture.js';
import {
  advocacyOptions,
  advocacyQuestion,
  advocateOptions,
  areaOptions,
  askedOptions,
  communicationSupportOptions,
  expressedByOptions,
  informationGivenOptions,
  labelOf,
  lackedCapacityOptions,
  meetingOptions,
  methodOptions,
  supportProvidedOptions,
  supporterOptions,
} from './outcome-capture.options.js';
import { wasAsked, type WorkingOutcomeCapture, type OutcomeCaptureView, type WorkingOutcome } from './outcome-capture.state.js';

const row = (key: string, value: TemplateResult | string | undefined) =>
  html`<div class="summary-list__row">
    <dt>${key}</dt>
    <dd>${value || notAnswered()}</dd>
  </div>`;

const labels = <V extends string>(options: { value: V; label: string }[], chosen: readonly V[] | undefined) =>
  options.filter((option) => chosen?.includes(option.value)).map((option) => option.label);

/**
 * The record as a person reads it: the read-only view, and what prints. Every word is shown —
 * earlier words and the reasons they changed, outcomes no longer wanted and why — as text, never
 * as HTML, with no empty controls.
 */
export function renderOutcomeCaptureSummary(record: WorkingOutcomeCapture, view: OutcomeCaptureView) {
  const withdrawing = new Set(view.withdrawing);
  const current = record.outcomes.filter((outcome) => !outcome.withdrawn);
  const withdrawn = record.outcomes.filter((outcome) => outcome.withdrawn);
  const conversation = record.conversation;
  const capacity = record.capacity;
  const support = communicationSupportOptions()
    .filter((option) => conversation?.communicationSupport.includes(option.value))
    .map((option) =>
      option.value === 'other' && conversation?.communicationSupportOther
        ? `${option.label}: ${conversation.communicationSupportOther}`
        : option.label,
    );
  return html`
    <h2 class="heading-m">${msg('What the person wants to happen', { id: 'oc.heading.outcomes' })}</h2>
    ${current.length
      ? html`<ol class="panel-list">
          ${current.map((outcome, index) => renderOutcome(outcome, index + 1))}
        </ol>`
      : html`<p class="body">${msg('Nothing written down.', { id: 'oc.summary.none' })}</p>`}
    ${withdrawn.length
      ? html`<h3 class="heading-s">${msg('No longer wanted', { id: 'oc.withdrawn.heading' })}</h3>
          <ul class="panel-list">
            ${withdrawn.map(
              (outcome) => html`<li class="outcome panel" part="outcome">
                <p class="words">${outcome.words}</p>
                <p>
                  <span class="history__label">${msg('Why they no longer want it:', { id: 'oc.summary.withdrawn-why' })}</span>
                  <span class="words">${outcome.withdrawn!.reason || notAnswered()}</span>
                  ${withdrawing.has(outcome.id) ? nothing : html`<span class="hint">(${formatDateTime(outcome.withdrawn!.withdrawnAt)})</span>`}
                </p>
                ${renderChanges(outcome.history)}
              </li>`,
            )}
          </ul>`
      : nothing}
    <dl class="summary-list">
      ${row(msg('Did you ask the person what they want to happen?', { id: 'oc.asked.label' }), labelOf(askedOptions(record.asked), record.asked))}
      ${record.asked === 'not-asked' && record.notAskedReason
        ? row(msg('Why were they not asked?', { id: 'oc.not-asked-reason.label' }), html`<span class="words">${record.notAskedReason}</span>`)
        : nothing}
      ${record.asked === 'asked-expressed'
        ? row(msg('Who said what the person wants to happen?', { id: 'oc.expressed-by.label' }), labelOf(expressedByOptions(), record.expressedBy))
        : nothing}
      ${wasAsked(record.asked)
        ? html`${row(msg('When did you talk with them?', { id: 'oc.date.label' }), conversation?.date ? formatDate(conversation.date) : undefined)}
          ${row(msg('How did you talk with them?', { id: 'oc.method.label' }), labelOf(methodOptions(), conversation?.method))}
          ${row(msg('What support helped them take part?', { id: 'oc.support.label' }), support.join(', '))}`
        : nothing}
      ${row(
        msg('Did the person lack capacity to make decisions about keeping safe?', { id: 'oc.capacity.label' }),
        labelOf(lackedCapacityOptions(capacity.lacked), capacity.lacked),
      )}
      ${capacity.lacked === 'yes'
        ? html`${row(msg('Which decision was this about?', { id: 'oc.decision.label' }), capacity.decision)}
          ${row(
            msg('Did an advocate, family member or friend support them?', { id: 'oc.support-provided.label' }),
            [labelOf(supportProvidedOptions(capacity.supportProvided), capacity.supportProvided), ...labels(supporterOptions(), capacity.supportedBy)]
              .filter(Boolean)
              .join(', '),
          )}`
        : nothing}
      ${row(
        msg('Was the person given information about safeguarding?', { id: 'oc.information.label' }),
        labelOf(informationGivenOptions(record.informationGiven), record.informationGiven),
      )}
      ${row(
        msg('How does the person want to take part in meetings?', { id: 'oc.meeting.label' }),
        labelOf(meetingOptions(), record.meetingParticipation),
      )}
      ${row(
        advocacyQuestion(),
        [labelOf(advocacyOptions(), record.advocacy?.status), ...labels(advocateOptions(), record.advocacy?.by)].filter(Boolean).join(', '),
      )}
    </dl>
  `;
}

function renderOutcome(outcome: WorkingOutcome, number: number) {
  return html`<li class="outcome panel" part="outcome">
    <h3 class="heading-s outcome__number">${number}.</h3>
    <p class="words">${outcome.words}</p>
    ${outcome.area
      ? html`<p class="hint">${msg('Area for reporting:', { id: 'oc.summary.area' })} ${labelOf(areaOptions(), outcome.area)}</p>`
      : nothing}
    ${renderChanges(outcome.history)}
  </li>`;
}

/** Earlier words, newest first, each with why it changed: headed, for the summary and print. */
function renderChanges(history: readonly OutcomeChange[]) {
  if (!history.length) return nothing;
  return html`<h4 class="history__heading">${msg(str`Earlier words (${history.length})`, { id: 'oc.history.summary' })}</h4>
    ${renderChangeList(history)}`;
}

/** The list of earlier words, newest first, each with when and why it changed. */
export function renderChangeList(history: readonly OutcomeChange[]) {
  return html`<ol class="history__list">
      ${[...history].reverse().map(
        (change) => html`<li>
          <p class="hint">${change.changedAt ? formatDateTime(change.changedAt) : nothing}</p>
          <p>
            <span class="history__label">${msg('Before:', { id: 'oc.history.before' })}</span>
            <span class="words">${change.previousWords}</span>
          </p>
          <p>
            <span class="history__label">${msg('Why it changed:', { id: 'oc.history.why' })}</span>
            <span class="words">${change.reason || notAnswered()}</span>
          </p>
        </li>`,
      )}
    </ol>`;
}
