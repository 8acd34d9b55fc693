import { expect } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { setLocale } from '../../../src/core/locale.js';
import { susiMapRecord } from '../../../fixtures/states/risk-heat-map.records.js';
import { markerId, mount, root, settle } from './helpers.js';
import { can, where } from '../../engines.js';

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  pressed?: boolean | 'mixed';
  children?: AXNode[];
}

function flatten(node: AXNode, into: AXNode[] = []): AXNode[] {
  into.push(node);
  for (const child of node.children ?? []) flatten(child, into);
  return into;
}

const id = susiMapRecord.items[0].id;

describe('<msp-risk-heat-map> accessibility', () => {
  afterEach(async () => {
    await setLocale('en-GB');
    if (can('viewport')) await setViewport({ width: 1024, height: 768 });
    if (can('forced-colours')) await executeServerCommand('emulate-forced-colours', { forcedColors: 'none' });
  });

  it('axe finds nothing in the map view, with a marker picked up and the squares to choose from', async () => {
    const el = await mount({ value: susiMapRecord });
    root(el).getElementById(markerId(id, 'family'))!.click();
    await settle(el);
    expect(root(el).querySelectorAll('.target').length).to.equal(12);
    await expect(el).to.be.accessible();
  });

  it('axe finds nothing in the table view', async () => {
    const el = await mount({ value: susiMapRecord, layout: 'table' });
    await expect(el).to.be.accessible();
  });

  it('axe finds nothing in Welsh, map and table, with the errors shown', async () => {
    await setLocale('cy');
    const el = await mount({ required: true });
    root(el).querySelector<HTMLButtonElement>('#add-item')!.click();
    await settle(el);
    el.complete();
    await settle(el);
    await expect(el).to.be.accessible();
    el.value = susiMapRecord;
    await settle(el);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLInputElement>('input[name="view-mode"][value="table"]')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal('cy');
  });

  where('a11y-snapshot')('each marker is a button named by its party and its place in words, described by how to move it', async () => {
    const el = await mount({ value: susiMapRecord });
    root(el).getElementById(markerId(id, 'practitioner'))!.focus();
    const nodes = flatten((await a11ySnapshot({})) as unknown as AXNode);
    const focused = nodes.find((node) => node.name === 'Practitioner: Makes life better, High risk of harm');
    expect(focused?.role).to.equal('button');
    expect(focused?.description).to.contain('arrow keys');
    const names = nodes.filter((node) => node.role === 'button').map((node) => node.name);
    expect(names).to.include('You: Makes life much better, Some risk of harm');
    expect(names).to.include('Family or carer: not on the map yet');
    // Each square is a table cell under its column and row headings, which say in words where it is.
    const map = root(el).querySelector('table.map')!;
    expect([...map.querySelectorAll('th[scope="col"]')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Makes life worse',
      'Little difference',
      'Makes life better',
      'Makes life much better',
    ]);
    expect([...map.querySelectorAll('th[scope="row"]')].map((th) => th.textContent!.trim())).to.deep.equal([
      'High risk of harm',
      'Some risk of harm',
      'Low risk of harm',
    ]);
  });

  where('forced-colours')('the shading keeps its patterns and borders when colours are forced', async () => {
    const el = await mount({ value: susiMapRecord });
    await executeServerCommand('emulate-forced-colours', { forcedColors: 'active' });
    await settle(el);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const style = (zone: string) => getComputedStyle(root(el).querySelector(`td.square--${zone}`)!);
    expect(style('balance').backgroundImage).to.contain('radial-gradient');
    expect(style('harm').backgroundImage).to.contain('repeating-linear-gradient');
    expect(style('gain').backgroundImage).to.equal('none');
    expect(style('harm').borderTopStyle).to.equal('solid');
    const marker = root(el).getElementById(markerId(id, 'person'))!;
    expect(getComputedStyle(marker).borderTopWidth).to.equal('4px');
  });

  where('print-media')('prints the patterns too, so the shading reads in greyscale', async () => {
    const el = await mount({ value: susiMapRecord });
    await emulateMedia({ media: 'print' });
    try {
      await settle(el);
      const square = root(el).querySelector('td.square--harm')!;
      const swatch = root(el).querySelector('.swatch.square--harm')!;
      expect(getComputedStyle(swatch).printColorAdjust).to.equal('exact');
      expect(getComputedStyle(square).printColorAdjust).to.equal('exact');
      expect(getComputedStyle(square).backgroundImage).to.contain('repeating-linear-gradient');
      expect(root(el).querySelectorAll('.legend-list li').length, 'the legend says what each pattern means').to.equal(3);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  where('viewport')('at 320 px the table takes over: nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ value: susiMapRecord });
    await settle(el);
    expect(root(el).querySelector('table.map')).to.be.null;
    expect(root(el).querySelector('.table-view')).to.exist;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
