import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { optional } from '../../core/common-messages.js';
import { isoDateFromParts } from '../../core/fields.js';
import { getLocale, msg, str } from '../../core/locale.js';
import { keepAside, setOptionalText } from '../../core/set-aside.js';
import { today } from '../../core/time.js';
import { LIMITS } from '../../schemas/limits.js';
import { ENDING_PARTICIPANTS, ENQUIRY_RESPONSES } from '../../schemas/review-close.js';
import { RISK_SOURCES, type AskedAboutOutcomes, type RiskSource } from '../../schemas/sac-codes.js';
import type { FormContext } from './review-close.context.js';
import { FIELD } from './review-close.errors.js';
import {
  achievementOptions,
  actionAndResultOptions,
  enquiryTypeOptions,
  feedbackOptions,
  labelOf,
  methodOptions,
  participantOptions,
  quoteConsentByOptions,
  quoteConsentOptions,
  responseOptions,
  riskOutcomeOptions,
  riskSourceOptions,
  yesNo,
  yesNoOptions,
} from './review-close.options.js';
import { orphanItems, outcomeItem, outcomeRows, section } from './review-close.parts.js';
import { editEntry, type WorkingOutcomeResult, type WorkingReviewClose, type ShownOutcome } from './review-close.state.js';

/**
 * At the end of safeguarding: when the enquiry ended and what kind it was, how far each outcome
 * was achieved and overall, the risk from each source, the ways of working used, the ending
 * conversation, decisions and what next.
 */
export function renderClosure(form: FormContext) {
  const asked = form.record.asked ?? form.outcomes?.asked;
  return html`${enquiry(form)}
    ${section(
      'results',
      msg('What the person wanted', { id: 'rc.results.heading' }),
      asked === 'asked-expressed' ? html`${results(form)}${overall(form)}` : notApplicable(asked),
    )}
    ${risk(form)} ${responses(form)} ${ending(form)} ${decisions(form)}`;
}

function enquiry(form: FormContext) {
  return section(
    'enquiry',
    msg('The enquiry', { id: 'rc.enquiry.heading' }),
    html`${form.date(FIELD.concludedOn, {
      label: msg('When did the enquiry end?', { id: 'rc.concluded-on.label' }),
      hint: msg('For example, 24 11 2026', { id: 'rc.concluded-on.hint' }),
      parts: form.view.concludedOn,
      notAfter: today(),
      set: (record, view, parts) => {
        view.concludedOn = parts;
        const iso = isoDateFromParts(parts);
        if (iso) record.concludedOn = iso;
        else delete record.concludedOn;
      },
    })}
    ${form.choice(
      FIELD.enquiryType,
      msg('What kind of enquiry was it?', { id: 'rc.enquiry-type.label' }),
      enquiryTypeOptions(),
      form.record.enquiryType,
      (record, type) => (record.enquiryType = type),
    )}`,
  );
}

/** The enquiry's one answer to "were the outcomes they wanted achieved?", proposed from the results until chosen. */
function overall(form: FormContext) {
  return form.choice(
    FIELD.overallAchieved,
    msg('Overall, did the person get what they wanted?', { id: 'rc.overall.label' }),
    achievementOptions(),
    form.record.overallAchieved,
    (record, achieved, view) => {
      record.overallAchieved = achieved;
      view.overallChosen = true;
    },
    {
      hint: msg('We have proposed an answer from the answers above. Change it if you and the person see it differently.', {
        id: 'rc.overall.hint',
      }),
    },
  );
}

/** Why nothing is marked as achieved, where the person did not say what they wanted. */
function notApplicable(asked: AskedAboutOutcomes | undefined) {
  if (!asked) return nothing;
  const why =
    asked === 'asked-not-expressed'
      ? msg('The person was asked what they wanted, but did not say. There is nothing to mark as achieved.', {
          id: 'rc.results.not-expressed',
        })
      : asked === 'not-asked'
        ? msg('The person was not asked what they wanted, so there is nothing to mark as achieved.', { id: 'rc.results.not-asked' })
        : msg('It is not known whether the person was asked what they wanted, so there is nothing to mark as achieved.', {
            id: 'rc.results.asked-unknown',
          });
  return html`<div class="inset"><p class="body">${why}</p></div>`;
}

function results(form: FormContext) {
  const { rows, orphans, order } = outcomeRows(form, form.record.outcomeResults);
  const fields = [FIELD.achieved, FIELD.resultReason, FIELD.comment, FIELD.barriers];
  return html`<p class="body">${msg('Ask the person how far each thing has been achieved.', { id: 'rc.results.intro' })}</p>
    <ol class="panel-list">
      ${rows.map(({ outcome, entry }) =>
        guard([entry, outcome.words, outcome.number, getLocale(), ...fields.map((id) => form.error(id(outcome.number)))], () =>
          result(form, outcome, entry, order),
        ),
      )}
      ${orphanItems(form, 'outcomeResults', orphans)}
    </ol>`;
}

