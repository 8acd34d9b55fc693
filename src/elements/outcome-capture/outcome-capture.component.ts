import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, optional } from '../../core/common-messages.js';
import { checkboxesField, dateField, errorMessage, radiosField, selectField, textField } from '../../core/fields.js';
import { MspFormElement } from '../../core/form-element.js';
import { msg, str } from '../../core/locale.js';
import { nowWithOffset, today } from '../../core/time.js';
import type { RecordIssue } from '../../schemas/issues.js';
import { LIMITS } from '../../schemas/limits.js';
import { outcomeCaptureSchema, type OutcomeCaptureRecord } from '../../schemas/outcome-capture.js';
import { FIELD, outcomeCaptureFieldError } from './outcome-capture.errors.js';
import {
  askedOptions,
  communicationSupportOptions,
  expressedByOptions,
  informationGivenOptions,
  lackedCapacityOptions,
  meetingOptions,
  methodOptions,
  supportProvidedOptions,
  supporterOptions,
  areaOptions,
} from './outcome-capture.options.js';
import {
  emptyOutcomeCaptureState,
  isEmptyOutcomeCapture,
  newOutcome,
  outcomeCaptureRecordFromState,
  outcomeCaptureStateFromValue,
  reviveOutcomeCaptureState,
  wasAsked,
  wordsChanged,
  type OutcomeCaptureState,
  type OutcomeDraft,
} from './outcome-capture.state.js';
import { outcomeCaptureStyles } from './outcome-capture.styles.js';
import { renderOutcomeCaptureSummary } from './outcome-capture.summary.js';

/**
 * What the person wants to happen, in their own words, at the start of a safeguarding enquiry
 * and as it changes; with the national (SAC) answers about whether they were asked, capacity and
 * support. Emits an `msp.outcome-capture` record.
 *
 * @tag msp-outcome-capture
 * @summary Capture the person's desired outcomes in their own words.
 *
 * @fires {MspInputEvent} msp-input - Every edit. `detail: { value, valid }`.
 * @fires {MspChangeEvent} msp-change - A committed edit. `detail: { value, valid }`.
 * @fires {MspSubmitEvent} msp-submit - Completed; `detail` is the valid `msp.outcome-capture` record.
 * @fires {MspErrorEvent} msp-error - The host gave an invalid value, malformed JSON, an unknown locale, or storage failed.
 *
 * @csspart base - Everything the element shows.
 * @csspart error-summary - The list of problems.
 * @csspart notice - A message about restored or unreadable answers.
 * @csspart outcome - One thing the person wants to happen.
 * @csspart submit-button - The button that completes the tool.
 */
export class MspOutcomeCapture extends MspFormElement<OutcomeCaptureRecord, OutcomeCaptureState> {
  static override styles = [...MspFormElement.styles, outcomeCaptureStyles];

  protected readonly schema = outcomeCaptureSchema;
  protected emptyState = emptyOutcomeCaptureState;
  protected stateFromValue = outcomeCaptureStateFromValue;
  protected reviveState = reviveOutcomeCaptureState;
  protected recordFromState = outcomeCaptureRecordFromState;
  protected isEmpty = isEmptyOutcomeCapture;
  protected fieldErrorFor = outcomeCaptureFieldError;

  protected override contextIssues(record: OutcomeCaptureRecord): RecordIssue[] {
    const date = record.conversation?.date;
    return date && date > today()
      ? [{ path: ['conversation', 'date'], code: 'custom', rule: 'date-in-future', message: 'The conversation date is in the future' }]
      : [];
  }

  protected submitLabel() {
    return msg('Save what matters to the person', { id: 'oc.submit' });
  }

  protected renderSummary() {
    return renderOutcomeCaptureSummary(this.state);
  }

  /** Focus moves here after an outcome is added or removed. */
  private focusAfterUpdate?: string;

