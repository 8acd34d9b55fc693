import { expect } from '@open-wc/testing';
import type { RiskHeatMapRecord } from '../../../src/schemas/risk-heat-map.js';
import { joyceMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { byId, markerId, mount, root, settle, typeInto, type RiskHeatMap } from './helpers.js';
import { sendKeys } from '../../engines.js';

const summaryLinks = (el: RiskHeatMap) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>('[data-error-summary] a')].map((link) => ({
    text: link.textContent!.trim(),
    target: link.getAttribute('href')!.slice(1),
    link,
  }));

async function addItem(el: RiskHeatMap) {
  byId(el, 'add-item').click();
  await settle(el);
  return (el.value as RiskHeatMapRecord).items.at(-1)!.id;
}

describe('<msp-risk-heat-map> problems, as GOV.UK shows them', () => {
  it('a required map with nothing in it asks for something to be added', async () => {
    const el = await mount({ required: true });
    el.complete();
    await settle(el);
    expect(summaryLinks(el).map(({ text, target }) => [text, target])).to.deep.equal([['Add something you want to do', 'add-item']]);
  });

  it('saved too soon, an added activity lists its words and the decision, in page order, each link reaching its field', async () => {
    const el = await mount({ required: true });
    const id = await addItem(el);
    el.complete();
    await settle(el);
    const links = summaryLinks(el);
    expect(links.map(({ text }) => text)).to.deep.equal([
      'Write what you want to do, in your own words (activity 1)',
      'Select what was decided (activity 1)',
    ]);
    for (const { link, target } of links) {
      link.click();
      expect(root(el).activeElement?.id).to.equal(target);
    }
    expect(links.map(({ target }) => target)).to.deep.equal([`item-${id}-activity`, `item-${id}-decision`]);
    expect(byId(el, `item-${id}-activity`).getAttribute('aria-invalid')).to.equal('true');
  });

  it('half a view chosen in the table asks for the other half, beside it; on the map, at the party’s marker', async () => {
    const el = await mount({ value: joyceMapRecord, layout: 'table' });
    const id = joyceMapRecord.items[0].id;
    const select = byId<HTMLSelectElement>(el, `item-${id}-view-advocate-quality`);
    select.value = 'makes-life-better';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(el.checkValidity()).to.be.false;
    const message = root(el).getElementById(`item-${id}-view-advocate-harm-error`);
    expect(message?.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Choose the risk of harm (Advocate, activity 1)');
    root(el).querySelector<HTMLInputElement>('input[name="view-mode"][value="map"]')!.click();
    await settle(el);
    el.complete();
    await settle(el);
    const [link] = summaryLinks(el);
    expect(link.target).to.equal(markerId(id, 'advocate'));
    link.link.click();
    expect(root(el).activeElement?.id, 'the marker beside the map, to put in a square').to.equal(markerId(id, 'advocate'));
  });

  it('a review date that is not a real date is not saved, and says so in GOV.UK’s words', async () => {
    const el = await mount({ required: true });
    const id = await addItem(el);
    await typeInto(el, byId(el, `item-${id}-activity`), 'Walking the dog by the canal');
    byId<HTMLInputElement>(el, `item-${id}-decision-4`).click();
    await settle(el);
    expect(el.checkValidity()).to.be.true;
    await typeInto(el, byId(el, `item-${id}-review-date`), '31');
    await typeInto(el, byId(el, `item-${id}-review-date-month`), '2');
    await typeInto(el, byId(el, `item-${id}-review-date-year`), '2027');
    expect((el.value as RiskHeatMapRecord).items[0]).to.not.have.property('reviewDate');
    expect(el.complete()).to.be.false;
    await settle(el);
    expect(summaryLinks(el).map(({ text }) => text)).to.deep.equal(['The date to look at activity 1 again must be a real date']);
    byId<HTMLInputElement>(el, `item-${id}-review-date`).select();
    await typeInto(el, byId(el, `item-${id}-review-date`), '28');
    expect((el.value as RiskHeatMapRecord).items[0].reviewDate).to.equal('2027-02-28');
    expect(el.checkValidity()).to.be.true;
  });

  it('who decided is set aside while nothing is decided, and comes back', async () => {
    const el = await mount({ required: true });
    const id = await addItem(el);
    byId<HTMLInputElement>(el, `item-${id}-decision`).click();
    await settle(el);
    byId<HTMLInputElement>(el, `item-${id}-made-by-2`).click();
    await settle(el);
    expect((el.value as RiskHeatMapRecord).items[0].decision).to.deep.equal({ status: 'supported', madeBy: ['practitioner'] });
    byId<HTMLInputElement>(el, `item-${id}-decision-4`).click();
    await settle(el);
    expect((el.value as RiskHeatMapRecord).items[0].decision).to.deep.equal({ status: 'not-decided' });
    byId<HTMLInputElement>(el, `item-${id}-decision-2`).click();
    await settle(el);
    expect((el.value as RiskHeatMapRecord).items[0].decision).to.deep.equal({ status: 'supported-with-changes', madeBy: ['practitioner'] });
  });

  it('removing an activity moves focus to the add button and says so', async () => {
    const el = await mount({ value: joyceMapRecord });
    const remove = [...root(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Remove this activity')!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect((el.value as RiskHeatMapRecord).items).to.deep.equal([]);
    expect(root(el).activeElement?.id).to.equal('add-item');
  });
});
