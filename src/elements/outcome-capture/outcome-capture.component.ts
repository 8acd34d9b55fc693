import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { formatDateTime, optional } from '../../core/common-messages.js';
import { checkboxesField, isoDateFromParts, radiosField, selectField, type DateParts } from '../../core/fields.js';
import { editItemById, type FieldBinder } from '../../core/field-binder.js';
import { MspFormElement } from '../../core/form-element.js';
import { getLocale, msg, str } from '../../core/locale.js';
import { setOptionalText } from '../../core/set-aside.js';
import { nowWithOffset, today } from '../../core/time.js';
import type { RecordIssue } from '../../schemas/issues.js';
import { LIMITS } from '../../schemas/limits.js';
import { outcomeCapture, type OutcomeCaptureRecord } from '../../schemas/outcome-capture.js';
import { FIELD, outcomeCaptureFieldError } from './outcome-capture.errors.js';
import { answersBeyondAsked } from './outcome-capture.issues.js';
import {
  advocacyHint,
  advocacyOptions,
  advocacyQuestion,
  advocateOptions,
  advocatesQuestion,
  areaOptions,
  askedOptions,
  communicationSupportOptions,
  expressedByOptions,
  informationGivenOptions,
  lackedCapacityOptions,
  meetingOptions,
  methodOptions,
  supportProvidedOptions,
  supporterOptions,
} from './outcome-capture.options.js';
import { editOutcomeWords, keepOutcome, removeOutcome } from './outcome-capture.outcomes.js';
import {
  isEmptyOutcomeCapture,
  loadOutcomeCapture,
  newOutcome,
  newOutcomeCaptureFields,
  placeAnswers,
  reviveOutcomeCaptureView,
  wasAsked,
  type WorkingOutcomeCapture,
  type OutcomeCaptureView,
  type WorkingOutcome,
} from './outcome-capture.state.js';
import { outcomeCaptureStyles } from './outcome-capture.styles.js';
import { renderChangeList, renderOutcomeCaptureSummary } from './outcome-capture.summary.js';

type OutcomeFields = FieldBinder<WorkingOutcomeCapture, OutcomeCaptureView>;

/**
 * What the person wants to happen, in their own words, at the start of a safeguarding enquiry
 * and as it changes; with the national (SAC) answers about whether they were asked, capacity and
 * support. Emits an `msp.outcome-capture` record.
 *
 * @tag msp-outcome-capture
 * @summary Capture the person's desired outcomes in their own words.
 *
 * @fires {MspSubmitEvent} msp-submit - Completed; `detail` is the valid `msp.outcome-capture` record.
 *
 * @csspart outcome - One thing the person wants to happen.
 */
export class MspOutcomeCapture extends MspFormElement<OutcomeCaptureRecord, WorkingOutcomeCapture, OutcomeCaptureView> {
  static override styles = [...MspFormElement.styles, outcomeCaptureStyles];

  protected readonly recordKind = outcomeCapture;
  protected newRecordFields = newOutcomeCaptureFields;
  protected load = loadOutcomeCapture;
  protected reviveView = reviveOutcomeCaptureView;
  protected isEmpty = isEmptyOutcomeCapture;
  protected fieldErrorFor = outcomeCaptureFieldError;

  protected override contextIssues(record: WorkingOutcomeCapture, schemaIssues: readonly RecordIssue[]): RecordIssue[] {
    const date = record.conversation?.date;
    const future: RecordIssue[] =
      date && date > today()
        ? [{ path: ['conversation', 'date'], code: 'custom', rule: 'date-in-future', message: 'The conversation date is in the future' }]
        : [];
    return [...future, ...answersBeyondAsked(record, schemaIssues)];
  }

  protected submitLabel() {
    return msg('Save what matters to the person', { id: 'oc.submit' });
  }

  protected renderSummary() {
    return renderOutcomeCaptureSummary(this.record, this.view);
  }



