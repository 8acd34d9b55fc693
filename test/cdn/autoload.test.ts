import { expect } from '@open-wc/testing';
import { autoload } from '../../src/cdn/autoload.js';

let counter = 0;
/** A fresh tag name per test, so definitions from one test never reach another. */
const uniqueTag = () => `x-autoload-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
/** Mutation observers report in a microtask; a task later, every callback has run. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

interface Spy {
  calls: number;
  load: () => Promise<unknown>;
}
const spy = (tag?: string): Spy => {
  const result: Spy = {
    calls: 0,
    load: async () => {
      result.calls++;
      if (tag && !customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
    },
  };
  return result;
};

describe('the CDN loader', () => {
  const cleanup: Element[] = [];
  afterEach(() => cleanup.splice(0).forEach((el) => el.remove()));
  const add = (html: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    document.body.append(holder);
    cleanup.push(holder);
    return holder;
  };

  it('imports an element whose tag is in the document at start, and the shared chunk with it', async () => {
    const tag = uniqueTag();
    add(`<${tag}></${tag}>`);
    const element = spy(tag);
    const shared = spy();
    autoload({ [tag]: element.load }, shared.load);
    await settle();
    expect(element.calls).to.equal(1);
    expect(shared.calls).to.equal(1);
    expect(customElements.get(tag)).to.exist;
  });

  it('imports nothing until a tag appears, then only that element, once', async () => {
    const [first, second] = [uniqueTag(), uniqueTag()];
    const loaders = { [first]: spy(first), [second]: spy(second) };
    const shared = spy();
    autoload({ [first]: loaders[first].load, [second]: loaders[second].load }, shared.load);
    await settle();
    expect(shared.calls + loaders[first].calls + loaders[second].calls).to.equal(0);

    add(`<section><p><${first}>fallback</${first}></p></section>`);
    add(`<${first}></${first}>`);
    await settle();
    expect(loaders[first].calls).to.equal(1);
    expect(loaders[second].calls).to.equal(0);
  });

  it('imports an element from <template> content only once it is stamped into the document', async () => {
    const tag = uniqueTag();
    const element = spy(tag);
    const holder = add(`<template><div><${tag}></${tag}></div></template>`);
    autoload({ [tag]: element.load }, spy().load);
    await settle();
    expect(element.calls, 'template content is not in the document').to.equal(0);

    holder.append(holder.querySelector('template')!.content.cloneNode(true));
    await settle();
    expect(element.calls).to.equal(1);
  });

  it('leaves an element another copy of the library already defined', async () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    const element = spy();
    add(`<${tag}></${tag}>`);
    autoload({ [tag]: element.load }, spy().load);
    await settle();
    expect(element.calls).to.equal(0);
  });

  it('finds elements in a shadow root it is given', async () => {
    const tag = uniqueTag();
    const element = spy(tag);
    const host = add('<div></div>').firstElementChild!;
    const shadow = host.attachShadow({ mode: 'open' });
    const discover = autoload({ [tag]: element.load }, spy().load);
    shadow.innerHTML = `<${tag}></${tag}>`;
    await settle();
    expect(element.calls, 'the document observer cannot see into shadow roots').to.equal(0);
    discover(shadow);
    expect(element.calls).to.equal(1);
  });
});
