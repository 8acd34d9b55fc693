import { expect, html } from '@open-wc/testing';
import { mount as mountShared } from '../../helpers/dom.js';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/elements/outcome-capture/outcome-capture.js';
import { mrARecord } from '../../../fixtures/states/outcome-capture.records.js';
import {
  buttonByText,
  byId,
  choose,
  outcomeItem,
  root,
  settle,
  summaryLinks,
  typeOver,
  type OutcomeCapture,
} from './helpers.js';
import { where } from '../../engines.js';

/** A node of the browser's accessibility tree, as the snapshot gives it. */
interface AXNode {
  role: string;
  name?: string;
  description?: string;
  invalid?: string;
  focused?: boolean;
  level?: number;
  children?: AXNode[];
}

async function tree(): Promise<AXNode> {
  return (await a11ySnapshot({})) as unknown as AXNode;
}

/** Every node, in reading order. */
function flatten(node: AXNode, into: AXNode[] = []): AXNode[] {
  into.push(node);
  for (const child of node.children ?? []) flatten(child, into);
  return into;
}

const byRole = (nodes: AXNode[], role: string) => nodes.filter((node) => node.role === role);

const mount = (options: { required?: boolean } = {}) =>
  mountShared<OutcomeCapture>(html`<msp-outcome-capture ?required=${options.required ?? false}></msp-outcome-capture>`);

describe('<msp-outcome-capture> in the accessibility tree', () => {
  const it = where('a11y-snapshot');

  it('every radio, checkbox, text box and select has an accessible name, with every conditional question open', async () => {
    const el = await mount();
    el.value = structuredClone(mrARecord);
    await settle(el);
    const [first, second] = mrARecord.outcomes.map((outcome) => outcome.id);
    // Open the questions that only appear after an edit: a changed outcome, a withdrawn one, a new one.
    await typeOver(el, byId<HTMLTextAreaElement>(el, `outcome-${first}-words`), 'See my wife and daughter on Sundays.');
    buttonByText(outcomeItem(el, second), 'They no longer want this').click();
    await settle(el);
    byId(el, 'add-outcome').click();
    await settle(el);

    const nodes = flatten(await tree());
    const shadow = root(el);
    const expected: Record<string, number> = {
      radio: shadow.querySelectorAll('input[type="radio"]').length,
      checkbox: shadow.querySelectorAll('input[type="checkbox"]').length,
      textbox: shadow.querySelectorAll('textarea, input:not([type="radio"]):not([type="checkbox"])').length,
      combobox: shadow.querySelectorAll('select').length,
    };
    expect(expected.textbox, 'words, reason, withdrawal reason, new words, decision, other support, day, month, year').to.equal(9);
    for (const [role, count] of Object.entries(expected)) {
      const found = byRole(nodes, role);
      expect(found.length, `${role}s in the tree`).to.equal(count);
      for (const node of found) {
        expect((node.name ?? '').trim(), `a ${role} without a name`).to.not.equal('');
      }
    }
    const textboxNames = byRole(nodes, 'textbox').map((node) => node.name);
    expect(textboxNames).to.include.members([
      'In their own words',
      'Why has this changed?',
      'Why do they no longer want this?',
      'What other support?',
      'Which decision was this about? (optional)',
    ]);
    expect(textboxNames).to.include.members(['Day', 'Month', 'Year']);
    const dateGroup = byId(el, 'conversation-date').closest('fieldset')!;
    expect(dateGroup.querySelector('legend')!.textContent!.trim(), 'the date boxes are grouped under their question').to.equal(
      'When did you talk with them?',
    );
    expect(dateGroup.querySelectorAll('input').length).to.equal(3);
  });

  it('each outcome\'s buttons say which outcome they act on', async () => {
    const el = await mount();
    el.value = structuredClone(mrARecord);
    await settle(el);
    const nodes = flatten(await tree());
    const withdraw = byRole(nodes, 'button').filter((node) => node.name === 'They no longer want this');
    expect(withdraw.map((node) => node.description)).to.deep.equal([
      'What the person wants to happen: 1',
      'What the person wants to happen: 2',
    ]);
  });

  it('errors are exposed beside their fields with the "Error:" prefix, and the fields are marked invalid', async () => {
    const el = await mount({ required: true });
    await choose(el, 'asked', 'asked-expressed');
    byId(el, 'add-outcome').click();
    await settle(el);
    el.complete();
    await settle(el);
    const messages = summaryLinks(el).map((link) => link.text);
    expect(messages.length).to.be.greaterThan(2);

    const nodes = flatten(await tree());
    const summaryNode = nodes.find((node) => node.role === 'region' && node.name === 'There is a problem')!;
    const inSummary = new Set(flatten(summaryNode));
    const outside = nodes.filter((node) => !inSummary.has(node));
    for (const message of messages) {
      const asText = outside.some(
        (node, index) =>
          node.role === 'StaticText' && node.name === 'Error:' && outside[index + 1]?.name?.trim() === message,
      );
      const asDescription = outside.some((node) => (node.description ?? '').includes(`Error: ${message}`));
      expect(asText || asDescription, `"Error: ${message}" beside its field`).to.be.true;
    }

    const words = byRole(nodes, 'textbox').find((node) => node.name === 'In their own words')!;
    expect(words.invalid).to.equal('true');
    expect(words.description).to.match(/^Error: Write what the person wants to happen/);
    // Whether information was given: the first Yes and No; whether they had an advocate, further on, may be left.
    const infoRadios = byRole(nodes, 'radio')
      .filter((node) => ['Yes', 'No'].includes(node.name!))
      .slice(0, 2);
    expect(infoRadios.length).to.be.greaterThan(0);
    for (const radio of infoRadios) expect(radio.invalid, `${radio.name} radio`).to.equal('true');
    const askedRadio = byRole(nodes, 'radio').find((node) => node.name === 'Yes, and they said what they want to happen')!;
    expect(askedRadio.invalid ?? 'false', 'an answered question is not invalid').to.equal('false');
  });

  it('the error summary has focus and is a region named by its heading, with one link per problem', async () => {
    const el = await mount({ required: true });
    await choose(el, 'lacked-capacity', 'no');
    el.complete();
    await settle(el);

    const nodes = flatten(await tree());
    const focusedNode = nodes.find((node) => node.focused);
    expect(focusedNode, 'something has focus').to.exist;
    expect(focusedNode).to.deep.include({ role: 'region', name: 'There is a problem' });

    const children = focusedNode!.children ?? [];
    expect(children[0]).to.deep.include({ role: 'heading', name: 'There is a problem', level: 2 });
    const links = children.slice(1);
    expect(links.map((node) => node.role)).to.deep.equal(links.map(() => 'link'));
    expect(links.map((node) => node.name)).to.deep.equal(summaryLinks(el).map((link) => link.text));
    expect(links.length).to.be.greaterThan(0);
  });

  it('before any attempt to save, nothing is exposed as an error', async () => {
    const el = await mount({ required: true });
    await choose(el, 'asked', 'asked-expressed');
    byId(el, 'add-outcome').click();
    await settle(el);
    expect(root(el).activeElement?.localName, 'an empty words box waits, untouched').to.equal('textarea');
    const nodes = flatten(await tree());
    expect(nodes.filter((node) => node.invalid === 'true').map((node) => node.name)).to.deep.equal([]);
    expect(nodes.some((node) => node.name === 'Error:')).to.be.false;
    expect(nodes.some((node) => node.role === 'alert' || node.name === 'There is a problem')).to.be.false;
  });
});