  protected renderFields(): TemplateResult {
    const form = this.fields();
    const error = form.error;
    const record = this.record;
    const showOutcomes = record.asked === 'asked-expressed' || record.outcomes.some((outcome) => !outcome.withdrawn);
    return html`
      <section class="section" aria-labelledby="asking-heading">
        <h2 class="heading-m" id="asking-heading">${msg('Asking what the person wants', { id: 'oc.heading.asking' })}</h2>
        ${radiosField({
          id: FIELD.asked,
          name: 'asked',
          label: msg('Did you ask the person what they want to happen?', { id: 'oc.asked.label' }),
          hint: msg('Ask at the start, and again as things change. Write down what they say in their own words.', { id: 'oc.asked.hint' }),
          options: askedOptions(record.asked),
          value: record.asked,
          error: error(FIELD.asked),
          onSelect: (asked) => form.edit((r) => (r.asked = asked), { commit: true, touch: FIELD.asked }),
          conditional: {
            'asked-expressed': radiosField({
              id: FIELD.expressedBy,
              name: 'expressed-by',
              label: msg('Who said what the person wants to happen?', { id: 'oc.expressed-by.label' }),
              options: expressedByOptions(),
              value: record.expressedBy,
              error: error(FIELD.expressedBy),
              onSelect: (by) => form.edit((r) => (r.expressedBy = by), { commit: true, touch: FIELD.expressedBy }),
            }),
            'not-asked': form.text(FIELD.notAskedReason, {
              label: `${msg('Why were they not asked?', { id: 'oc.not-asked-reason.label' })} ${optional()}`,
              value: record.notAskedReason,
              maxLength: LIMITS.reasonLength,
              multiline: true,
              set: (r, text) => setOptionalText(r, 'notAskedReason', text),
            }),
          },
        })}
      </section>
      ${showOutcomes ? this.renderOutcomes(form) : nothing}
      ${wasAsked(record.asked) ? this.renderConversation(form) : nothing} ${this.renderCapacity(form)}
      ${this.renderTakingPart(form)}
    `;
  }