  protected override updated(): void {
    super.updated();
    if (this.focusAfterUpdate) {
      // The target can be gone (removing the last outcome can hide its section): fall back to the first question.
      const target =
        this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusAfterUpdate)}`) ??
        this.renderRoot.querySelector<HTMLElement>(`#${FIELD.asked}`);
      target?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  protected renderFields(): TemplateResult {
    const errors = this.fieldErrors();
    const error = (id: string) => this.errorFor(id, errors);
    const state = this.state;
    const showOutcomes = state.asked === 'asked-expressed' || state.outcomes.length > 0;
    return html`
      <section class="section" aria-labelledby="asking-heading">
        <h2 class="heading-m" id="asking-heading">${msg('Asking what the person wants', { id: 'oc.heading.asking' })}</h2>
        ${radiosField({
          id: FIELD.asked,
          name: 'asked',
          label: msg('Did you ask the person what they want to happen?', { id: 'oc.asked.label' }),
          hint: msg('Ask at the start, and again as things change. Write down what they say in their own words.', { id: 'oc.asked.hint' }),
          options: askedOptions(),
          value: state.asked,
          error: error(FIELD.asked),
          onSelect: (asked) => this.edit((s) => (s.asked = asked), { commit: true, touch: FIELD.asked }),
          conditional: {
            'asked-expressed': radiosField({
              id: FIELD.expressedBy,
              name: 'expressed-by',
              label: msg('Who said what the person wants to happen?', { id: 'oc.expressed-by.label' }),
              options: expressedByOptions(),
              value: state.expressedBy,
              error: error(FIELD.expressedBy),
              onSelect: (by) => this.edit((s) => (s.expressedBy = by), { commit: true, touch: FIELD.expressedBy }),
            }),
            'not-asked': this.text(FIELD.notAskedReason, {
              label: `${msg('Why were they not asked?', { id: 'oc.not-asked-reason.label' })} ${optional()}`,
              value: state.notAskedReason,
              maxLength: LIMITS.reasonLength,
              multiline: true,
              error: error(FIELD.notAskedReason),
              set: (s, text) => (s.notAskedReason = text),
            }),
          },
        })}
      </section>
      ${showOutcomes ? this.renderOutcomes(error) : nothing}
      ${wasAsked(state.asked) ? this.renderConversation(error) : nothing} ${this.renderCapacity(error)}
      ${this.renderTakingPart(error)}
    `;
  }

  private renderOutcomes(error: (id: string) => string | undefined) {
    const outcomes = this.state.outcomes;
    const withdrawn = outcomes.filter((outcome) => outcome.withdrawn);
    const current = outcomes.filter((outcome) => !outcome.withdrawn);
    const full = outcomes.length >= LIMITS.outcomes;
    const addError = error(FIELD.addOutcome);
    return html`<section class="section" aria-labelledby="outcomes-heading">
      <h2 class="heading-m" id="outcomes-heading">${msg('What you want to happen', { id: 'oc.heading.outcomes' })}</h2>
      <p class="body">
        ${msg(
          'Write down each thing the person wants, in their own words. Do not change their words or choose for them.',
          { id: 'oc.outcomes.intro' },
        )}
      </p>
      <ol class="outcome-list">
        ${current.map((outcome) => this.renderOutcome(outcome, outcomes.indexOf(outcome), error))}
      </ol>
      <div class=${addError ? 'form-group form-group--error' : 'form-group'}>
        ${errorMessage(FIELD.addOutcome, addError)}
        <button
          type="button"
          id=${FIELD.addOutcome}
          class="button button--secondary"
          ?disabled=${full}
          aria-describedby=${addError ? 'add-outcome-error' : nothing}
          @click=${this.addOutcome}
        >
          ${current.length === 0
            ? msg('Add what the person wants to happen', { id: 'oc.add-first' })
            : msg('Add something else they want to happen', { id: 'oc.add-another' })}
        </button>
        ${full
          ? html`<p class="hint">
              ${msg(str`You can write down up to ${LIMITS.outcomes} things.`, { id: 'oc.outcomes.full' })}
            </p>`
          : nothing}
      </div>
      ${withdrawn.length
        ? html`<h3 class="heading-s">${msg('No longer wanted', { id: 'oc.withdrawn.heading' })}</h3>
            <ul class="withdrawn-list">
              ${withdrawn.map(
                (outcome) => html`<li>
                  <p class="words">${outcome.words}</p>
                  <p class="hint">${outcome.withdrawn!.reason} (${formatDateTime(outcome.withdrawn!.withdrawnAt)})</p>
                </li>`,
              )}
            </ul>`
        : nothing}
    </section>`;
  }

