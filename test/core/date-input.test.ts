import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import {
  dateInputField,
  datePartsAtFault,
  dateProblem,
  dateProblemMessage,
  emptyDateParts,
  isoDateFromParts,
  type DatePart,
  type DateParts,
} from '../../src/core/fields.js';
import { setLocale } from '../../src/core/locale.js';
import { mountKit, nextFrame, px, type KitHarness } from './kit-harness.js';
import { sendKeys, where } from '../engines.js';

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  invalid?: string;
  children?: AXNode[];
}

function flatten(node: AXNode, into: AXNode[] = []): AXNode[] {
  into.push(node);
  for (const child of node.children ?? []) flatten(child, into);
  return into;
}

/** A date question the way an element holds one: the boxes as typed, re-rendered on every keystroke. */
class DateQuestion {
  parts: DateParts = emptyDateParts();
  error?: string;
  partsAtFault?: DatePart[];
  disabled = false;
  commits = 0;

  constructor(readonly harness: KitHarness) {}

  draw() {
    this.harness.show(
      dateInputField({
        id: 'talked-on',
        label: 'When did you talk with them?',
        hint: 'For example, 27 3 2026',
        value: this.parts,
        error: this.error,
        partsAtFault: this.partsAtFault,
        disabled: this.disabled,
        onInput: (parts) => {
          this.parts = parts;
          this.draw();
        },
        onCommit: () => this.commits++,
      }),
    );
  }

  /** Shows the problem with what was typed, as an element does after a Save. */
  check(notAfter?: string) {
    const problem = dateProblem(this.parts, { notAfter });
    this.error = problem && dateProblemMessage(problem, 'The date you talked with the person');
    this.partsAtFault = datePartsAtFault(problem);
    this.draw();
  }

  box(part: DatePart): HTMLInputElement {
    return this.harness.root.querySelector<HTMLInputElement>(`.date-input__input--${part}`)!;
  }
}

async function mountQuestion() {
  const question = new DateQuestion(await mountKit());
  question.draw();
  await nextFrame();
  return question;
}

/** Types into the boxes by keyboard: the day box first, then Tab between boxes. */
async function typeDate(question: DateQuestion, day: string, month: string, year: string) {
  question.box('day').focus();
  for (const [index, text] of [day, month, year].entries()) {
    if (index > 0) await sendKeys({ press: 'Tab' });
    if (text) await sendKeys({ type: text });
  }
  await sendKeys({ press: 'Tab' });
}

