import { expect } from '@open-wc/testing';
import type { RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';
import { manyItemsRecord, susiMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { mount, root, settle, type RiskHeatMap } from './helpers.js';

const toggles = (el: RiskHeatMap) => [...root(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
const has = (el: RiskHeatMap, id: string) => root(el).getElementById(id) !== null;

describe('<msp-risk-heat-map> details of each activity', () => {
  it('a saved map shows each activity’s words, map and decision, with its other details closed', async () => {
    const el = await mount({ value: susiMapRecord });
    const id = susiMapRecord.items[0].id;
    expect(has(el, `item-${id}-activity`)).to.be.true;
    expect(root(el).querySelectorAll('table.map').length).to.equal(3);
    expect(has(el, `item-${id}-benefit`), 'details closed').to.be.false;
    const item = root(el).querySelector('.item')!.textContent!.replace(/\s+/g, ' ');
    expect(item).to.contain('What was decided? Supported, with changes');
    expect(item).to.contain('Who decided? You');
    expect(toggles(el).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('opening the details shows every question to change; showing or hiding them is not an edit', async () => {
    const el = await mount({ value: susiMapRecord });
    const id = susiMapRecord.items[0].id;
    const events: string[] = [];
    for (const type of ['msp-input', 'msp-change', 'input', 'change']) el.addEventListener(type, () => events.push(type));
    toggles(el)[0].focus();
    toggles(el)[0].click();
    await settle(el);
    expect(toggles(el)[0].getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement, 'focus stays on the button').to.equal(toggles(el)[0]);
    for (const field of ['benefit', 'harm', 'agreed-ways', 'decision', 'review-date']) expect(has(el, `item-${id}-${field}`), field).to.be.true;
    expect((root(el).getElementById(`item-${id}-benefit`) as HTMLTextAreaElement).value).to.equal(susiMapRecord.items[0].benefit);
    toggles(el)[0].click();
    await settle(el);
    expect(has(el, `item-${id}-benefit`)).to.be.false;
    expect(events).to.deep.equal([]);
    expect(el.value).to.deep.equal(susiMapRecord);
  });

  it('an activity just added is open', async () => {
    const el = await mount();
    root(el).querySelector<HTMLButtonElement>('#add-item')!.click();
    await settle(el);
    const id = (el.value as RiskHeatMapRecord).items[0].id;
    expect(has(el, `item-${id}-decision`)).to.be.true;
  });

  it('a closed activity with a problem opens when the problem is shown, so the error summary’s link reaches it', async () => {
    const el = await mount();
    // A saved record in which who decided is missing: its problem shows at once, in an item that would otherwise be closed.
    const record = structuredClone(susiMapRecord);
    record.items[2] = { ...record.items[2], decision: { status: 'supported' } as never };
    el.value = record;
    await settle(el);
    el.complete();
    await settle(el);
    const id = record.items[2].id;
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('[data-error-summary] a')].find((a) => a.textContent!.includes('Select who decided'))!;
    expect(link, 'the problem is listed').to.exist;
    link.click();
    expect(root(el).activeElement?.id).to.equal(`item-${id}-made-by`);
    expect(has(el, `item-${record.items[0].id}-benefit`), 'the others stay closed').to.be.false;
  });

  it('fifty activities stay short: about sixty elements each', async () => {
    const el = await mount({ value: manyItemsRecord(50) });
    expect(root(el).querySelectorAll('*').length).to.be.below(50 * 70);
  });
});