  private renderOutcome(outcome: OutcomeDraft, index: number, error: (id: string) => string | undefined) {
    const number = index + 1;
    const saved = outcome.savedWords !== undefined;
    const changed = wordsChanged(outcome);
    const wordsId = FIELD.outcomeWords(outcome.id);
    const legendId = `outcome-${outcome.id}-legend`;
    return html`<li class="outcome" part="outcome">
      <fieldset class="fieldset" aria-labelledby=${legendId}>
        <legend class="visually-hidden" id=${legendId}>
          ${msg(str`What the person wants to happen: ${number}`, { id: 'oc.outcome.legend' })}
        </legend>
        <h3 class="heading-s outcome__number" aria-hidden="true">${number}.</h3>
        ${outcome.withdrawing
          ? html`<p class="words outcome__struck">${outcome.words}</p>
              ${this.outcomeText(FIELD.outcomeWithdrawReason(outcome.id), {
                label: msg('Why do they no longer want this?', { id: 'oc.withdraw-reason.label' }),
                value: outcome.withdrawing.reason,
                maxLength: LIMITS.reasonLength,
                error: error(FIELD.outcomeWithdrawReason(outcome.id)),
                set: (draft, text) => draft.withdrawing && (draft.withdrawing.reason = text),
                outcomeId: outcome.id,
              })}
              <button type="button" class="link-button" @click=${() => this.keepOutcome(outcome.id)}>
                ${msg('Keep this after all', { id: 'oc.keep' })}
              </button>`
          : html`${this.outcomeText(wordsId, {
                label: msg('In their own words', { id: 'oc.words.label' }),
                hint: saved
                  ? msg('If the person now wants something different, change the words and say why.', {
                      id: 'oc.words.hint-saved',
                    })
                  : undefined,
                value: outcome.words,
                maxLength: LIMITS.wordsLength,
                error: error(wordsId),
                set: (draft, text) => {
                  draft.words = text;
                  if (wordsChanged(draft)) draft.changedAt ??= nowWithOffset();
                  else draft.changedAt = undefined;
                },
                outcomeId: outcome.id,
              })}
              ${changed
                ? this.outcomeText(FIELD.outcomeReason(outcome.id), {
                    label: msg('Why has this changed?', { id: 'oc.change-reason.label' }),
                    hint: msg('Write what the person said, or what happened.', { id: 'oc.change-reason.hint' }),
                    value: outcome.changeReason,
                    maxLength: LIMITS.reasonLength,
                    error: error(FIELD.outcomeReason(outcome.id)),
                    set: (draft, text) => (draft.changeReason = text),
                    outcomeId: outcome.id,
                  })
                : nothing}
              ${outcome.history.length ? this.renderHistory(outcome) : nothing}
              <div class="practitioner">
                ${selectField({
                  id: FIELD.outcomeArea(outcome.id),
                  label: `${msg('For the practitioner: area for reporting', { id: 'oc.area.label' })} ${optional()}`,
                  hint: msg('Only for reporting. Do not offer this to the person as a choice.', { id: 'oc.area.hint' }),
                  options: areaOptions(),
                  value: outcome.area,
                  noneLabel: msg('Not set', { id: 'oc.area.none' }),
                  onSelect: (area) => this.editOutcome(outcome.id, (draft) => (draft.area = area), { commit: true }),
                })}
              </div>
              <button
                type="button"
                class="link-button"
                aria-describedby=${legendId}
                @click=${() => this.removeOutcome(outcome.id)}
              >
                ${saved
                  ? msg('They no longer want this', { id: 'oc.withdraw' })
                  : msg('Remove', { id: 'oc.remove' })}
              </button>`}
      </fieldset>
    </li>`;
  }

  private renderHistory(outcome: OutcomeDraft) {
    return html`<details class="history">
      <summary>
        ${msg(str`Earlier words (${outcome.history.length})`, { id: 'oc.history.summary' })}
      </summary>
      <ol class="history__list">
        ${[...outcome.history].reverse().map(
          (change) => html`<li>
            <p class="hint">${formatDateTime(change.changedAt)}</p>
            <p>
              <span class="history__label">${msg('Before:', { id: 'oc.history.before' })}</span>
              <span class="words">${change.previousWords}</span>
            </p>
            <p>
              <span class="history__label">${msg('Why it changed:', { id: 'oc.history.why' })}</span>
              <span class="words">${change.reason}</span>
            </p>
          </li>`,
        )}
      </ol>
    </details>`;
  }