describe('date input: three boxes in the GOV.UK pattern', () => {
  afterEach(async () => {
    await setLocale('en-GB');
  });

  it('stores 18 / 11 / 2026 typed by keyboard as 2026-11-18, keeping what was typed', async () => {
    const question = await mountQuestion();
    await typeDate(question, '18', '11', '2026');
    expect(question.parts).to.deep.equal({ day: '18', month: '11', year: '2026' });
    expect(isoDateFromParts(question.parts)).to.equal('2026-11-18');
    expect(question.commits, 'a change committed as each box is left').to.equal(3);
  });

  it('keeps earlier boxes when the host has not re-rendered between keystrokes', async () => {
    const harness = await mountKit();
    let latest = emptyDateParts();
    harness.show(dateInputField({ id: 'd', label: 'Date', value: emptyDateParts(), onInput: (parts) => (latest = parts) }));
    harness.byId('d').focus();
    await sendKeys({ type: '18' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '11' });
    expect(latest).to.deep.equal({ day: '18', month: '11', year: '' });
  });

  it('says 31 / 02 / 2026 must be a real date and marks only the day', async () => {
    const question = await mountQuestion();
    await typeDate(question, '31', '02', '2026');
    question.check();
    await nextFrame();
    const error = question.harness.byId('talked-on-error');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: The date you talked with the person must be a real date');
    expect(question.box('day').getAttribute('aria-invalid')).to.equal('true');
    expect(question.box('month').getAttribute('aria-invalid')).to.equal('false');
    expect(question.box('year').getAttribute('aria-invalid')).to.equal('false');
    expect(question.box('day').classList.contains('input--error')).to.be.true;
    expect(question.box('month').classList.contains('input--error')).to.be.false;
  });

  it('says a missing month is missing, and marks the month box alone', async () => {
    const question = await mountQuestion();
    await typeDate(question, '18', '', '2026');
    question.check();
    await nextFrame();
    expect(question.error).to.equal('The date you talked with the person must include a month');
    expect(['day', 'month', 'year'].map((part) => question.box(part as DatePart).getAttribute('aria-invalid'))).to.deep.equal([
      'false',
      'true',
      'false',
    ]);
  });

  it('marks every box for an error given without the boxes at fault', async () => {
    const question = await mountQuestion();
    question.error = 'Enter the date you talked with the person';
    question.draw();
    for (const part of ['day', 'month', 'year'] as const) {
      expect(question.box(part).getAttribute('aria-invalid'), part).to.equal('true');
      expect(question.box(part).classList.contains('input--error'), part).to.be.true;
    }
  });

  it('marks no box when there is no error, even if boxes at fault are given', async () => {
    const question = await mountQuestion();
    question.partsAtFault = ['day'];
    question.draw();
    for (const part of ['day', 'month', 'year'] as const) {
      expect(question.box(part).getAttribute('aria-invalid'), part).to.equal('false');
    }
    expect(question.harness.root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('talked-on-hint');
  });

  where('a11y-snapshot')('connects the legend, hint and error to the group, and a label to each box', async () => {
    const question = await mountQuestion();
    question.check();
    await nextFrame();
    const fieldset = question.harness.root.querySelector('fieldset')!;
    expect(fieldset.getAttribute('role')).to.equal('group');
    expect(fieldset.getAttribute('aria-describedby')!.split(' ')).to.have.members(['talked-on-hint', 'talked-on-error']);
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('When did you talk with them?');
    expect(question.harness.byLabel('Day')).to.equal(question.box('day'));
    expect(question.harness.byLabel('Month')).to.equal(question.box('month'));
    expect(question.harness.byLabel('Year')).to.equal(question.box('year'));
    expect(question.box('day').id, 'the field id, for error-summary links').to.equal('talked-on');
    expect(question.box('month').id).to.equal('talked-on-month');
    expect(question.box('year').id).to.equal('talked-on-year');

    const describedText = fieldset
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => question.harness.byId(id).textContent!.replace(/\s+/g, ' ').trim());
    expect(describedText).to.deep.equal(['For example, 27 3 2026', 'Error: Enter the date you talked with the person']);

    // The snapshot leaves out the group itself (it prunes containers), but names every box.
    const nodes = flatten((await a11ySnapshot({})) as unknown as AXNode);
    const boxes = nodes.filter((node) => node.role === 'textbox').map((node) => [node.name, node.invalid]);
    expect(boxes).to.deep.equal([
      ['Day', 'true'],
      ['Month', 'true'],
      ['Year', 'true'],
    ]);
  });

  it('asks phones for the number keypad, with autocomplete only where asked for', async () => {
    const harness = await mountKit();
    harness.show(
      dateInputField({
        id: 'born',
        label: 'Date of birth',
        value: emptyDateParts(),
        onInput: () => {},
        autocomplete: { day: 'bday-day', month: 'bday-month', year: 'bday-year' },
      }),
    );
    const boxes = [...harness.root.querySelectorAll('input')];
    expect(boxes.map((box) => [box.type, box.inputMode])).to.deep.equal([
      ['text', 'numeric'],
      ['text', 'numeric'],
      ['text', 'numeric'],
    ]);
    // The attribute, not the property: Firefox's property reads '' for tokens it does not fill in itself.
    expect(boxes.map((box) => box.getAttribute('autocomplete'))).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);

    harness.show(dateInputField({ id: 'seen', label: 'Date', value: emptyDateParts(), onInput: () => {} }));
    expect([...harness.root.querySelectorAll('input')].map((box) => box.hasAttribute('autocomplete'))).to.deep.equal([
      false,
      false,
      false,
    ]);
  });

  it('sizes the boxes for two, two and four digits, at least 40 px high', async () => {
    const question = await mountQuestion();
    const fontSize = px(getComputedStyle(question.box('day')).fontSize);
    const width = (part: DatePart) => question.box(part).getBoundingClientRect().width;
    expect(width('day')).to.be.closeTo(2.75 * fontSize, 1);
    expect(width('month')).to.be.closeTo(2.75 * fontSize, 1);
    expect(width('year')).to.be.closeTo(4.5 * fontSize, 1);
    for (const part of ['day', 'month', 'year'] as const) {
      expect(question.box(part).getBoundingClientRect().height, part).to.be.at.least(40);
    }
    const [day, month, year] = (['day', 'month', 'year'] as const).map((part) => question.box(part).getBoundingClientRect());
    expect(day.top, 'side by side').to.equal(month.top);
    expect(month.left).to.be.greaterThan(day.right);
    expect(year.left).to.be.greaterThan(month.right);
  });

  it('shows what was typed when re-rendered, even if it is not a date', async () => {
    const question = await mountQuestion();
    await typeDate(question, 'x', '13', '20');
    question.check();
    await nextFrame();
    expect([question.box('day').value, question.box('month').value, question.box('year').value]).to.deep.equal(['x', '13', '20']);
    expect(question.partsAtFault).to.deep.equal(['day', 'month', 'year']);
  });

  it('cannot be typed into while disabled', async () => {
    const question = await mountQuestion();
    question.disabled = true;
    question.draw();
    for (const part of ['day', 'month', 'year'] as const) expect(question.box(part).disabled, part).to.be.true;
  });

  it('labels the boxes in Welsh', async () => {
    await setLocale('cy');
    const question = await mountQuestion();
    expect([...question.harness.root.querySelectorAll('.date-input__label')].map((label) => label.textContent!.trim())).to.deep.equal([
      'Diwrnod',
      'Mis',
      'Blwyddyn',
    ]);
  });

  it('passes axe with an error shown on one box', async () => {
    const question = await mountQuestion();
    await typeDate(question, '18', '', '2026');
    question.check();
    await nextFrame();
    await expect(question.harness).to.be.accessible();
  });
});
