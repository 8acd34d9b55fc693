import { expect } from '@open-wc/testing';
import type { RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';
import { susiMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { byId, markerId, mount, press, root, settle, squareOf, type RiskHeatMap } from './helpers.js';

const boyfriend = susiMapRecord.items[0].id;
const money = susiMapRecord.items[1].id;

/** Shows the views as a map or a table, by the radios a person would use. */
async function showAs(el: RiskHeatMap, layout: 'map' | 'table') {
  const radio = root(el).querySelector<HTMLInputElement>(`input[name="view-mode"][value="${layout}"]`)!;
  radio.click();
  await settle(el);
}

function select(el: RiskHeatMap, id: string): HTMLSelectElement {
  return byId<HTMLSelectElement>(el, id);
}

async function choose(el: RiskHeatMap, id: string, value: string) {
  const control = select(el, id);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

describe('<msp-risk-heat-map> table and map edit the same views', () => {
  it('the table shows each party’s view as the map places it, and parties not placed as not chosen', async () => {
    const el = await mount({ value: susiMapRecord, layout: 'table' });
    expect(root(el).querySelector('table.map'), 'no map in table view').to.be.null;
    expect(select(el, `item-${boyfriend}-view-person-quality`).value).to.equal('makes-life-much-better');
    expect(select(el, `item-${boyfriend}-view-person-harm`).value).to.equal('some');
    expect(select(el, `item-${boyfriend}-view-practitioner-harm`).value).to.equal('high');
    expect(select(el, `item-${boyfriend}-view-family-quality`).value).to.equal('');
    const selected = select(el, `item-${boyfriend}-view-person-quality`).selectedOptions[0].textContent!.trim();
    expect(selected).to.equal('Makes life much better');
  });

  it('a choice in the table moves the marker on the map', async () => {
    const el = await mount({ value: susiMapRecord, layout: 'table' });
    await choose(el, `item-${boyfriend}-view-person-harm`, 'high');
    await showAs(el, 'map');
    expect(squareOf(el, boyfriend, 'person')).to.deep.equal({ quality: 'Makes life much better', harm: 'High risk of harm' });
    expect((el.value as RiskHeatMapRecord).items[0].placements.person).to.deep.equal({ qualityOfLife: 'makes-life-much-better', harm: 'high' });
  });

  it('a marker moved on the map shows in the table', async () => {
    const el = await mount({ value: susiMapRecord });
    root(el).getElementById(markerId(money, 'family'))!.focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown');
    await showAs(el, 'table');
    expect(select(el, `item-${money}-view-family-quality`).value).to.equal('makes-life-better');
    expect(select(el, `item-${money}-view-family-harm`).value).to.equal('some');
  });

  it('a party first chosen in the table, one band at a time, joins the map once both are chosen', async () => {
    const el = await mount({ value: susiMapRecord, layout: 'table' });
    await choose(el, `item-${money}-view-advocate-quality`, 'makes-life-better');
    expect((el.value as RiskHeatMapRecord).items[1].placements.advocate).to.deep.equal({ qualityOfLife: 'makes-life-better' });
    expect(el.checkValidity(), 'half a view is not yet a view').to.be.false;
    await showAs(el, 'map');
    expect(squareOf(el, money, 'advocate'), 'not on the map yet').to.be.undefined;
    await showAs(el, 'table');
    await choose(el, `item-${money}-view-advocate-harm`, 'low');
    await showAs(el, 'map');
    expect(squareOf(el, money, 'advocate')).to.deep.equal({ quality: 'Makes life better', harm: 'Low risk of harm' });
    expect(el.checkValidity()).to.be.true;
  });

  it('clearing both choices in the table takes the party off the map and out of the record', async () => {
    const el = await mount({ value: susiMapRecord, layout: 'table' });
    await choose(el, `item-${boyfriend}-view-advocate-quality`, '');
    await choose(el, `item-${boyfriend}-view-advocate-harm`, '');
    expect((el.value as RiskHeatMapRecord).items[0].placements).to.not.have.property('advocate');
    await showAs(el, 'map');
    expect(squareOf(el, boyfriend, 'advocate')).to.be.undefined;
  });

  it('switching between map and table is not an edit: no events, and the record is unchanged', async () => {
    const el = await mount({ value: susiMapRecord });
    const events: string[] = [];
    for (const type of ['msp-input', 'msp-change', 'input', 'change']) el.addEventListener(type, () => events.push(type));
    await showAs(el, 'table');
    await showAs(el, 'map');
    expect(events).to.deep.equal([]);
    expect(el.value).to.deep.equal(susiMapRecord);
  });

  it('the layout attribute chooses the table, and the person can still switch', async () => {
    const el = await mount({ value: susiMapRecord, layout: 'table' });
    expect(root(el).querySelector('.table-view')).to.exist;
    await showAs(el, 'map');
    expect(root(el).querySelector('table.map')).to.exist;
    el.setAttribute('layout', 'map');
    el.setAttribute('layout', 'table');
    await settle(el);
    expect(root(el).querySelector('.table-view'), 'a host that changes layout is followed').to.exist;
  });
});
