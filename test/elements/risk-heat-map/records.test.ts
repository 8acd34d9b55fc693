import { expect } from '@open-wc/testing';
import { parseRiskHeatMap, safeParseRiskHeatMap, type RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';
import { joyceMapRecord, manyItemsRecord, susiMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { byId, mount, root, settle } from './helpers.js';

describe('<msp-risk-heat-map> records', () => {
  it('every sample record is valid, and the schema refuses a number for a band, a party twice and a repeated id', () => {
    for (const record of [joyceMapRecord, susiMapRecord, manyItemsRecord(50)]) expect(parseRiskHeatMap(record)).to.deep.equal(record);
    const item = joyceMapRecord.items[0];
    const withNumber = { ...joyceMapRecord, items: [{ ...item, placements: { person: { qualityOfLife: 3, harm: 'low' } } }] };
    expect(safeParseRiskHeatMap(withNumber).success).to.be.false;
    const withScore = { ...joyceMapRecord, items: [{ ...item, score: 6 }] };
    expect(safeParseRiskHeatMap(withScore).success).to.be.false;
    const twice = safeParseRiskHeatMap({ ...joyceMapRecord, items: [item, item] });
    expect(twice.success).to.be.false;
    expect(!twice.success && twice.issues.map((issue) => issue.rule)).to.deep.equal(['unique-item-ids']);
    const madeByWithoutDecision = { ...joyceMapRecord, items: [{ ...item, decision: { status: 'not-decided', madeBy: ['person'] } }] };
    expect(safeParseRiskHeatMap(madeByWithoutDecision).success).to.be.false;
    const nobodyDecided = { ...joyceMapRecord, items: [{ ...item, decision: { status: 'supported', madeBy: [] } }] };
    expect(safeParseRiskHeatMap(nobodyDecided).success).to.be.false;
  });

  it('reads null as absent, from a case system that writes null for every empty field', async () => {
    const item = joyceMapRecord.items[0];
    const withNulls = {
      ...joyceMapRecord,
      subjectRef: null,
      items: [{ ...item, benefit: null, agreedWays: null, placements: { ...item.placements, advocate: null, other: null } }],
    };
    const el = await mount({ value: withNulls as unknown as RiskHeatMapRecord });
    expect(el.checkValidity()).to.be.true;
    const { subjectRef: _s, ...envelope } = joyceMapRecord;
    const { benefit: _b, agreedWays: _a, ...rest } = item;
    expect(el.value).to.deep.equal({ ...envelope, items: [rest] });
  });

  it('a value that fails the schema is kept as given; who decided, given with no decision, is set aside and comes back', async () => {
    const item = joyceMapRecord.items[0];
    const given = { ...joyceMapRecord, items: [{ ...item, decision: { status: 'not-decided', madeBy: ['person'] } }] };
    const el = await mount();
    el.value = given as never;
    await settle(el);
    expect(el.value).to.equal(given);
    expect(root(el).querySelector('[part~="notice"][role="alert"]')).to.exist;
    root(el).querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await settle(el);
    byId<HTMLInputElement>(el, `item-${item.id}-decision`).click();
    await settle(el);
    const value = el.value as RiskHeatMapRecord;
    expect(value.items[0].decision).to.deep.equal({ status: 'supported', madeBy: ['person'] });
    expect(el.checkValidity()).to.be.true;
  });

  it('saving keeps the person’s choice of map or table', async () => {
    const el = await mount({ value: joyceMapRecord });
    root(el).querySelector<HTMLInputElement>('input[name="view-mode"][value="table"]')!.click();
    await settle(el);
    el.addEventListener('msp-submit', (event) => event.preventDefault());
    expect(el.complete()).to.be.true;
    el.markSaved();
    await settle(el);
    expect(root(el).querySelector('.table-view')).to.exist;
  });
});
