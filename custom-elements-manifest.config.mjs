/**
 * Configuration of `custom-elements-manifest analyze`: reads the element sources and writes
 * custom-elements.json at the project root (published with the package, read by Storybook).
 */

/** Elements are registered with `defineElement('tag', Class)`, which the analyzer does not know. */
function defineElementCalls() {
  const pending = [];
  return {
    name: 'msp-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !constructor || !ts.isStringLiteral(tag) || !ts.isIdentifier(constructor)) return;
      const definition = {
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: constructor.text },
      };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
      pending.push(definition);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const definition of pending) {
        const home = customElementsManifest.modules.find((mod) =>
          mod.declarations?.some((d) => d.kind === 'class' && d.name === definition.declaration.name),
        );
        if (home) definition.declaration.module = home.path;
      }
    },
  };
}

/**
 * Keeps the events the elements document. The analyzer also reports `dispatchEvent(new SomeEvent(x))`
 * as an event named after the constructor's first argument (e.g. "detail") or with no name at all.
 */
function documentedEventsOnly() {
  const isPlainEvent = (event) => /^(Custom)?Event\b/.test(event.type?.text ?? 'Event');
  return {
    name: 'msp-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const seen = new Set();
          declaration.events = declaration.events.filter((event) => {
            if (!event.name || seen.has(event.name)) return false;
            if (!event.description && !isPlainEvent(event)) return false;
            seen.add(event.name);
            return true;
          });
        }
      }
    },
  };
}

/** Points module paths at the published files (src/x.ts → dist/x.js): src/ is not in the package. */
function publishedPaths() {
  const toDist = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js');
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toDist(child);
      else walk(child);
    }
  };
  return {
    name: 'msp-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/locales/**', 'src/schemas/**', 'src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest in its customElements field already; leave the file alone.
  packagejson: false,
  plugins: [defineElementCalls(), documentedEventsOnly(), publishedPaths()],
};
