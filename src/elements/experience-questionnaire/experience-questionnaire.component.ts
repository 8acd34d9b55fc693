import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { optional } from '../../core/common-messages.js';
import { MspErrorEvent } from '../../core/events.js';
import { radiosField, type ChoiceOption } from '../../core/fields.js';
import type { FieldBinder } from '../../core/field-binder.js';
import { MspFormElement } from '../../core/form-element.js';
import { msg, str } from '../../core/locale.js';
import { setOptionalText } from '../../core/set-aside.js';
import {
  experienceQuestionnaire,
  QUESTIONNAIRE_LIMITS,
  type ExperienceAnswer,
  type ExperienceQuestionnaireRecord,
} from '../../schemas/experience-questionnaire.js';
import { questionFieldId, questionnaireFieldError } from './experience-questionnaire.errors.js';
import {
  aboutHeading,
  aboutHint,
  administeredByOptions,
  administeredByQuestion,
  answeredForThem,
  answerOptions,
  anythingElseQuestion,
  completedByOptions,
  completedByQuestion,
  couldBeBetterQuestion,
  methodOptions,
  methodQuestion,
  quoteConsentByOptions,
  quoteConsentByQuestion,
  quoteConsentHint,
  quoteConsentOptions,
  quoteConsentQuestion,
} from './experience-questionnaire.options.js';
import { face, picture, speaker, type QuestionPicture } from './experience-questionnaire.pictures.js';
import { questionsToShow, type QuestionnaireQuestion, type ShownQuestion } from './experience-questionnaire.questions.js';
import { ReadAloud } from './experience-questionnaire.read-aloud.js';
import {
  askAll,
  isEmptyQuestionnaire,
  loadQuestionnaire,
  setAnswer,
  setQuoteConsent,
  type WorkingQuestionnaire,
  type QuestionnaireView,
} from './experience-questionnaire.state.js';
import { questionnaireStyles } from './experience-questionnaire.styles.js';
import { renderQuestionnaireSummary } from './experience-questionnaire.summary.js';

type QuestionnaireFields = FieldBinder<WorkingQuestionnaire, QuestionnaireView>;

/**
 * How the person experienced safeguarding, asked at the end: did they feel in control, informed,
 * involved, listened to, treated with dignity and respect, safer; did they get what they wanted.
 * Every question may be skipped. In easy read each question has a picture, large words, answers
 * with faces and, where the device has a voice for the language, a button that reads it aloud.
 * Emits an `msp.experience-questionnaire` record.
 *
 * @tag msp-experience-questionnaire
 * @summary Ask how the person experienced safeguarding, in standard or easy read.
 *
 * @fires {MspSubmitEvent} msp-submit - Completed; `detail` is the valid `msp.experience-questionnaire` record.
 * @fires {MspErrorEvent} msp-error - The host gave an invalid value or questions, malformed JSON, an unknown locale, or storage failed.
 *
 * @csspart submit-button - The button that sends the answers.
 */
export class MspExperienceQuestionnaire extends MspFormElement<
  ExperienceQuestionnaireRecord,
  WorkingQuestionnaire,
  QuestionnaireView
