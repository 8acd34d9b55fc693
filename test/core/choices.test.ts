import { expect, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { checkboxesField, radiosField, toggledValues, type ChoiceOption } from '../../src/core/fields.js';
import { emulateForcedColours, mountKit, nextFrame, px, type KitHarness } from './kit-harness.js';
import { sendKeys, where } from '../engines.js';

type Contact = 'face-to-face' | 'phone' | 'video';
type Support = 'interpreter' | 'bsl' | 'easy-read';

const contactOptions: readonly ChoiceOption<Contact>[] = [
  { value: 'face-to-face', label: 'Face to face', hint: 'At home, or somewhere they chose' },
  { value: 'phone', label: 'On the phone' },
  { value: 'video', label: 'By video call' },
];

const supportOptions: readonly ChoiceOption<Support>[] = [
  { value: 'interpreter', label: 'An interpreter' },
  { value: 'bsl', label: 'A British Sign Language interpreter' },
  { value: 'easy-read', label: 'Easy read information' },
];

/** A radios question whose host keeps the answer and re-renders, as an element does. */
function radiosQuestion(harness: KitHarness, options: { error?: string; disabled?: boolean } = {}) {
  const state = { value: undefined as Contact | undefined };
  const draw = () =>
    harness.show(
      radiosField({
        id: 'how',
        name: 'how',
        label: 'How did you talk with them?',
        hint: 'Choose one',
        options: contactOptions,
        value: state.value,
        error: options.error,
        disabled: options.disabled,
        onSelect: (value) => {
          state.value = value;
          draw();
        },
        conditional: { video: html`<p id="video-detail">Which service?</p>` },
      }),
    );
  draw();
  return state;
}

function checkboxesQuestion(harness: KitHarness, values: Support[], options: { error?: string; disabled?: boolean } = {}) {
  const state = { values, changes: [] as Support[][] };
  const draw = () =>
    harness.show(
      checkboxesField({
        id: 'support',
        name: 'support',
        label: 'What support did they have?',
        options: supportOptions,
        values: state.values,
        error: options.error,
        disabled: options.disabled,
        onChange: (next) => {
          state.changes.push(next);
          state.values = next;
          draw();
        },
        conditional: { interpreter: html`<p id="language">Which language?</p>` },
      }),
    );
  draw();
  return state;
}

/** Clicks the middle of an element with the mouse, as a person would. */
async function clickOn(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await nextFrame();
}

const pseudo = (element: Element, which: '::before' | '::after') => getComputedStyle(element, which);

describe('checkbox values keep their order', () => {
  it('appends a ticked value, removes an unticked one and never duplicates', () => {
    expect(toggledValues(['bsl', 'interpreter'], 'easy-read', true)).to.deep.equal(['bsl', 'interpreter', 'easy-read']);
    expect(toggledValues(['bsl', 'interpreter', 'easy-read'], 'interpreter', false)).to.deep.equal(['bsl', 'easy-read']);
    expect(toggledValues(['bsl', 'interpreter'], 'bsl', true)).to.deep.equal(['bsl', 'interpreter']);
    expect(toggledValues(['bsl'], 'interpreter', false)).to.deep.equal(['bsl']);
  });

  it('leaves a record’s order as it was when the person ticks and unticks', async () => {
    const harness = await mountKit();
    const state = checkboxesQuestion(harness, ['easy-read', 'interpreter']);
    await clickOn(harness.labelFor('support-2'));
    expect(state.values).to.deep.equal(['easy-read', 'interpreter', 'bsl']);
    await clickOn(harness.labelFor('support'));
    expect(state.values).to.deep.equal(['easy-read', 'bsl']);
    await clickOn(harness.labelFor('support'));
    expect(state.values).to.deep.equal(['easy-read', 'bsl', 'interpreter']);
  });
});

describe('radios and checkboxes: the markup contract', () => {
  it('gives the first option the field id and the others numbered ids, one name, and the checked state', async () => {
    const harness = await mountKit();
    const state = radiosQuestion(harness);
    const inputs = [...harness.root.querySelectorAll<HTMLInputElement>('input[name="how"]')];
    expect(inputs.map((input) => [input.type, input.id, input.value])).to.deep.equal([
      ['radio', 'how', 'face-to-face'],
      ['radio', 'how-2', 'phone'],
      ['radio', 'how-3', 'video'],
    ]);
    await clickOn(harness.labelFor('how-2'));
    expect(state.value).to.equal('phone');
    expect(inputs.map((input) => input.checked)).to.deep.equal([false, true, false]);
    // The host clears the answer (a form reset): the page follows the host, not the last click.
    radiosQuestion(harness);
    expect(inputs.map((input) => input.checked)).to.deep.equal([false, false, false]);
  });

  it('chooses an option by a click anywhere on its label, and reveals its follow-up right under it', async () => {
    const harness = await mountKit();
    const state = radiosQuestion(harness);
    expect(harness.root.getElementById('video-detail')).to.be.null;
    await clickOn(harness.labelFor('how-3'));
    expect(state.value).to.equal('video');
    expect(harness.byId<HTMLInputElement>('how-3').checked).to.be.true;
    const revealed = harness.byId('video-detail').closest('.conditional')!;
    expect(revealed.previousElementSibling!.querySelector('input')!.id).to.equal('how-3');
  });

  it('is operated by keyboard: arrows move between radios, space ticks a checkbox', async () => {
    const harness = await mountKit();
    const radios = radiosQuestion(harness);
    harness.byId('how').focus();
    await sendKeys({ press: 'ArrowDown' });
    await nextFrame();
    expect(radios.value).to.equal('phone');

    const checks = checkboxesQuestion(harness, []);
    harness.byId('support-3').focus();
    await sendKeys({ press: ' ' });
    await nextFrame();
    expect(checks.values).to.deep.equal(['easy-read']);
  });

  it('describes an option by its hint and the group by its hint and error', async () => {
    const harness = await mountKit();
    radiosQuestion(harness, { error: 'Select how you talked with them' });
    await nextFrame();
    expect(harness.byId('how').getAttribute('aria-describedby')).to.equal('how-item-hint');
    expect(harness.byId('how-item-hint').textContent!.trim()).to.equal('At home, or somewhere they chose');
    expect(harness.root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('how-hint how-error');
    expect(harness.byId('how-error').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Select how you talked with them');
    for (const input of harness.root.querySelectorAll('input')) expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(harness).to.be.accessible();
  });
});

describe('radios and checkboxes: the GOV.UK look', () => {
  afterEach(async () => {
    await emulateForcedColours('none');
  });

  it('draws 40 px controls with a 44 px target, the label on the control’s centre line, the hint under the label', async () => {
    const harness = await mountKit();
    radiosQuestion(harness);
    await nextFrame();
    for (const id of ['how', 'how-2']) {
      const input = harness.byId(id);
      const label = harness.labelFor(id);
      const control = pseudo(label, '::before');
      expect([px(control.width), px(control.height)], `${id}: the drawn control`).to.deep.equal([40, 40]);
      expect(control.borderRadius).to.equal('50%');
      const target = input.getBoundingClientRect();
      expect([target.width, target.height], `${id}: the target`).to.deep.equal([44, 44]);

      const firstLine = document.createRange();
      firstLine.selectNodeContents(label);
      const line = firstLine.getClientRects()[0];
      const controlCentre = target.top + target.height / 2;
      expect(line.top + line.height / 2, `${id}: text centred on the control`).to.be.closeTo(controlCentre, 1.5);
    }
    const hint = harness.byId('how-item-hint');
    const labelText = document.createRange();
    labelText.selectNodeContents(harness.labelFor('how'));
    const hintText = document.createRange();
    hintText.selectNodeContents(hint);
    expect(hintText.getClientRects()[0].left, 'hint text starts where the label text does').to.be.closeTo(
      labelText.getClientRects()[0].left,
      1,
    );
    expect(hint.getBoundingClientRect().top).to.be.at.least(harness.labelFor('how').getBoundingClientRect().bottom - 6);
  });

  it('draws a square box with a tick for checkboxes, shown only when ticked', async () => {
    const harness = await mountKit();
    checkboxesQuestion(harness, ['bsl']);
    await nextFrame();
    const box = pseudo(harness.labelFor('support'), '::before');
    expect([px(box.width), px(box.height), box.borderRadius]).to.deep.equal([40, 40, '0px']);
    expect(pseudo(harness.labelFor('support'), '::after').opacity).to.equal('0');
    expect(pseudo(harness.labelFor('support-2'), '::after').opacity).to.equal('1');
  });

  it('shows GOV.UK yellow focus around the control', async () => {
    const harness = await mountKit();
    checkboxesQuestion(harness, []);
    const radioHarness = await mountKit();
    radiosQuestion(radioHarness);

    harness.byId('support').focus();
    await nextFrame();
    const checkbox = pseudo(harness.labelFor('support'), '::before');
    expect(checkbox.boxShadow).to.equal('rgb(255, 221, 0) 0px 0px 0px 3px');
    expect([checkbox.outlineStyle, checkbox.outlineWidth, checkbox.borderTopWidth]).to.deep.equal(['solid', '3px', '4px']);

    radioHarness.byId('how').focus();
    await nextFrame();
    expect(pseudo(radioHarness.labelFor('how'), '::before').boxShadow).to.equal('rgb(255, 221, 0) 0px 0px 0px 4px');
  });

  where('forced-colours')('still draws the ring, dot, box, tick and focus when colours are forced', async () => {
    const harness = await mountKit();
    checkboxesQuestion(harness, ['interpreter']);
    const radioHarness = await mountKit();
    radiosQuestion(radioHarness);
    await clickOn(radioHarness.labelFor('how-2'));
    radioHarness.byId('how-2').blur();
    await emulateForcedColours('active');
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;

    const ring = pseudo(radioHarness.labelFor('how-2'), '::before');
    const dot = pseudo(radioHarness.labelFor('how-2'), '::after');
    expect([ring.borderTopStyle, px(ring.borderTopWidth)]).to.deep.equal(['solid', 2]);
    expect([dot.opacity, dot.borderTopStyle, px(dot.borderTopWidth)]).to.deep.equal(['1', 'solid', 10]);
    expect(dot.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');

    const tick = pseudo(harness.labelFor('support'), '::after');
    expect([tick.opacity, tick.borderLeftStyle, px(tick.borderLeftWidth)]).to.deep.equal(['1', 'solid', 5]);
    expect(tick.borderLeftColor).to.not.equal('rgba(0, 0, 0, 0)');

    harness.byId('support-2').focus();
    await nextFrame();
    const focused = pseudo(harness.labelFor('support-2'), '::before');
    expect([focused.outlineStyle, focused.outlineWidth]).to.deep.equal(['solid', '3px']);
    expect(focused.outlineColor, 'a visible outline, not the transparent one').to.not.equal('rgba(0, 0, 0, 0)');
  });

  where('forced-colours')('looks disabled when disabled, with readable text, in normal and forced colours', async () => {
    const harness = await mountKit();
    radiosQuestion(harness, { disabled: true });
    await nextFrame();
    const label = harness.labelFor('how');
    const enabledText = getComputedStyle(harness.root.querySelector('legend')!).color;
    expect(getComputedStyle(label).color).to.not.equal(enabledText);
    expect(getComputedStyle(label).cursor).to.equal('not-allowed');
    expect(getComputedStyle(harness.byId('how')).cursor).to.equal('not-allowed');
    expect(getComputedStyle(harness.byId('how-item-hint')).color).to.equal(getComputedStyle(label).color);
    await expect(harness).to.be.accessible();

    const checks = await mountKit();
    const state = checkboxesQuestion(checks, [], { disabled: true });
    await clickOn(checks.labelFor('support'));
    expect(state.changes, 'a click on a disabled checkbox changes nothing').to.deep.equal([]);
    await expect(checks).to.be.accessible();

    await emulateForcedColours('active');
    const grayText = document.createElement('span');
    grayText.style.color = 'GrayText';
    document.body.append(grayText);
    try {
      expect(getComputedStyle(label).color).to.equal(getComputedStyle(grayText).color);
    } finally {
      grayText.remove();
    }
  });
});