  private renderConversation(error: (id: string) => string | undefined) {
    const state = this.state;
    return html`<section class="section" aria-labelledby="conversation-heading">
      <h2 class="heading-m" id="conversation-heading">${msg('Talking with the person', { id: 'oc.heading.conversation' })}</h2>
      ${dateField({
        id: FIELD.conversationDate,
        label: msg('When did you talk with them?', { id: 'oc.date.label' }),
        value: state.conversationDate,
        max: today(),
        error: error(FIELD.conversationDate),
        onInput: (date) => this.edit((s) => (s.conversationDate = date)),
        onCommit: () => this.commit(FIELD.conversationDate),
      })}
      ${radiosField({
        id: FIELD.conversationMethod,
        name: 'conversation-method',
        label: msg('How did you talk with them?', { id: 'oc.method.label' }),
        options: methodOptions(),
        value: state.conversationMethod,
        error: error(FIELD.conversationMethod),
        onSelect: (method) =>
          this.edit((s) => (s.conversationMethod = method), { commit: true, touch: FIELD.conversationMethod }),
      })}
      ${checkboxesField({
        id: FIELD.communicationSupport,
        name: 'communication-support',
        label: `${msg('What support helped them take part?', { id: 'oc.support.label' })} ${optional()}`,
        hint: msg('Select all that were used.', { id: 'oc.support.hint' }),
        options: communicationSupportOptions(),
        values: state.communicationSupport,
        error: error(FIELD.communicationSupport),
        onChange: (values) =>
          this.edit((s) => (s.communicationSupport = values), { commit: true, touch: FIELD.communicationSupport }),
        conditional: {
          other: this.text(FIELD.communicationSupportOther, {
            label: msg('What other support?', { id: 'oc.support-other.label' }),
            value: state.communicationSupportOther,
            maxLength: LIMITS.shortTextLength,
            error: error(FIELD.communicationSupportOther),
            set: (s, text) => (s.communicationSupportOther = text),
          }),
        },
      })}
    </section>`;
  }

  private renderCapacity(error: (id: string) => string | undefined) {
    const state = this.state;
    const supportDetail = radiosField({
      id: FIELD.supportProvided,
      name: 'support-provided',
      label: msg('Did an advocate, family member or friend support them?', { id: 'oc.support-provided.label' }),
      options: supportProvidedOptions(),
      value: state.supportProvided,
      error: error(FIELD.supportProvided),
      onSelect: (provided) =>
        this.edit((s) => (s.supportProvided = provided), { commit: true, touch: FIELD.supportProvided }),
      conditional: {
        yes: checkboxesField({
          id: FIELD.supportedBy,
          name: 'supported-by',
          label: `${msg('Who supported them?', { id: 'oc.supported-by.label' })} ${optional()}`,
          options: supporterOptions(),
          values: state.supportedBy,
          error: error(FIELD.supportedBy),
          onChange: (values) => this.edit((s) => (s.supportedBy = values), { commit: true, touch: FIELD.supportedBy }),
        }),
      },
    });
    return html`<section class="section" aria-labelledby="capacity-heading">
      <h2 class="heading-m" id="capacity-heading">${msg('Making decisions', { id: 'oc.heading.capacity' })}</h2>
      ${radiosField({
        id: FIELD.lackedCapacity,
        name: 'lacked-capacity',
        label: msg('Did the person lack capacity to make decisions about keeping safe?', { id: 'oc.capacity.label' }),
        hint: msg('Answer from a mental capacity assessment, if there was one.', { id: 'oc.capacity.hint' }),
        options: lackedCapacityOptions(),
        value: state.lackedCapacity,
        error: error(FIELD.lackedCapacity),
        onSelect: (lacked) => this.edit((s) => (s.lackedCapacity = lacked), { commit: true, touch: FIELD.lackedCapacity }),
        conditional: {
          yes: html`${this.text(FIELD.capacityDecision, {
            label: `${msg('Which decision was this about?', { id: 'oc.decision.label' })} ${optional()}`,
            value: state.capacityDecision,
            maxLength: LIMITS.shortTextLength,
            error: error(FIELD.capacityDecision),
            set: (s, text) => (s.capacityDecision = text),
          })}
          ${supportDetail}`,
        },
      })}
    </section>`;
  }

