import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, notAnswered } from '../../core/common-messages.js';
import { msg } from '../../core/locale.js';
import {
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
import { wasAsked, type OutcomeCaptureState } from './outcome-capture.state.js';

const row = (key: string, value: TemplateResult | string | undefined) =>
  html`<div class="summary-list__row">
    <dt>${key}</dt>
    <dd>${value || notAnswered()}</dd>
  </div>`;

/** The read-only view: what was recorded, as a GOV.UK summary list. Person-entered text stays text. */
export function renderOutcomeCaptureSummary(state: OutcomeCaptureState) {
  const current = state.outcomes.filter((outcome) => !outcome.withdrawn && !outcome.withdrawing);
  const support = communicationSupportOptions()
    .filter((option) => state.communicationSupport.includes(option.value))
    .map((option) => (option.value === 'other' && state.communicationSupportOther ? state.communicationSupportOther : option.label));
  return html`
    <h2 class="heading-m">${msg('What you want to happen', { id: 'oc.heading.outcomes' })}</h2>
    ${current.length
      ? html`<ol class="outcome-list">
          ${current.map(
            (outcome, index) => html`<li class="outcome" part="outcome">
              <h3 class="heading-s outcome__number">${index + 1}.</h3>
              <p class="words">${outcome.words}</p>
              ${outcome.area
                ? html`<p class="hint">${msg('Area for reporting:', { id: 'oc.summary.area' })} ${labelOf(areaOptions(), outcome.area)}</p>`
                : nothing}
              ${outcome.history.length
                ? html`<p class="hint">
                    ${msg('Changed:', { id: 'oc.summary.changed' })}
                    ${formatDateTime(outcome.history[outcome.history.length - 1].changedAt)}
                  </p>`
                : nothing}
            </li>`,
          )}
        </ol>`
      : html`<p class="body">${msg('Nothing written down.', { id: 'oc.summary.none' })}</p>`}
    <dl class="summary-list">
      ${row(msg('Did you ask the person what they want to happen?', { id: 'oc.asked.label' }), labelOf(askedOptions(), state.asked))}
      ${state.asked === 'not-asked' && state.notAskedReason
        ? row(msg('Why were they not asked?', { id: 'oc.not-asked-reason.label' }), state.notAskedReason)
        : nothing}
      ${state.asked === 'asked-expressed'
        ? row(msg('Who said what the person wants to happen?', { id: 'oc.expressed-by.label' }), labelOf(expressedByOptions(), state.expressedBy))
        : nothing}
      ${wasAsked(state.asked)
        ? html`${row(msg('When did you talk with them?', { id: 'oc.date.label' }), state.conversationDate ? formatDate(state.conversationDate) : undefined)}
          ${row(msg('How did you talk with them?', { id: 'oc.method.label' }), labelOf(methodOptions(), state.conversationMethod))}
          ${row(msg('What support helped them take part?', { id: 'oc.support.label' }), support.join(', '))}`
        : nothing}
      ${row(
        msg('Did the person lack capacity to make decisions about keeping safe?', { id: 'oc.capacity.label' }),
        labelOf(lackedCapacityOptions(), state.lackedCapacity),
      )}
      ${state.lackedCapacity === 'yes'
        ? html`${row(msg('Which decision was this about?', { id: 'oc.decision.label' }), state.capacityDecision)}
          ${row(
            msg('Did an advocate, family member or friend support them?', { id: 'oc.support-provided.label' }),
            [labelOf(supportProvidedOptions(), state.supportProvided), ...supporterOptions()
              .filter((option) => state.supportedBy.includes(option.value))
              .map((option) => option.label)]
              .filter(Boolean)
              .join(', '),
          )}`
        : nothing}
      ${row(
        msg('Was the person given information about safeguarding?', { id: 'oc.information.label' }),
        labelOf(informationGivenOptions(), state.informationGiven),
      )}
      ${row(
        msg('How does the person want to take part in meetings?', { id: 'oc.meeting.label' }),
        labelOf(meetingOptions(), state.meetingParticipation),
      )}
    </dl>
  `;
}
