/**
 * Defines each element the first time its tag is in the document: at start, and whenever a
 * host's script adds one later (also by stamping a `<template>`). Nothing is imported until a tag
 * appears, and each element's module is imported once.
 *
 * The CDN entry `msp-elements.js` calls this with one loader per element, generated at build time
 * from src/elements/*, so a new element needs no change here.
 *
 * @param loaders tag name → a function importing the module that defines it
 * @param loadShared imports what every element shares, alongside the first element, so the browser
 *   fetches both at once instead of one after the other
 * @returns `discover(root)`, for hosts whose elements live in shadow roots the document's
 *   observer cannot see into
 */
export function autoload(
  loaders: Record<string, () => Promise<unknown>>,
  loadShared: () => Promise<unknown>,
  root: Document = document,
): (root: ParentNode) => void {
  const waiting = new Map(Object.entries(loaders));

  const load = (tag: string) => {
    const loader = waiting.get(tag)!;
    waiting.delete(tag);
    if (waiting.size === 0) observer.disconnect();
    // Another copy of the library may have defined it already; the page keeps that one.
    if (customElements.get(tag)) return;
    void loadShared();
    void loader();
  };

  const discover = (node: ParentNode) => {
    if (waiting.size === 0) return;
    const tag = (node as Element).localName;
    if (tag && waiting.has(tag)) load(tag);
    for (const wanted of [...waiting.keys()]) {
      if (node.querySelector(wanted)) load(wanted);
    }
  };

  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
  return discover;
}