> {
  static override styles = [...MspFormElement.styles, questionnaireStyles];

  static override properties = {
    // Lit finds the base's properties itself; the spread of nothing only gives this list the base's type.
    ...({} as typeof MspFormElement.properties),
    easyRead: { attribute: 'easy-read', type: Boolean, reflect: true },
    oneAtATime: { attribute: 'one-at-a-time', type: Boolean },
    questions: {},
    closureId: { attribute: 'closure-id' },
  };

  /** Easy read: a picture beside every question, large text, answers with faces, and reading aloud where the device can. */
  declare easyRead: boolean;
  /** One question at a time, with Back and Next, instead of all on one page. */
  declare oneAtATime: boolean;
  /**
   * The questions to ask, in order, instead of the default seven: a list, or its JSON as the
   * `questions` attribute. A list that cannot be used is reported with `msp-error` (code
   * `invalid-questions`) and the default questions are asked.
   */
  declare questions: QuestionnaireQuestion[] | string | undefined;
  /**
   * The id of the `msp.review-close` closure these answers are about, from the host; copied into
   * the record's `closureId` for a new record or an edit, as `case-ref` is into `caseRef`.
   */
  declare closureId: string | undefined;

  protected readonly recordKind = experienceQuestionnaire;
  protected isEmpty = isEmptyQuestionnaire;
  protected fieldErrorFor = questionnaireFieldError;
  protected load = loadQuestionnaire;
  protected reviveView = (): QuestionnaireView => ({});

  private shown: ShownQuestion[] = questionsToShow(undefined).questions;
  /** The question shown, one at a time. */
  private step = 0;
  private readonly speech = new ReadAloud(this);

  constructor() {
    super();
    this.easyRead = false;
    this.oneAtATime = false;
  }

  protected override hostReferences() {
    return { ...super.hostReferences(), closureId: this.closureId };
  }

  /** Whoever answers, answers in the form shown: a record keeps the format it was last answered in. */
  protected override tidy(record: WorkingQuestionnaire): void {
    record.format = this.easyRead ? 'easy-read' : 'standard';
  }

  protected newRecordFields() {
    return { answers: [] };
  }

  protected submitLabel() {
    return msg('Send your answers', { id: 'eq.submit' });
  }

  protected renderSummary() {
    return renderQuestionnaireSummary(this.record, this.shown, this.easyRead);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('questions')) {
      const { questions, issues } = questionsToShow(this.questions);
      this.shown = questions;
      if (issues) {
        this.dispatchEvent(
          new MspErrorEvent({ code: 'invalid-questions', message: 'Unusable questions; the default ones are asked', issues }),
        );
      }
    }
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // One question at a time, a link in the error summary first brings its question's step back.
    root.addEventListener(
      'click',
      (event) => {
        const fieldId = (event.target as Element).closest('[data-error-summary] a')?.getAttribute('href')?.slice(1);
        if (this.oneAtATime && fieldId && !this.shadowRoot!.getElementById(fieldId)) {
          // Who answered is asked first; the only other fields that can be wrong are on the last step.
          this.step = fieldId === 'completedBy' ? 0 : Infinity;
          this.focusAfterUpdate = fieldId;
          this.requestUpdate();
        }
      },
      true,
    );
    return root;
  }


  protected renderFields(): TemplateResult {
    const form = this.fields();
    const they = answeredForThem(this.record.completedBy);
    const steps = [
      () => this.renderCompletedBy(form),
      ...this.shown.map((question, index) => () => this.renderQuestion(question, index, they)),
      () => html`${this.renderComments(form)} ${this.renderQuoteConsent(form)} ${this.renderAbout(form)}`,
    ];
    const intro = html`<p class="body">${msg('You can skip any question.', { id: 'eq.intro' })}</p>`;
    if (!this.oneAtATime) return html`${intro}${steps.map((step) => step())}`;
    const last = steps.length - 1;
    const at = Math.min(this.step, last);
    // Each step is drawn afresh (keyed): reusing the last step's radios, renamed while checked, would uncheck the new ones.
    return html`${at
        ? html`<button type="button" class="link-button" @click=${() => this.go(at - 1)}>${msg('Back', { id: 'eq.back' })}</button>`
        : intro}
      <p class="hint" id="progress" tabindex="-1">${msg(str`Question ${at + 1} of ${last + 1}`, { id: 'eq.progress' })}</p>
      ${keyed(at, steps[at]())}
      ${at < last
        ? html`<div class="button-group">
              <button type="button" class="button" @click=${() => this.go(at + 1)}>${msg('Next', { id: 'eq.next' })}</button>
            </div>
            <span class="not-last"></span>`
        : nothing}`;
  }

  private go(step: number) {
    this.step = step;
    this.focusAfterUpdate = 'progress';
    this.requestUpdate();
  }

  /**
   * A question's field, given its label. In easy read the label is the question's picture left of
   * its words, and above it, where the device has a voice, a button reads the words and the
   * choices aloud. (The kit renders a label as a child part, so a template renders in it.)
   */
  private question(name: QuestionPicture, words: string, options: ChoiceOption<string>[], field: (label: string) => TemplateResult) {
    if (!this.easyRead) return field(words);
    const spoken = options.length ? `${words} ${options.map((option) => option.label).join(', ')}.` : words;
    return html`${this.speech.canRead
      ? html`<button type="button" class="button button--secondary" @click=${() => this.speech.read(spoken)}>
          ${speaker()}${msg('Read this to me', { id: 'eq.read-aloud' })}
        </button>`
      : nothing}
    ${field(html`<span class="pictured">${picture(name)}<span>${words}</span></span>` as unknown as string)}`;
  }

  private renderCompletedBy(form: QuestionnaireFields) {
    const options = completedByOptions();
    return this.question('people', completedByQuestion(), options, (label) =>
      form.choice('completedBy', label, options, this.record.completedBy, (record, by) => this.askAllThen(record, () => (record.completedBy = by)), {
        asHeading: true,
      }),
    );
  }

  /** A question on the scale: four answers, each with a face in easy read, and a way to clear the answer. */
  private renderQuestion(question: ShownQuestion, index: number, they: boolean) {
    const id = questionFieldId(index);
    const options = answerOptions();
    const chosen = this.record.answers.find((entry) => entry.question === question.id)?.answer;
    return this.question(
      question.picture,
      question.words(they),
      options,
      (label) => html`${radiosField({
        id,
        name: id,
        label,
        options: this.easyRead
          ? options.map((option) => ({ ...option, label: html`${face(option.value)}${option.label}` as unknown as string }))
          : options,
        value: chosen,
        asHeading: true,
        onSelect: (answer) => this.answer(question.id, answer),
      })}
      ${chosen
        ? html`<button type="button" class="link-button clear" @click=${() => this.answer(question.id, undefined, id)}>
            ${msg('Clear answer', { id: 'eq.clear' })}
          </button>`
        : nothing}`,
    );
  }

  private renderComments(form: QuestionnaireFields) {
    const comment = (id: 'couldBeBetter' | 'anythingElse', words: string, name: QuestionPicture) =>
      this.question(name, `${words} ${optional()}`, [], (label) =>
        form.text(id, {
          label,
          value: this.record[id],
          maxLength: QUESTIONNAIRE_LIMITS.commentLength,
          multiline: true,
          set: (record, text) => this.askAllThen(record, () => setOptionalText(record, id, text)),
        }),
      );
    return html`${comment('couldBeBetter', couldBeBetterQuestion(), 'speech')} ${comment('anythingElse', anythingElseQuestion(), 'question')}`;
  }

  /** Whether their words may be quoted to the Board, and, with a yes or a no, who gave that answer. */
  private renderQuoteConsent(form: QuestionnaireFields) {
    const options = quoteConsentOptions(this.record.quoteConsent);
    const byOptions = quoteConsentByOptions();
    const by = this.question('people', quoteConsentByQuestion(), byOptions, (label) =>
      form.choice('quoteConsentBy', label, byOptions, this.record.quoteConsentBy, (record, who) =>
        this.askAllThen(record, () => (record.quoteConsentBy = who)),
      ),
    );
    return this.question('report', quoteConsentQuestion(), options, (label) =>
      form.choice(
        'quoteConsent',
        label,
        options,
        this.record.quoteConsent,
        (record, consent) => this.askAllThen(record, () => setQuoteConsent(record, consent)),
        { asHeading: true, hint: quoteConsentHint(), conditional: { yes: by, no: by } },
      ),
    );
  }

  /**
   * Who asked the questions and how: mostly for whoever asked or helped, so in a part of its own
   * that says so, and optional; in easy read with pictures too, as the person may read it with them.
   */
  private renderAbout(form: QuestionnaireFields) {
    const about = <V extends string>(
      id: string,
      name: QuestionPicture,
      words: string,
      options: ChoiceOption<V>[],
      value: V | undefined,
      set: (record: WorkingQuestionnaire, chosen: V) => void,
    ) =>
      this.question(name, `${words} ${optional()}`, options, (label) =>
        form.choice(id, label, options, value, (record, chosen) => this.askAllThen(record, () => set(record, chosen))),
      );
    return html`<section class="section" aria-labelledby="about-heading">
      <h2 class="heading-m" id="about-heading">${aboutHeading()}</h2>
      <p class="hint">${aboutHint()}</p>
      ${about('administeredBy', 'asking', administeredByQuestion(), administeredByOptions(), this.record.administeredBy, (record, by) => (record.administeredBy = by))}
      ${about('method', 'ways', methodQuestion(), methodOptions(), this.record.method, (record, method) => (record.method = method))}
    </section>`;
  }

  /** Every edit does this first: the first one of a record with no answers yet records every question shown as asked. */
  private askAllThen(record: WorkingQuestionnaire, apply: () => void) {
    askAll(record, this.shown);
    apply();
  }

  /** Answers a question; with no answer, clears it (it is then skipped) and puts focus back on its first answer. */
  private answer(question: string, answer?: ExperienceAnswer, refocus?: string) {
    this.edit((record) => this.askAllThen(record, () => setAnswer(record, question, answer)), { commit: true });
    this.focusAfterUpdate = refocus;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'msp-experience-questionnaire': MspExperienceQuestionnaire;
  }
}
