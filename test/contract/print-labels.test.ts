import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { setLocale } from '../../src/core/locale.js';
import { applyQuestionnaireState, questionnaireStates, renderQuestionnaireState } from '../../fixtures/states/experience-questionnaire.states.js';
import { applyState as applyProfileState, onePageProfileStates, renderOnePageProfileState } from '../../fixtures/states/one-page-profile.states.js';
import { applyState as applyOutcomeState, outcomeCaptureStates, renderOutcomeCaptureState } from '../../fixtures/states/outcome-capture.states.js';
import { applyReviewCloseState, renderReviewCloseState, reviewCloseStates } from '../../fixtures/states/review-close.states.js';
import { applyState as applyRiskState, renderRiskHeatMapState, riskHeatMapStates } from '../../fixtures/states/risk-heat-map.states.js';
import { can, where } from '../engines.js';

type Shown = HTMLElement & { complete(): boolean; updateComplete: Promise<boolean> };
interface PrintState {
  name: string;
  print?: boolean;
}
interface ElementStates<S extends PrintState> {
  tag: string;
  states: S[];
  render: (state: S) => TemplateResult;
  apply: (element: Shown, state: S) => Promise<void>;
}
const elements: ElementStates<any>[] = [
  { tag: 'msp-outcome-capture', states: outcomeCaptureStates, render: renderOutcomeCaptureState, apply: applyOutcomeState },
  { tag: 'msp-risk-heat-map', states: riskHeatMapStates, render: renderRiskHeatMapState, apply: applyRiskState },
  { tag: 'msp-one-page-profile', states: onePageProfileStates, render: renderOnePageProfileState, apply: applyProfileState },
  { tag: 'msp-review-close', states: reviewCloseStates, render: renderReviewCloseState, apply: applyReviewCloseState },
  { tag: 'msp-experience-questionnaire', states: questionnaireStates, render: renderQuestionnaireState, apply: applyQuestionnaireState },
];

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/**
 * The published bundle is minified, and its minifier takes out the white space between tags such
 * as `</dt> <dd>`. So the tests take it out too: a label must read apart from its value without it.
 */
function withoutSpaceBetweenTags(root: ParentNode) {
  for (const term of root.querySelectorAll('dt, dd')) {
    for (const side of [term.previousSibling, term.nextSibling]) {
      if (side?.nodeType === Node.TEXT_NODE && !side.textContent!.trim()) side.remove();
    }
  }
}

/**
 * Every label and value in every element's printed summary, in English and Welsh, reads as two
 * things: "Written with: Sam", never "Written with:Sam".
 */
describe('printed summaries: every label reads apart from its value', () => {
  afterEach(async () => {
    if (can('print-media')) await emulateMedia({ media: 'screen' });
    await setLocale('en-GB');
  });

  for (const { tag, states, render, apply } of elements) {
    for (const state of states.filter((candidate) => candidate.print)) {
      for (const locale of ['en-GB', 'cy'] as const) {
        where('print-media')(`<${tag}> ${state.name} (${locale})`, async () => {
          await setLocale(locale);
          const el = await fixture<Shown>(render(state));
          await apply(el, state);
          await emulateMedia({ media: 'print' });
          for (let i = 0; i < 3; i++) {
            await el.updateComplete;
            await frame();
          }
          const root = el.shadowRoot!;
          withoutSpaceBetweenTags(root);
          const terms = [...root.querySelectorAll('dt')];
          for (const term of terms) {
            const value = term.nextElementSibling as HTMLElement;
            expect(value?.localName, `the value after "${term.textContent}"`).to.equal('dd');
            const label = term.innerText.trim();
            const words = value.innerText.trim();
            const row = (term.parentElement as HTMLElement).innerText;
            const labelAt = row.indexOf(label);
            const between = row.slice(labelAt + label.length, row.indexOf(words, labelAt + label.length));
            expect(between, `between "${label}" and "${words.slice(0, 30)}" in "${row.slice(0, 80)}"`).to.match(/\s/);
          }
        });
      }
    }
  }
});
