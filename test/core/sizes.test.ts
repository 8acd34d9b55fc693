import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { everyControl } from './every-control.js';
import { mountKit, nextFrame, px, type KitHarness } from './kit-harness.js';
import { can, where } from '../engines.js';

/** One of each piece of the kit, with the headings elements use. */
function everyPiece() {
  return html`<h2 class="heading-l" id="heading-l">Large heading</h2>
    <h2 class="heading-m" id="heading-m">Section heading</h2>
    <h3 class="heading-s" id="heading-s">Small heading</h3>
    ${everyControl({ filled: false })}`;
}

interface Measured {
  label: number;
  hint: number;
  headingL: number;
  headingM: number;
  headingS: number;
  radio: { width: number; height: number };
  checkbox: { width: number; height: number };
  heights: Record<string, number>;
}

function measure(harness: KitHarness): Measured {
  const fontSize = (element: Element) => px(getComputedStyle(element).fontSize);
  const drawn = (id: string) => {
    const style = getComputedStyle(harness.labelFor(id), '::before');
    return { width: px(style.width), height: px(style.height) };
  };
  const height = (id: string) => harness.byId(id).getBoundingClientRect().height;
  return {
    label: fontSize(harness.labelFor('name')),
    hint: fontSize(harness.root.querySelector('.character-count')!),
    headingL: fontSize(harness.byId('heading-l')),
    headingM: fontSize(harness.byId('heading-m')),
    headingS: fontSize(harness.byId('heading-s')),
    radio: drawn('how'),
    checkbox: drawn('support'),
    heights: Object.fromEntries(
      ['name', 'words', 'area', 'on', 'on-month', 'on-year', 'save', 'how', 'support'].map((id) => [id, height(id)]),
    ),
  };
}

async function withRootFontSize(size: string, run: () => Promise<void>) {
  const style = document.createElement('style');
  style.textContent = `html { font-size: ${size}; }`;
  document.head.append(style);
  try {
    await nextFrame();
    await run();
  } finally {
    style.remove();
  }
}

describe('sizes that survive the host page', () => {
  afterEach(async () => {
    if (can('viewport')) await setViewport({ width: 1024, height: 768 });
  });

  it('keeps GOV.UK sizes on a page with html { font-size: 62.5% }', async () => {
    const harness = await mountKit(everyPiece());
    await withRootFontSize('62.5%', async () => {
      const sizes = measure(harness);
      expect(sizes.label, 'label text').to.equal(19);
      expect(sizes.hint, 'hint text').to.equal(19);
      expect([sizes.headingL, sizes.headingM, sizes.headingS], 'headings').to.deep.equal([36, 24, 19]);
      expect(sizes.radio, 'radio').to.deep.equal({ width: 40, height: 40 });
      expect(sizes.checkbox, 'checkbox').to.deep.equal({ width: 40, height: 40 });
      for (const [id, height] of Object.entries(sizes.heights)) expect(height, `#${id} height`).to.be.at.least(40);
      expect(harness.byId('remove').getBoundingClientRect().height, 'link button').to.be.at.least(24);
    });
  });

  where('viewport')('keeps text at 16 px at least on a narrow screen with html { font-size: 62.5% }', async () => {
    await setViewport({ width: 320, height: 640 });
    const harness = await mountKit(everyPiece());
    await withRootFontSize('62.5%', async () => {
      const sizes = measure(harness);
      expect(sizes.label).to.equal(16);
      expect([sizes.headingL, sizes.headingM, sizes.headingS]).to.deep.equal([27, 21, 16]);
      expect(sizes.radio).to.deep.equal({ width: 40, height: 40 });
    });
  });

  where('root-font-change')('still grows with text zoom (a root font size of 200 %)', async () => {
    const harness = await mountKit(everyPiece());
    let normal!: Measured;
    await withRootFontSize('100%', async () => {
      normal = measure(harness);
    });
    expect(normal.label, 'GOV.UK body size at the browser default').to.equal(19);
    await withRootFontSize('200%', async () => {
      const zoomed = measure(harness);
      expect(zoomed.label).to.equal(2 * normal.label);
      expect(zoomed.headingM).to.equal(2 * normal.headingM);
      expect(zoomed.headingL).to.equal(2 * normal.headingL);
      expect(zoomed.radio).to.deep.equal({ width: 80, height: 80 });
      expect(zoomed.checkbox).to.deep.equal({ width: 80, height: 80 });
      for (const id of Object.keys(normal.heights)) {
        expect(zoomed.heights[id], `#${id} grows`).to.be.greaterThan(normal.heights[id]);
      }
    });
  });

  it('lets a host set heading and control sizes', async () => {
    const harness = await mountKit(everyPiece());
    harness.style.setProperty('--msp-heading-m-size', '30px');
    harness.style.setProperty('--msp-control-size', '48px');
    await nextFrame();
    const sizes = measure(harness);
    expect(sizes.headingM).to.equal(30);
    expect(sizes.radio).to.deep.equal({ width: 48, height: 48 });
    expect(harness.byId('how').getBoundingClientRect().width, 'the target follows the control').to.equal(52);
    expect(sizes.heights.name).to.be.at.least(48);
  });
});
