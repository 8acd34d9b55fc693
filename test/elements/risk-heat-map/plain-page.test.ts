import { expect } from '@open-wc/testing';
import { compile2020, compileDraft07 } from '../../vendor/ajv.js';
import { HARM_BANDS, QUALITY_OF_LIFE_BANDS } from '../../../src/schemas/risk-heat-map.js';
import { leaves } from './helpers.js';
import { radiosWrapRound, sendKeys } from '../../engines.js';

type Element = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * The scenario a council page lives: a plain page with one script and a `<form method=post>`,
 * used by keyboard alone. An activity is added and placed by the person and by the practitioner in
 * different squares with the arrow keys, each move announced in words; the form posts a record
 * that validates against the published JSON Schema, holds band names and no number or score, and
 * the page says in words where the two views differ.
 */
describe('<msp-risk-heat-map> on a plain page, by keyboard alone', () => {
  let frame: HTMLIFrameElement;

  afterEach(() => frame?.remove());

  it('adds an activity, places it for two parties with arrow keys, and posts a valid record of band names', async function () {
    this.timeout(30_000);
    frame = document.createElement('iframe');
    frame.width = '1100';
    frame.height = '900';
    document.body.append(frame);
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.src = `/test/elements/risk-heat-map/plain-page.html?n=${Math.random()}`;
    });
    const page = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('msp-risk-heat-map') as Element;
    await page.customElements.whenDefined('msp-risk-heat-map');
    await el.updateComplete;
    const shadow = el.shadowRoot!;

    const settle = async () => {
      await el.updateComplete;
      await new Promise((resolve) => page.requestAnimationFrame(() => resolve(undefined)));
      await el.updateComplete;
    };
    const focused = () => (shadow.activeElement as HTMLElement | null)?.id ?? '';
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await settle();
    };
    const tabTo = async (test: (id: string) => boolean, max = 60) => {
      for (let i = 0; i < max; i++) {
        await press('Tab');
        if (test(focused())) return focused();
      }
      throw new Error(`Tab never got there; last focus: #${focused()}`);
    };
    const announcements: string[] = [];
    new (page as Window & typeof globalThis).MutationObserver(() => {
      const words = shadow.querySelector('[data-announcer]')!.textContent!.trim();
      if (words) announcements.push(words);
    }).observe(shadow, { subtree: true, characterData: true, childList: true });

    // Keyboard alone from the top of the page.
    page.focus();
    doc.body.focus();
    await tabTo((id) => id === 'add-item');
    await press('Enter');
    await sendKeys({ type: 'Going to the pub with Dave on Fridays' });

    const person = await tabTo((id) => id.endsWith('-view-person'));
    await press('Enter');
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'Enter']) await press(key);
    expect(focused()).to.equal(person);
    await press('ArrowLeft');

    const practitioner = await tabTo((id) => id.endsWith('-view-practitioner'));
    await press('Enter');
    for (const key of ['ArrowRight', 'Enter']) await press(key);
    expect(focused()).to.equal(practitioner);
    await press('ArrowRight');
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(announcements).to.include('You: Makes life much better, Low risk of harm.');
    expect(announcements).to.include('You: Makes life better, Low risk of harm.');
    expect(announcements).to.include('Practitioner: Makes life better, High risk of harm. You and the practitioner see the risk differently.');

    // The page says in words where the views differ.
    expect(shadow.querySelector('.views')!.textContent!.replace(/\s+/g, ' ')).to.contain('You and the practitioner see the risk differently.');

    await tabTo((id) => id.endsWith('-decision'));
    // The last choice, "not decided yet": up from the first, where the engine's radios wrap round.
    if (radiosWrapRound) await press('ArrowUp');
    else for (let i = 0; i < 3; i++) await press('ArrowDown');

    // Save: the element's own button submits the surrounding plain form.
    const posted = new Promise<FormData>((resolve) =>
      doc.querySelector('form')!.addEventListener('submit', (event) => {
        event.preventDefault(); // the test reads what would be posted instead of leaving the page
        resolve(new FormData(event.target as HTMLFormElement));
      }),
    );
    await tabTo((id) => id === '' && (shadow.activeElement as HTMLElement | null)?.getAttribute('part') === 'submit-button');
    await sendKeys({ press: 'Enter' });
    const json = (await posted).get('risk-map') as string;

    const record = JSON.parse(json);
    const schema = await (await fetch('/schemas/risk-heat-map.schema.json')).json();
    const draft07 = await (await fetch('/schemas/risk-heat-map.draft-07.schema.json')).json();
    const validate = compile2020(schema);
    expect(validate(record), JSON.stringify(validate.errors)).to.be.true;
    expect(compileDraft07(draft07)(record)).to.be.true;
    expect(record.caseRef).to.equal('SG-2026-0412');
    expect(record.items[0].activity).to.equal('Going to the pub with Dave on Fridays');
    expect(record.items[0].placements).to.deep.equal({
      person: { qualityOfLife: 'makes-life-better', harm: 'low' },
      practitioner: { qualityOfLife: 'makes-life-better', harm: 'high' },
    });
    for (const view of Object.values(record.items[0].placements) as { qualityOfLife: string; harm: string }[]) {
      expect(QUALITY_OF_LIFE_BANDS).to.include(view.qualityOfLife);
      expect(HARM_BANDS).to.include(view.harm);
    }
    expect(leaves(record).filter((leaf) => typeof leaf === 'number'), 'no number but the version').to.deep.equal([1]);
    expect(json).to.not.match(/score/i);
  });
});