function result(form: FormContext, outcome: ShownOutcome, entry: WorkingOutcomeResult | undefined, order: readonly string[]) {
  const n = outcome.number;
  const edit = (record: WorkingReviewClose, change: (entry: WorkingOutcomeResult) => void) =>
    editEntry((record.outcomeResults ??= []), outcome.id, order, change);
  const note = (id: string, label: string, hint: string | undefined, key: 'reason' | 'personComment' | 'barriers', max: number) =>
    form.text(id, {
      label: `${label} ${optional()}`,
      hint,
      value: entry?.[key],
      maxLength: max,
      set: (record, text) => edit(record, (working) => setOptionalText(working, key, text)),
    });
  return outcomeItem(
    outcome,
    msg(str`What the person wanted (${n})`, { id: 'rc.result.legend' }),
    html`${form.choice(FIELD.achieved(n), msg('How far has this been achieved?', { id: 'rc.achieved.label' }), achievementOptions(), entry?.achieved, (record, achieved) =>
      edit(record, (working) => (working.achieved = achieved)),
    )}
    ${note(
      FIELD.resultReason(n),
      msg('Why do you think so?', { id: 'rc.result-reason.label' }),
      msg('Write it so you can read it back to the person: “We think this was … because …”', { id: 'rc.result-reason.hint' }),
      'reason',
      LIMITS.reasonLength,
    )}
    ${note(FIELD.comment(n), msg('What did the person say about it, in their own words?', { id: 'rc.comment.label' }), undefined, 'personComment', LIMITS.wordsLength)}
    ${note(FIELD.barriers(n), msg('What got in the way?', { id: 'rc.barriers.label' }), undefined, 'barriers', LIMITS.wordsLength)}`,
  );
}

/**
 * Where the risk came from, then for each source what was found and done, and what became of it:
 * the SAC counts each source once. A record made before the source was asked shows its risk as
 * "Not recorded", and asks for the real source.
 */
function risk(form: FormContext) {
  const risks = form.record.risks ?? {};
  const chosen = RISK_SOURCES.filter((source) => risks[source]);
  const unsourced = 'not-recorded' in risks || 'risks.not-recorded' in form.view.aside;
  const sources = riskSourceOptions().filter((option) => option.value !== 'not-recorded' || unsourced);
  const conditional: Partial<Record<RiskSource, TemplateResult>> = {};
  for (const source of chosen) conditional[source] = riskFrom(form, source, labelOf(sources, source)!);
  return section(
    'risk',
    msg('The risk', { id: 'rc.risk.heading' }),
    form.checkboxes(FIELD.riskSources, {
      label: msg('Where did the risk come from?', { id: 'rc.risk-sources.label' }),
      hint: unsourced
        ? msg('This ending was saved before the form asked where the risk came from. Select where it came from, then unselect Not recorded.', {
            id: 'rc.risk-sources.unsourced',
          })
        : msg('Select all that apply.', { id: 'rc.participants.hint' }),
      options: sources,
      values: chosen,
      conditional,
      set: (record, values, view) => {
        const working = (record.risks ??= {});
        for (const source of RISK_SOURCES) {
          keepAside(working, source, values.includes(source), view.aside, `risks.${source}`);
          if (values.includes(source)) working[source] ??= {};
        }
      },
    }),
  );
}

function riskFrom(form: FormContext, source: RiskSource, from: string) {
  const risk = form.record.risks?.[source] ?? {};
  const edit = (record: WorkingReviewClose) => ((record.risks ??= {})[source] ??= {});
  const outcome = form.choice(
    FIELD.riskOutcome(source),
    msg(str`${from}: what happened to the risk?`, { id: 'rc.source-risk-outcome.label' }),
    riskOutcomeOptions(),
    risk.riskOutcome,
    (record, riskOutcome) => (edit(record).riskOutcome = riskOutcome),
  );
  return form.choice(
    FIELD.actionAndResult(source),
    msg(str`${from}: what was found about the risk, and was action taken?`, { id: 'rc.source-risk.label' }),
    actionAndResultOptions(),
    risk.actionAndResult,
    (record, code) => (edit(record).actionAndResult = code),
    { conditional: { 'risk-identified-action-taken': outcome, 'assessment-inconclusive-action-taken': outcome } },
  );
}

function responses(form: FormContext) {
  return section(
    'responses',
    msg('Ways of working', { id: 'rc.responses.heading' }),
    form.checkboxes(FIELD.responses, {
      label: `${msg('Which of these did you use with the person and those around them?', { id: 'rc.responses.label' })} ${optional()}`,
      hint: msg('Select all that apply.', { id: 'rc.participants.hint' }),
      options: responseOptions(),
      // A choice the form does not know is dropped at the first tick, so it never blocks the answer.
      values: (form.record.responses ?? []).filter((code) => ENQUIRY_RESPONSES.includes(code)),
      set: (record, values) => {
        if (values.length) record.responses = values;
        else delete record.responses;
      },
    }),
  );
}

