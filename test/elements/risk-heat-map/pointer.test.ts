import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';
import { joyceMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { markerId, mount, root, settle, squareOf, type RiskHeatMap } from './helpers.js';

const id = joyceMapRecord.items[0].id;

function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** The square of the map at a band pair. */
function square(el: RiskHeatMap, quality: string, harm: string): HTMLTableCellElement {
  return root(el).querySelector<HTMLTableCellElement>(`td[data-quality="${quality}"][data-harm="${harm}"]`)!;
}

async function click(el: RiskHeatMap, element: Element) {
  element.scrollIntoView({ block: 'center' });
  await sendMouse({ type: 'click', position: centre(element) });
  await settle(el);
}

describe('<msp-risk-heat-map> by pointer', () => {
  afterEach(() => resetMouse());

  it('click to place: a click picks a name up, a click on a square puts it there', async () => {
    const el = await mount({ value: joyceMapRecord });
    await click(el, root(el).getElementById(markerId(id, 'advocate'))!);
    expect(root(el).getElementById(markerId(id, 'advocate'))!.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.picking')!.textContent).to.contain('Choose a square for: Advocate');
    await click(el, square(el, 'makes-life-better', 'some'));
    expect(squareOf(el, id, 'advocate')).to.deep.equal({ quality: 'Makes life better', harm: 'Some risk of harm' });
    expect((el.value as RiskHeatMapRecord).items[0].placements.advocate).to.deep.equal({ qualityOfLife: 'makes-life-better', harm: 'some' });
    expect(root(el).querySelector('.target'), 'the squares stop being choices').to.be.null;
  });

  it('click to move: a marker on the map picked up and put in another square; a second click on it puts it back', async () => {
    const el = await mount({ value: joyceMapRecord });
    await click(el, root(el).getElementById(markerId(id, 'person'))!);
    await click(el, root(el).getElementById(markerId(id, 'person'))!);
    expect(root(el).querySelector('.target'), 'picked up and put back').to.be.null;
    await click(el, root(el).getElementById(markerId(id, 'person'))!);
    await click(el, square(el, 'little-difference', 'high'));
    expect((el.value as RiskHeatMapRecord).items[0].placements.person).to.deep.equal({ qualityOfLife: 'little-difference', harm: 'high' });
  });

  it('drag: a marker dragged onto a square moves there, the square lit while it is over it', async () => {
    const el = await mount({ value: joyceMapRecord });
    const marker = root(el).getElementById(markerId(id, 'practitioner'))!;
    marker.scrollIntoView({ block: 'center' });
    const target = square(el, 'makes-life-worse', 'low');
    await sendMouse({ type: 'move', position: centre(marker) });
    await sendMouse({ type: 'down' });
    const [x, y] = centre(target);
    await sendMouse({ type: 'move', position: [x - 20, y] });
    await sendMouse({ type: 'move', position: [x, y] });
    await settle(el);
    expect(target.classList.contains('square--drop'), 'the square under the pointer is marked').to.be.true;
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(squareOf(el, id, 'practitioner')).to.deep.equal({ quality: 'Makes life worse', harm: 'Low risk of harm' });
    expect(root(el).querySelector('.target'), 'a drag is not a pick').to.be.null;
    expect(root(el).querySelector('.square--drop')).to.be.null;
  });

  it('drag from beside the map onto it places a party for the first time', async () => {
    const el = await mount({ value: joyceMapRecord });
    const marker = root(el).getElementById(markerId(id, 'family'))!;
    marker.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: centre(marker) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: centre(square(el, 'makes-life-better', 'low')) });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect((el.value as RiskHeatMapRecord).items[0].placements.family).to.deep.equal({ qualityOfLife: 'makes-life-better', harm: 'low' });
  });

  it('a drag let go away from the map changes nothing', async () => {
    const el = await mount({ value: joyceMapRecord });
    const before = JSON.stringify(el.value);
    const marker = root(el).getElementById(markerId(id, 'person'))!;
    marker.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'move', position: centre(marker) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [2, 2] });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(JSON.stringify(el.value)).to.equal(before);
  });

  it('every target is at least 24 by 24 CSS pixels', async () => {
    const el = await mount({ value: joyceMapRecord });
    await click(el, root(el).getElementById(markerId(id, 'advocate'))!);
    for (const control of root(el).querySelectorAll<HTMLElement>('.marker, .target')) {
      const box = control.getBoundingClientRect();
      expect(box.width, control.id).to.be.at.least(24);
      expect(box.height, control.id).to.be.at.least(24);
    }
  });
});