  private renderOutcomes(form: OutcomeFields) {
    const outcomes = this.record.outcomes;
    const withdrawing = new Set(this.view.withdrawing);
    const shown = outcomes.filter((outcome) => !outcome.withdrawn || withdrawing.has(outcome.id));
    const withdrawn = outcomes.filter((outcome) => outcome.withdrawn && !withdrawing.has(outcome.id));
    const full = outcomes.length >= LIMITS.outcomes;
    return html`<section class="section" aria-labelledby="outcomes-heading">
      <h2 class="heading-m" id="outcomes-heading">${msg('What the person wants to happen', { id: 'oc.heading.outcomes' })}</h2>
      <p class="body">
        ${msg('Write down each thing the person wants, in their own words. Do not change their words or choose for them.', {
          id: 'oc.outcomes.intro',
        })}
      </p>
      <ol class="panel-list">
        ${shown.map((outcome, index) => this.renderOutcomeOnChange(outcome, index, form))}
      </ol>
      ${form.addButton(FIELD.addOutcome, {
        label:
          shown.length === 0
            ? msg('Add what the person wants to happen', { id: 'oc.add-first' })
            : msg('Add something else they want to happen', { id: 'oc.add-another' }),
        disabled: full,
        hint: full ? msg(str`You can write down up to ${LIMITS.outcomes} things.`, { id: 'oc.outcomes.full' }) : undefined,
        onAdd: this.addOutcome,
      })}
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

  /**
   * One outcome, rendered again only when something it shows has changed: typing in one of fifty
   * outcomes re-renders that one. An edit replaces the outcome object (see `editOutcome`).
   */
  private renderOutcomeOnChange(outcome: WorkingOutcome, index: number, form: OutcomeFields) {
    const error = form.error;
    const view = this.view;
    const id = outcome.id;
    return guard(
      [
        outcome,
        index,
        view.added.includes(id),
        view.changing.includes(id),
        view.withdrawing.includes(id),
        this.openHistories.has(id),
        getLocale(),
        error(FIELD.outcomeWords(id)),
        error(FIELD.outcomeReason(id)),
        error(FIELD.outcomeWithdrawReason(id)),
        error(FIELD.outcomeArea(id)),
      ],
      () => this.renderOutcome(outcome, index, form),
    );
  }

  private renderOutcome(outcome: WorkingOutcome, index: number, form: OutcomeFields) {
    const number = index + 1;
    const view = this.view;
    const saved = !view.added.includes(outcome.id);
    const changing = view.changing.includes(outcome.id);
    const withdrawing = view.withdrawing.includes(outcome.id);
    const wordsId = FIELD.outcomeWords(outcome.id);
    const legendId = `outcome-${outcome.id}-legend`;
    const changeReason = changing
      ? this.outcomeText(form, FIELD.outcomeReason(outcome.id), {
          label: msg('Why has this changed?', { id: 'oc.change-reason.label' }),
          hint: msg('Write what the person said, or what happened.', { id: 'oc.change-reason.hint' }),
          value: outcome.history.at(-1)?.reason ?? '',
          maxLength: LIMITS.reasonLength,
          set: (working, text) => {
            const change = working.history.at(-1);
            if (change) change.reason = text;
          },
          outcomeId: outcome.id,
        })
      : nothing;
    return html`<li class="outcome panel" part="outcome">
      <fieldset class="fieldset" aria-labelledby=${legendId}>
        <legend class="visually-hidden" id=${legendId}>
          ${msg(str`What the person wants to happen: ${number}`, { id: 'oc.outcome.legend' })}
        </legend>
        <h3 class="heading-s outcome__number" aria-hidden="true">${number}.</h3>
        ${withdrawing
          ? html`<p class="words outcome__struck">${outcome.words}</p>
              ${changeReason}
              ${this.outcomeText(form, FIELD.outcomeWithdrawReason(outcome.id), {
                label: msg('Why do they no longer want this?', { id: 'oc.withdraw-reason.label' }),
                value: outcome.withdrawn?.reason ?? '',
                maxLength: LIMITS.reasonLength,
                set: (working, text) => working.withdrawn && (working.withdrawn.reason = text),
                outcomeId: outcome.id,
              })}
              <button type="button" class="link-button" @click=${() => this.keepOutcome(outcome.id)}>
                ${msg('Keep this after all', { id: 'oc.keep' })}
              </button>`
          : html`${this.outcomeText(form, wordsId, {
                label: msg('In their own words', { id: 'oc.words.label' }),
                hint: saved
                  ? msg('If the person now wants something different, change the words and say why.', { id: 'oc.words.hint-saved' })
                  : undefined,
                value: outcome.words,
                maxLength: LIMITS.wordsLength,
                set: (working, text, view) => editOutcomeWords(working, text, view),
                outcomeId: outcome.id,
              })}
              ${changeReason} ${outcome.history.length > (changing ? 1 : 0) ? this.renderHistory(outcome, changing) : nothing}
              <div class="practitioner">
                ${selectField({
                  id: FIELD.outcomeArea(outcome.id),
                  label: `${msg('For the practitioner: area for reporting', { id: 'oc.area.label' })} ${optional()}`,
                  hint: msg('Only for reporting. Do not offer this to the person as a choice.', { id: 'oc.area.hint' }),
                  options: areaOptions(),
                  value: outcome.area,
                  noneLabel: msg('Not set', { id: 'oc.area.none' }),
                  onSelect: (area) =>
                    this.edit((record) => editOutcome(record, outcome.id, (working) => (area ? (working.area = area) : delete working.area)), { commit: true }),
                })}
              </div>
              <button type="button" class="link-button" aria-describedby=${legendId} @click=${() => this.removeOutcome(outcome.id)}>
                ${saved ? msg('They no longer want this', { id: 'oc.withdraw' }) : msg('Remove', { id: 'oc.remove' })}
              </button>`}
      </fieldset>
    </li>`;
  }

  /** Outcomes whose earlier words are open; the list is rendered only once someone opens it. */
  private readonly openHistories = new Set<string>();

  /** Earlier words, newest first; the change being written now is not yet history. */
  private renderHistory(outcome: WorkingOutcome, changing: boolean) {
    const changes = changing ? outcome.history.slice(0, -1) : outcome.history;
    const open = this.openHistories.has(outcome.id);
    const toggle = (event: Event) => {
      const opened = (event.target as HTMLDetailsElement).open;
      if (opened === open) return;
      if (opened) this.openHistories.add(outcome.id);
      else this.openHistories.delete(outcome.id);
      this.requestUpdate();
    };
    return html`<details class="history" ?open=${open} @toggle=${toggle}>
      <summary>${msg(str`Earlier words (${changes.length})`, { id: 'oc.history.summary' })}</summary>
      ${open ? renderChangeList(changes) : nothing}
    </details>`;
  }

  private renderConversation(form: OutcomeFields) {
    const error = form.error;
    const conversation = this.record.conversation ?? { communicationSupport: [] };
    return html`<section class="section" aria-labelledby="conversation-heading">
      <h2 class="heading-m" id="conversation-heading">${msg('Talking with the person', { id: 'oc.heading.conversation' })}</h2>
      ${form.date(FIELD.conversationDate, {
        label: msg('When did you talk with them?', { id: 'oc.date.label' }),
        hint: msg('For example, 18 11 2026', { id: 'oc.date.hint' }),
        parts: this.view.conversationDate,
        notAfter: today(),
        set: setConversationDate,
      })}
      ${radiosField({
        id: FIELD.conversationMethod,
        name: 'conversation-method',
        label: msg('How did you talk with them?', { id: 'oc.method.label' }),
        options: methodOptions(),
        value: conversation.method,
        error: error(FIELD.conversationMethod),
        onSelect: (method) => form.edit((r) => r.conversation && (r.conversation.method = method), { commit: true, touch: FIELD.conversationMethod }),
      })}
      ${checkboxesField({
        id: FIELD.communicationSupport,
        name: 'communication-support',
        label: `${msg('What support helped them take part?', { id: 'oc.support.label' })} ${optional()}`,
        hint: msg('Select all that were used.', { id: 'oc.support.hint' }),
        options: communicationSupportOptions(),
        values: conversation.communicationSupport,
        error: error(FIELD.communicationSupport),
        onChange: (values) =>
          form.edit((r) => r.conversation && (r.conversation.communicationSupport = values), { commit: true, touch: FIELD.communicationSupport }),
        conditional: {
          other: form.text(FIELD.communicationSupportOther, {
            label: msg('What other support?', { id: 'oc.support-other.label' }),
            value: conversation.communicationSupportOther ?? '',
            maxLength: LIMITS.shortTextLength,
            set: (r, text) => r.conversation && setOptionalText(r.conversation, 'communicationSupportOther', text),
          }),
        },
      })}
    </section>`;
  }

  private renderCapacity(form: OutcomeFields) {
    const error = form.error;
    const capacity = this.record.capacity;
    const supportDetail = radiosField({
      id: FIELD.supportProvided,
      name: 'support-provided',
      label: msg('Did an advocate, family member or friend support them?', { id: 'oc.support-provided.label' }),
      options: supportProvidedOptions(capacity.supportProvided),
      value: capacity.supportProvided,
      error: error(FIELD.supportProvided),
      onSelect: (provided) => form.edit((r) => (r.capacity.supportProvided = provided), { commit: true, touch: FIELD.supportProvided }),
      conditional: {
        yes: checkboxesField({
          id: FIELD.supportedBy,
          name: 'supported-by',
          label: `${msg('Who supported them?', { id: 'oc.supported-by.label' })} ${optional()}`,
          options: supporterOptions(),
          values: capacity.supportedBy ?? [],
          error: error(FIELD.supportedBy),
          onChange: (values) =>
            form.edit((r) => (values.length ? (r.capacity.supportedBy = values) : delete r.capacity.supportedBy), { commit: true, touch: FIELD.supportedBy }),
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
        options: lackedCapacityOptions(capacity.lacked),
        value: capacity.lacked,
        error: error(FIELD.lackedCapacity),
        onSelect: (lacked) => form.edit((r) => (r.capacity.lacked = lacked), { commit: true, touch: FIELD.lackedCapacity }),
        conditional: {
          yes: html`${form.text(FIELD.capacityDecision, {
            label: `${msg('Which decision was this about?', { id: 'oc.decision.label' })} ${optional()}`,
            value: capacity.decision,
            maxLength: LIMITS.shortTextLength,
            set: (r, text) => setOptionalText(r.capacity, 'decision', text),
          })}
          ${supportDetail}`,
        },
      })}
    </section>`;
  }