/** Whether the person's words may be quoted, without their name, to the Board; and who said so. */
function quoteConsent(form: FormContext) {
  const by = form.choice(
    FIELD.quoteConsentBy,
    msg('Who answered?', { id: 'rc.quote-by.label' }),
    quoteConsentByOptions(),
    form.record.quoteConsentBy,
    (record, who) => (record.quoteConsentBy = who),
  );
  return form.choice(
    FIELD.quoteConsent,
    msg('Can we quote the person’s words, without their name, in reports to the Safeguarding Adults Board?', { id: 'rc.quote.label' }),
    quoteConsentOptions(),
    form.record.quoteConsent,
    (record, answer) => (record.quoteConsent = answer),
    {
      hint: msg(
        'Their words are what they wanted, what they said and what got in the way. Ask in plain words, for example: “Can we use what you told us in a report? We will not use your name.”',
        { id: 'rc.quote.hint' },
      ),
      conditional: { yes: by, no: by },
    },
  );
}

function ending(form: FormContext) {
  const conversation = form.record.ending ?? {};
  return section(
    'ending',
    msg('Talking about the end', { id: 'rc.ending.heading' }),
    html`${form.choice(
      FIELD.happened,
      msg('Did you talk with the person about ending safeguarding?', { id: 'rc.happened.label' }),
      yesNoOptions(),
      yesNo(conversation.happened),
      (record, answer) => ((record.ending ??= {}).happened = answer === 'yes'),
      {
        conditional: {
          yes: html`${form.date(FIELD.endingDate, {
            label: msg('When did you talk?', { id: 'rc.ending-date.label' }),
            hint: msg('For example, 3 12 2026', { id: 'rc.ending-date.hint' }),
            parts: form.view.endingDate,
            set: (record, view, parts) => {
              view.endingDate = parts;
              const iso = isoDateFromParts(parts);
              const working = (record.ending ??= {});
              if (iso) working.date = iso;
              else delete working.date;
            },
          })}
          ${form.choice(FIELD.method, msg('How did you talk?', { id: 'rc.method.label' }), methodOptions(), conversation.method, (record, method) =>
            ((record.ending ??= {}).method = method),
          )}
          ${form.checkboxes(FIELD.participants, {
            label: msg('Who was there, besides you?', { id: 'rc.participants.label' }),
            hint: msg('Select all that apply.', { id: 'rc.participants.hint' }),
            options: participantOptions(),
            // A choice the form does not know is dropped at the first tick, so it never blocks the answer.
            values: (conversation.participants ?? []).filter((code) => ENDING_PARTICIPANTS.includes(code)),
            set: (record, values) => ((record.ending ??= {}).participants = values),
          })}`,
          no: form.text(FIELD.whyNot, {
            label: `${msg('Why not?', { id: 'rc.why-not.label' })} ${optional()}`,
            value: conversation.whyNot,
            maxLength: LIMITS.reasonLength,
            set: (record, text) => setOptionalText((record.ending ??= {}), 'whyNot', text),
          }),
        },
      },
    )}
    ${form.choice(
      FIELD.feedback,
      msg('Did you ask the person how safeguarding felt for them?', { id: 'rc.feedback.label' }),
      feedbackOptions(),
      form.record.feedback,
      (record, feedback) => (record.feedback = feedback),
    )}
    ${quoteConsent(form)}`,
  );
}

function decisions(form: FormContext) {
  const { record } = form;
  return html`${section(
      'decisions',
      msg('Decisions', { id: 'rc.decisions.heading' }),
      html`${form.text(FIELD.rationale, {
        label: msg('Why were these decisions made?', { id: 'rc.rationale.label' }),
        hint: msg('Include what the person wanted, and any risk they chose to live with.', { id: 'rc.rationale.hint' }),
        value: record.rationale,
        maxLength: LIMITS.wordsLength,
        set: (working, text) => (working.rationale = text),
      })}
      ${form.choice(
        FIELD.followed,
        msg('Did you follow the usual procedure?', { id: 'rc.followed.label' }),
        yesNoOptions(),
        yesNo(record.procedure?.followed),
        (working, answer) => ((working.procedure ??= {}).followed = answer === 'yes'),
        {
          conditional: {
            no: form.text(FIELD.departure, {
              label: msg('What was done differently, and why?', { id: 'rc.departure.label' }),
              value: record.procedure?.departure,
              maxLength: LIMITS.wordsLength,
              set: (working, text) => ((working.procedure ??= {}).departure = text),
            }),
          },
        },
      )}`,
    )}
    ${section(
      'next-steps',
      msg('What happens next', { id: 'rc.next-steps.heading' }),
      form.text(FIELD.nextSteps, {
        label: msg('What happens now for the person, and who will do it?', { id: 'rc.next-steps.label' }),
        value: record.nextSteps,
        maxLength: LIMITS.wordsLength,
        set: (working, text) => (working.nextSteps = text),
      }),
    )}`;
}