  private renderTakingPart(error: (id: string) => string | undefined) {
    const state = this.state;
    return html`<section class="section" aria-labelledby="taking-part-heading">
      <h2 class="heading-m" id="taking-part-heading">${msg('Information and meetings', { id: 'oc.heading.taking-part' })}</h2>
      ${radiosField({
        id: FIELD.informationGiven,
        name: 'information-given',
        label: msg('Was the person given information about safeguarding?', { id: 'oc.information.label' }),
        hint: msg('For example, an easy read guide to what happens next.', { id: 'oc.information.hint' }),
        options: informationGivenOptions(),
        value: state.informationGiven,
        error: error(FIELD.informationGiven),
        onSelect: (given) =>
          this.edit((s) => (s.informationGiven = given), { commit: true, touch: FIELD.informationGiven }),
      })}
      ${radiosField({
        id: FIELD.meetingParticipation,
        name: 'meeting-participation',
        label: `${msg('How does the person want to take part in meetings?', { id: 'oc.meeting.label' })} ${optional()}`,
        options: meetingOptions(),
        value: state.meetingParticipation,
        error: error(FIELD.meetingParticipation),
        onSelect: (way) =>
          this.edit((s) => (s.meetingParticipation = way), { commit: true, touch: FIELD.meetingParticipation }),
      })}
    </section>`;
  }

  private text(
    id: string,
    field: {
      label: string;
      hint?: string;
      value: string;
      maxLength: number;
      multiline?: boolean;
      error: string | undefined;
      set: (state: OutcomeCaptureState, text: string) => void;
    },
  ) {
    return textField({
      id,
      label: field.label,
      hint: field.hint,
      value: field.value,
      maxLength: field.maxLength,
      multiline: field.multiline,
      error: field.error,
      onInput: (text) => this.edit((s) => field.set(s, text)),
      onCommit: () => this.commit(id),
    });
  }

  /** A text field for one outcome: the words, why they changed, or why it is no longer wanted. */
  private outcomeText(
    id: string,
    field: {
      label: string;
      hint?: string;
      value: string;
      maxLength: number;
      error: string | undefined;
      outcomeId: string;
      set: (draft: OutcomeDraft, text: string) => void;
    },
  ) {
    return textField({
      id,
      label: field.label,
      hint: field.hint,
      value: field.value,
      maxLength: field.maxLength,
      multiline: true,
      rows: 3,
      error: field.error,
      onInput: (text) => this.editOutcome(field.outcomeId, (draft) => field.set(draft, text)),
      onCommit: () => this.commit(id),
    });
  }

  /** An edit to one outcome, found by its id. */
  private editOutcome(id: string, change: (draft: OutcomeDraft) => void, options: { commit?: boolean } = {}) {
    this.edit((state) => {
      const draft = state.outcomes.find((outcome) => outcome.id === id);
      if (draft) change(draft);
    }, options);
  }

  private addOutcome = () => {
    const outcome = newOutcome();
    this.edit((s) => s.outcomes.push(outcome), { commit: true });
    this.focusAfterUpdate = FIELD.outcomeWords(outcome.id);
  };

  private removeOutcome(id: string) {
    const outcome = this.state.outcomes.find((o) => o.id === id);
    if (!outcome) return;
    if (outcome.savedWords !== undefined) {
      this.editOutcome(
        id,
        (draft) => {
          // Withdrawing keeps the saved words: an unsaved change to them is dropped, not recorded.
          draft.words = draft.savedWords ?? draft.words;
          draft.changeReason = '';
          draft.changedAt = undefined;
          draft.withdrawing = { at: nowWithOffset(), reason: '' };
        },
        { commit: true },
      );
      this.focusAfterUpdate = FIELD.outcomeWithdrawReason(id);
    } else {
      this.edit((s) => (s.outcomes = s.outcomes.filter((o) => o.id !== id)), { commit: true });
      this.focusAfterUpdate = FIELD.addOutcome;
    }
  }

  private keepOutcome(id: string) {
    this.editOutcome(id, (draft) => (draft.withdrawing = undefined), { commit: true });
    this.focusAfterUpdate = FIELD.outcomeWords(id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-outcome-capture': MspOutcomeCapture;
  }
}