  private renderTakingPart(form: OutcomeFields) {
    const error = form.error;
    const record = this.record;
    return html`<section class="section" aria-labelledby="taking-part-heading">
      <h2 class="heading-m" id="taking-part-heading">${msg('Information and meetings', { id: 'oc.heading.taking-part' })}</h2>
      ${radiosField({
        id: FIELD.informationGiven,
        name: 'information-given',
        label: msg('Was the person given information about safeguarding?', { id: 'oc.information.label' }),
        hint: msg('For example, an easy read guide to what happens next.', { id: 'oc.information.hint' }),
        options: informationGivenOptions(record.informationGiven),
        value: record.informationGiven,
        error: error(FIELD.informationGiven),
        onSelect: (given) => form.edit((r) => (r.informationGiven = given), { commit: true, touch: FIELD.informationGiven }),
      })}
      ${radiosField({
        id: FIELD.meetingParticipation,
        name: 'meeting-participation',
        label: `${msg('How does the person want to take part in meetings?', { id: 'oc.meeting.label' })} ${optional()}`,
        options: meetingOptions(),
        value: record.meetingParticipation,
        error: error(FIELD.meetingParticipation),
        onSelect: (way) => form.edit((r) => (r.meetingParticipation = way), { commit: true, touch: FIELD.meetingParticipation }),
      })}
      ${this.renderAdvocacy(form)}
    </section>`;
  }

