import { expect } from '@open-wc/testing';
import { HARM_BANDS, QUALITY_OF_LIFE_BANDS } from '../../../src/schemas/risk-heat-map.js';
import { manyItemsRecord, susiMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { leaves, markerId, mount, press, root, settle } from './helpers.js';

const published = async () => (await (await fetch('/schemas/risk-heat-map.schema.json')).json()) as Record<string, unknown>;

describe('<msp-risk-heat-map> holds no score', () => {
  it('the record’s only number is its version; views are band names', async () => {
    const el = await mount({ value: susiMapRecord });
    const id = susiMapRecord.items[0].id;
    root(el).getElementById(markerId(id, 'practitioner'))!.focus();
    await press(el, 'ArrowLeft');
    const record = el.value as Record<string, unknown>;
    const numbers = leaves(record).filter((leaf) => typeof leaf === 'number');
    expect(numbers).to.deep.equal([1]);
    expect(record.version).to.equal(1);
    const json = JSON.stringify(record);
    expect(json).to.not.match(/score|rating|weight|level/i);
    for (const item of (record as { items: { placements: Record<string, { qualityOfLife: string; harm: string }> }[] }).items) {
      for (const view of Object.values(item.placements)) {
        expect(QUALITY_OF_LIFE_BANDS).to.include(view.qualityOfLife);
        expect(HARM_BANDS).to.include(view.harm);
      }
    }
  });

  it('the JSON Schema allows no number but the version, and no field named like a score', async () => {
    const schema = await published();
    const numeric: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((child, index) => walk(child, `${path}/${index}`));
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.type === 'number' || record.type === 'integer') numeric.push(path);
      for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
    };
    walk(schema, '');
    expect(numeric).to.deep.equal(['/properties/version']);
    expect(JSON.stringify(schema)).to.not.match(/"(score|rating|weight)"/i);
  });

  it('the page holds no number as data: squares are named by their bands, and no attribute carries a score', async () => {
    const el = await mount({ value: manyItemsRecord(3) });
    await settle(el);
    const squares = root(el).querySelectorAll<HTMLElement>('td[data-quality]');
    expect(squares.length).to.equal(3 * 12);
    for (const element of root(el).querySelectorAll<HTMLElement>('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (attribute.startsWith('data-')) expect(element.getAttribute(attribute), attribute).to.not.match(/^-?\d+(\.\d+)?$/);
        expect(attribute).to.not.match(/score|rating/);
      }
    }
    for (const square of squares) {
      expect(QUALITY_OF_LIFE_BANDS).to.include(square.dataset.quality);
      expect(HARM_BANDS).to.include(square.dataset.harm);
    }
  });
});
