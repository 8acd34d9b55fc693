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

/**
 * Writes a generic base class's type parameters as each subclass fills them in. The base declares
 * `value` as `TRecord`; `class MspOutcomeCapture extends MspFormElement<OutcomeCaptureRecord, …>`
 * inherits it, and its docs should say `OutcomeCaptureRecord`.
 */
function resolvedTypeParameters() {
  /** class name → its own type parameter names */
  const parameters = new Map();
  /** class name → { base, args } for `extends Base<Arg, …>` */
  const extensions = new Map();
  const escape = (name) => name.replace(/[$]/g, '\\$&');
  const substitute = (text, bindings) =>
    [...bindings].reduce(
      (result, [name, replacement]) => result.replace(new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g'), replacement),
      text,
    );
  /** What each of `className`'s ancestors' type parameters means in `className`. */
  function bindingsFor(className) {
    const bindings = new Map();
    let current = className;
    let inner = new Map();
    for (let depth = 0; depth < 10 && extensions.has(current); depth++) {
      const { base, args } = extensions.get(current);
      const names = parameters.get(base) ?? [];
      const next = new Map();
      names.forEach((name, index) => {
        if (args[index] !== undefined) next.set(name, substitute(args[index], inner));
      });
      for (const [name, value] of next) if (!bindings.has(name)) bindings.set(name, value);
      inner = next;
      current = base;
    }
    return bindings;
  }
  return {
    name: 'msp-resolved-type-parameters',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const name = node.name.text;
      if (node.typeParameters) parameters.set(name, node.typeParameters.map((parameter) => parameter.name.text));
      const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword);
      const base = heritage?.types[0];
      if (base && ts.isIdentifier(base.expression) && base.typeArguments) {
        extensions.set(name, { base: base.expression.text, args: base.typeArguments.map((arg) => arg.getText()) });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' || !extensions.has(declaration.name)) continue;
          const bindings = bindingsFor(declaration.name);
          if (bindings.size === 0) continue;
          // Inherited entries may be shared with the base's own: replace them rather than edit them.
          const resolve = (entry) =>
            entry.type?.text ? { ...entry, type: { ...entry.type, text: substitute(entry.type.text, bindings) } } : entry;
          for (const key of ['members', 'attributes', 'events']) {
            if (declaration[key]) declaration[key] = declaration[key].map(resolve);
          }
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
  plugins: [defineElementCalls(), documentedEventsOnly(), resolvedTypeParameters(), publishedPaths()],
};
