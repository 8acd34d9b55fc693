import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/elements/experience-questionnaire/experience-questionnaire.js';
import { joyceExperience } from '../../../fixtures/states/experience-questionnaire.records.js';
import { root, settle, type Questionnaire } from './helpers.js';
import { where } from '../../engines.js';

/** A node of the browser's accessibility tree, as the snapshot gives it. */
interface AXNode {
  role: string;
  name?: string;
  checked?: boolean;
  children?: AXNode[];
}

function flatten(node: AXNode, into: AXNode[] = []): AXNode[] {
  into.push(node);
  for (const child of node.children ?? []) flatten(child, into);
  return into;
}

describe('<msp-experience-questionnaire> as a screen reader hears it', () => {
  where('a11y-snapshot')('in easy read, one at a time: the progress, the question in words, each answer a radio named by its word, no pictures read out', async () => {
    const el = await fixture<Questionnaire>(html`<msp-experience-questionnaire easy-read one-at-a-time></msp-experience-questionnaire>`);
    el.value = structuredClone(joyceExperience);
    await settle(el);
    root(el).querySelectorAll('button')[0].click(); // Next
    await settle(el);
    const nodes = flatten((await a11ySnapshot({})) as unknown as AXNode);
    const texts = nodes.filter((node) => node.role === 'StaticText' || node.role === 'text').map((node) => node.name);
    expect(texts, 'the progress in words').to.include('Question 2 of 9');
    expect(texts, 'the question in words, with nothing for its picture').to.include('Did you feel in control of what happened?');
    const radios = nodes.filter((node) => node.role === 'radio');
    expect(radios.map((radio) => radio.name)).to.deep.equal(['Yes', 'Partly', 'No', 'Not sure']);
    expect(radios.find((radio) => radio.checked)?.name).to.equal('Yes');
    expect(nodes.some((node) => node.role === 'image' || node.role === 'graphics-document'), 'pictures and faces are not read out').to.be.false;
    expect(nodes.some((node) => node.role === 'button' && node.name === 'Clear answer')).to.be.true;
  });
});
