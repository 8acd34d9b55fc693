import { expect, html } from '@open-wc/testing';
import { everyControl } from './every-control.js';
import { emulateForcedColours, mountKit, nextFrame, type KitHarness } from './kit-harness.js';
import { where } from '../engines.js';

/** Every control the kit draws, filled in, inside a fieldset the way an element wraps its fields. */
function everyControlIn(disabled: boolean) {
  return html`<fieldset class="fieldset" ?disabled=${disabled}>
    ${everyControl({ filled: true })}
    <button type="button" class="button button--secondary" id="add">Add another</button>
  </fieldset>`;
}

/** The element whose look says whether a control can be used: the control, or a choice's label. */
const controls: [string, (harness: KitHarness) => Element][] = [
  ['text input', (h) => h.byId('name')],
  ['textarea', (h) => h.byId('words')],
  ['select', (h) => h.byId('area')],
  ['day box', (h) => h.byId('on')],
  ['year box', (h) => h.byId('on-year')],
  ['radio', (h) => h.labelFor('how')],
  ['radio hint', (h) => h.byId('how-item-hint')],
  ['checkbox', (h) => h.labelFor('support')],
  ['button', (h) => h.byId('save')],
  ['secondary button', (h) => h.byId('add')],
  ['link button', (h) => h.byId('remove')],
];

const look = (element: Element) => {
  const style = getComputedStyle(element);
  return { color: style.color, opacity: style.opacity, border: style.borderTopColor, cursor: style.cursor };
};

describe('disabled controls look disabled', () => {
  afterEach(async () => {
    await emulateForcedColours('none');
  });

  it('greys every control and shows it cannot be used', async () => {
    const enabled = await mountKit(everyControlIn(false));
    const disabled = await mountKit(everyControlIn(true));
    for (const [name, find] of controls) {
      const before = look(find(enabled));
      const after = look(find(disabled));
      const greyed = after.color !== before.color || Number(after.opacity) < 1;
      expect(greyed, `${name} is greyed`).to.be.true;
      // A hint is not clickable, so it keeps the ordinary cursor.
      if (name !== 'radio hint') expect(after.cursor, `${name} cursor`).to.equal('not-allowed');
    }
  });

  it('keeps the words readable: axe passes with everything disabled', async () => {
    const disabled = await mountKit(everyControlIn(true));
    await expect(disabled).to.be.accessible();
  });

  where('forced-colours')('uses the system’s disabled colour when colours are forced', async () => {
    const disabled = await mountKit(everyControlIn(true));
    await emulateForcedColours('active');
    const reference = document.createElement('span');
    reference.style.color = 'GrayText';
    document.body.append(reference);
    await nextFrame();
    const grayText = getComputedStyle(reference).color;
    reference.remove();
    for (const [name, find] of controls) {
      expect(getComputedStyle(find(disabled)).color, name).to.equal(grayText);
    }
  });
});
