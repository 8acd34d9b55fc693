import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '../engines.js';

/**
 * Helpers every test of an element shares: find what the element shows as a person would (by id,
 * label, words), wait for it to settle, and put it on the page. What only one element needs stays
 * in that element's test/elements/<name>/helpers.ts.
 */

/** An element that renders with Lit: something to wait for after a change. */
export type Rendering = HTMLElement & { updateComplete: Promise<unknown> };

/** Where a query looks: an element's shadow root, or any part of a page or shadow root. */
type Scope = Element | ShadowRoot;

export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

const shadowOf = (scope: Scope): ShadowRoot | Element => (scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope);

/** A control inside the element (or a shadow root), by its id; throws if it is not rendered. */
export function byId<T extends HTMLElement = HTMLElement>(scope: Scope, id: string): T {
  const inside = shadowOf(scope);
  const found = inside instanceof ShadowRoot ? inside.getElementById(id) : inside.querySelector(`#${CSS.escape(id)}`);
  if (!found) throw new Error(`#${id} is not rendered`);
  return found as T;
}

/** Whether the element renders something with this id. */
export const has = (el: Element, id: string) => root(el).getElementById(id) !== null;

/** The control a visible <label> names, matched on the label's text. */
export function byLabel<T extends HTMLElement = HTMLElement>(scope: Scope, text: string): T {
  const label = [...shadowOf(scope).querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  return byId<T>(scope, label.htmlFor);
}

/** The radio or checkbox of a question (`name`) that stands for `value`. */
export function option(el: Element, name: string, value: string): HTMLInputElement {
  const found = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].find((input) => input.value === value);
  if (!found) throw new Error(`no ${name} option for ${value}`);
  return found;
}

/** A button by its words (white space folded), in an element's shadow root or any part of it. */
export function buttonByText(scope: Scope | ParentNode, text: string): HTMLButtonElement {
  const inside = scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope;
  const button = [...inside.querySelectorAll('button')].find((candidate) => fold(candidate.textContent!) === text);
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}

/** Text with every run of white space made one space, and trimmed. */
export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Waits for an update, the frame after it, and any update that frame caused. */
export async function settle(el: Rendering) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/** Waits for something that happens later than the next frame; fails after `timeout` ms. */
export async function waitFor(condition: () => boolean, what = 'condition', timeout = 5000) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Puts a template on the page, finds the element in it (the template's own root, or the first
 * match of `select` inside it), gives it a value if one is given (a copy, as a host would), and
 * waits until it has settled.
 */
export async function mount<T extends Rendering>(template: TemplateResult, options: { select?: string; value?: unknown } = {}): Promise<T> {
  const top = await fixture<HTMLElement>(template);
  const el = (options.select ? top.querySelector(options.select) : top) as T | null;
  if (!el) throw new Error(`${options.select} is not in the template`);
  if (options.value !== undefined) (el as unknown as { value: unknown }).value = structuredClone(options.value);
  await settle(el);
  return el;
}

/** Types as a person does: focus, then real key presses. */
export async function typeInto(el: Rendering, control: HTMLElement, text: string) {
  control.focus();
  await sendKeys({ type: text });
  await settle(el);
}

/** Presses a key, or a key with a modifier held (`Shift+Tab`). */
export async function press(el: Rendering, key: string) {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await settle(el);
}

/** A short name for what has focus: a control's id, a part's name, or a tag with its words. */
export function focusName(el: Element): string {
  if (document.activeElement !== el) return document.activeElement?.id || document.activeElement?.localName || 'none';
  const active = root(el).activeElement as HTMLElement | null;
  if (!active) return 'none';
  if (active.id) return active.id;
  if (active.getAttribute('part')) return `part:${active.getAttribute('part')}`;
  return `${active.localName}:${fold(active.textContent!)}`;
}

/**
 * Presses Tab (or `Shift+Tab`, for a control before focus) until `name` has focus; fails after
 * `max` presses. Tab past the page's last control leaves the page in Firefox, so go the right way.
 */
export async function tabTo(el: Rendering, name: string, max: number, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < max; i++) {
    await press(el, key);
    if (focusName(el) === name) return;
  }
  throw new Error(`${key} never reached ${name}; last focus: ${focusName(el)}`);
}

/** What the element last said through its polite live region. */
export function announced(el: Element): string {
  return root(el).querySelector('[data-announcer]')!.textContent!.trim();
}

/** The message shown beside a field, without its hidden prefix (English or Welsh). */
export function fieldError(el: Element, fieldId: string): string | undefined {
  const message = root(el).getElementById(`${fieldId}-error`);
  return message ? fold(message.textContent!.replace(/^\s*(Error|Gwall):/, '')) : undefined;
}

export interface SummaryLink {
  target: string;
  text: string;
  link: HTMLAnchorElement;
}

/** The links of the error summary: the id each goes to, and its words. */
export function summaryLinks(el: Element): SummaryLink[] {
  return [...root(el).querySelectorAll<HTMLAnchorElement>('[data-error-summary] a')].map((link) => ({
    target: link.getAttribute('href')!.replace(/^#/, ''),
    text: link.textContent!.trim(),
    link,
  }));
}

/** Every event of a type the element fires, with its detail. */
export function collect<T = unknown>(el: Element, type: string) {
  const details: T[] = [];
  el.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}
