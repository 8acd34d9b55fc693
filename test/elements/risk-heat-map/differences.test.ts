import { expect } from '@open-wc/testing';
import type { RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';
import { joyceMapRecord, susiMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { markerId, mount, press, root, settle } from './helpers.js';

/** The words shown under an item's map, one string per line. */
function viewsOf(el: Element, index: number): string[] {
  const item = root(el).querySelectorAll('.item')[index];
  const box = item.querySelector('.views');
  return box ? [...box.querySelectorAll('p, li')].map((line) => line.textContent!.replace(/\s+/g, ' ').trim()) : [];
}

describe('<msp-risk-heat-map> says where views differ', () => {
  it('says in words that the person and the practitioner see the risk differently, and lists each view', async () => {
    const el = await mount({ value: joyceMapRecord });
    expect(viewsOf(el, 0)).to.deep.equal([
      'Views differ',
      'You and the practitioner see the risk differently.',
      'You: Makes life much better, Low risk of harm',
      'Practitioner: Makes life much better, Some risk of harm',
    ]);
  });

  it('says which parties differ from the person, and whether the others differ among themselves', async () => {
    const el = await mount({ value: susiMapRecord });
    expect(viewsOf(el, 0).slice(0, 5)).to.deep.equal([
      'Views differ',
      'You and the practitioner see the risk differently.',
      'You and the practitioner see what it adds to your life differently.',
      'The others do not all see the risk the same way.',
      'The others do not all see what it adds to your life the same way.',
    ]);
    expect(viewsOf(el, 1)).to.include('You and your family or carer see the risk differently.');
    expect(viewsOf(el, 1)).to.include('You and your family or carer see what it adds to your life differently.');
    expect(viewsOf(el, 2)[0]).to.equal('Everyone sees this the same way.');
  });

  it('the words follow the map: moving the practitioner to the person’s square says they now agree', async () => {
    const el = await mount({ value: joyceMapRecord });
    const id = joyceMapRecord.items[0].id;
    root(el).getElementById(markerId(id, 'practitioner'))!.focus();
    await press(el, 'ArrowDown');
    expect(viewsOf(el, 0)[0]).to.equal('Everyone sees this the same way.');
    const box = root(el).querySelector('.views')!;
    expect(box.classList.contains('views--differ')).to.be.false;
  });

  it('the person’s view is as visible as anyone’s: listed first, with a filled marker at least as large', async () => {
    const el = await mount({ value: susiMapRecord });
    const id = susiMapRecord.items[0].id;
    expect(viewsOf(el, 0)[5]).to.match(/^You:/);
    const person = root(el).getElementById(markerId(id, 'person'))!;
    const practitioner = root(el).getElementById(markerId(id, 'practitioner'))!;
    expect(person.getBoundingClientRect().height).to.be.at.least(practitioner.getBoundingClientRect().height);
    expect(getComputedStyle(person).backgroundColor).to.not.equal(getComputedStyle(practitioner).backgroundColor);
  });

  it('the readonly summary and print say the same in words beside each map', async () => {
    const el = await mount({ value: susiMapRecord });
    el.readonly = true;
    await settle(el);
    const text = root(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('You and the practitioner see the risk differently.');
    expect(text).to.contain('Practitioner: Makes life better, High risk of harm');
    expect(root(el).querySelectorAll('table.map').length).to.equal((el.value as RiskHeatMapRecord).items.length);
    expect(root(el).querySelectorAll('button, input, select, textarea').length).to.equal(0);
  });
});