  /** Advocacy for everyone; apart from the capacity question's support, which is only for someone who lacked capacity. */
  private renderAdvocacy(form: OutcomeFields) {
    const advocacy = this.record.advocacy;
    return form.choice(
      FIELD.advocacy,
      `${advocacyQuestion()} ${optional()}`,
      advocacyOptions(),
      advocacy?.status,
      (r, status) => ((r.advocacy ??= {}).status = status),
      {
        hint: advocacyHint(),
        conditional: {
          provided: form.checkboxes(FIELD.advocates, {
            label: advocatesQuestion(),
            hint: msg('Select all that apply.', { id: 'oc.advocates.hint' }),
            options: advocateOptions(),
            values: advocacy?.by ?? [],
            set: (r, values) => {
              if (!r.advocacy) return;
              if (values.length) r.advocacy.by = values;
              else delete r.advocacy.by;
            },
          }),
        },
      },
    );
  }

  /** After every edit, answers that no longer apply are set aside (and ones that apply again come back). */
  protected override tidy(record: WorkingOutcomeCapture, view: OutcomeCaptureView): void {
    placeAnswers(record, view.aside);
  }

  /** A text field for one outcome: the words, why they changed, or why it is no longer wanted. */
  private outcomeText(
    form: OutcomeFields,
    id: string,
    field: {
      label: string;
      hint?: string;
      value: string;
      maxLength: number;
      outcomeId: string;
      set: (working: WorkingOutcome, text: string, view: OutcomeCaptureView) => void;
    },
  ) {
    const { outcomeId, set, ...shown } = field;
    return form.text(id, {
      ...shown,
      multiline: true,
      rows: 3,
      set: (record, text, view) => editOutcome(record, outcomeId, (working) => set(working, text, view)),
    });
  }

  private addOutcome = () => {
    const outcome = newOutcome();
    this.edit(
      (record, view) => {
        record.outcomes.push(outcome);
        view.added.push(outcome.id);
      },
      { commit: true },
    );
    this.focusAfterUpdate = FIELD.outcomeWords(outcome.id);
  };

  private removeOutcome(id: string) {
    const added = this.view.added.includes(id);
    this.edit((record, view) => removeOutcome(record, view, id, nowWithOffset()), { commit: true });
    this.focusAfterUpdate = added ? FIELD.addOutcome : FIELD.outcomeWithdrawReason(id);
  }

  private keepOutcome(id: string) {
    this.edit((record, view) => keepOutcome(record, view, id), { commit: true });
    this.focusAfterUpdate = FIELD.outcomeWords(id);
  }
}

/** Edits one outcome copy-on-write, its history too, so that outcome alone renders again. */
function editOutcome(record: WorkingOutcomeCapture, id: string, change: (working: WorkingOutcome) => void) {
  editItemById(record.outcomes, id, (working) => {
    working.history = [...working.history];
    change(working);
  });
}

/** The date boxes as typed; the record holds the date once the boxes make a real one. */
function setConversationDate(record: WorkingOutcomeCapture, view: OutcomeCaptureView, parts: DateParts) {
  view.conversationDate = parts;
  const conversation = record.conversation;
  if (!conversation) return;
  const iso = isoDateFromParts(parts);
  if (iso) conversation.date = iso;
  else delete conversation.date;
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-outcome-capture': MspOutcomeCapture;
  }
}
