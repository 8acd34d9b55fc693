import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import { formStyles } from '../../src/styles/form.styles.js';
import { tokens } from '../../src/styles/tokens.styles.js';
import { byId, byLabel, nextFrame } from '../helpers/dom.js';
import { can } from '../engines.js';

/**
 * A bare host for the field kit's templates: a shadow root with the elements' shared styles, and
 * nothing else of an element, so a kit test sees exactly what the kit draws.
 */
export class KitHarness extends HTMLElement {
  readonly root: ShadowRoot;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [tokens.styleSheet!, formStyles.styleSheet!];
  }

  /** Renders (or re-renders) a template into the shadow root. */
  show(template: TemplateResult) {
    render(template, this.root);
  }

  byId<T extends HTMLElement = HTMLElement>(id: string): T {
    return byId<T>(this.root, id);
  }

  /** The control a visible <label> names, matched on the label's text. */
  byLabel<T extends HTMLElement = HTMLElement>(text: string): T {
    return byLabel<T>(this.root, text);
  }

  labelFor(id: string): HTMLLabelElement {
    const label = this.root.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(id)}"]`);
    if (!label) throw new Error(`no label for #${id}`);
    return label;
  }
}

if (!customElements.get('kit-harness')) customElements.define('kit-harness', KitHarness);

declare global {
  interface HTMLElementTagNameMap {
    'kit-harness': KitHarness;
  }
}

export async function mountKit(template?: TemplateResult): Promise<KitHarness> {
  const harness = await fixture<KitHarness>(html`<kit-harness></kit-harness>`);
  if (template) harness.show(template);
  await nextFrame();
  return harness;
}

export { nextFrame };

/**
 * Forced colours on or off (see test/plugins/emulate-forced-colours.mjs). Turning them off is a
 * no-op in an engine that cannot turn them on; a test that turns them on is `where('forced-colours')`.
 */
export async function emulateForcedColours(forcedColors: 'active' | 'none') {
  if (forcedColors === 'none' && !can('forced-colours')) return;
  await executeServerCommand('emulate-forced-colours', { forcedColors });
  await nextFrame();
}

/** A length in px from a computed style value such as "40px". */
export const px = (value: string) => Number.parseFloat(value);
