import { html } from 'lit';
import { dateInputField, dateProblemMessage } from '../../core/fields.js';
import { dateProblem, datePartsAtFault, isoDateFromParts, type DateParts } from '../../core/date-parts.js';
import { msg } from '../../core/locale.js';

export interface PeriodBoxes {
  from: DateParts;
  to: DateParts;
  errors: { from?: string; to?: string };
}

const fromLabel = () => msg('First day', { id: 'or.period.from' });
const toLabel = () => msg('Last day', { id: 'or.period.to' });

/** The period the boxes give, or the messages to show beside them. */
export function checkPeriod(boxes: PeriodBoxes): { period?: { from: string; to: string }; errors: PeriodBoxes['errors'] } {
  const fromProblem = dateProblem(boxes.from);
  const toProblem = dateProblem(boxes.to);
  const errors = {
    from: fromProblem && dateProblemMessage(fromProblem, fromLabel()),
    to: toProblem && dateProblemMessage(toProblem, toLabel()),
  };
  if (errors.from || errors.to) return { errors };
  const from = isoDateFromParts(boxes.from)!;
  const to = isoDateFromParts(boxes.to)!;
  if (from > to) return { errors: { to: msg('The last day must be the same as or after the first day', { id: 'or.period.order' }) } };
  return { period: { from, to }, errors: {} };
}

/** The two dates of the period, as GOV.UK date boxes, and the button that counts again. */
export function renderPeriod(boxes: PeriodBoxes, change: (which: 'from' | 'to', parts: DateParts) => void, apply: () => void) {
  const field = (which: 'from' | 'to', label: string) => {
    const problem = boxes.errors[which] ? dateProblem(boxes[which]) : undefined;
    return dateInputField({
      id: `period-${which}`,
      label,
      value: boxes[which],
      error: boxes.errors[which],
      partsAtFault: problem ? datePartsAtFault(problem) : undefined,
      onInput: (parts) => change(which, parts),
    });
  };
  return html`<form
    class="period no-print"
    part="period"
    aria-labelledby="period-title"
    @submit=${(event: Event) => {
      event.preventDefault();
      apply();
    }}
  >
    <h2 class="heading-s" id="period-title">${msg('Choose the period', { id: 'or.period.title' })}</h2>
    <div class="period__dates">${field('from', fromLabel())} ${field('to', toLabel())}</div>
    <button class="button button--secondary" type="submit">${msg('Count again', { id: 'or.period.apply' })}</button>
  </form>`;
}
