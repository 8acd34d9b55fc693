/**
 * The HTML page each test file runs in: web-test-runner's default page, plus one guard.
 *
 * The runner sends results to Node through `structuredClone`. A failed assertion whose actual or
 * expected value is a DOM node, a function or the window cannot be cloned, and the runner then
 * never hears that the file finished: the run hangs until `testsFinishTimeout` with no hint of
 * the failing test. The guard gives the runner (and only the runner) a copy with such values
 * replaced by a short description, so the failure is reported as usual.
 */
const cloneGuard = `
(() => {
  const nativeClone = globalThis.structuredClone;
  const runnerModule = '__web-dev-server__web-socket';

  const describeNode = (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const html = node.outerHTML;
      return html.length > 300 ? html.slice(0, 300) + '…' : html;
    }
    return '[' + node.nodeName + ']';
  };

  const cloneable = (value, seen) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
    if (typeof value === 'function') return '[function ' + (value.name || 'anonymous') + ']';
    if (value === globalThis) return '[window]';
    if (value instanceof Node) return describeNode(value);
    if (seen.has(value)) return seen.get(value);
    const tag = Object.prototype.toString.call(value);
    const plain = tag === '[object Object]' || tag === '[object Array]' || value instanceof Error;
    if (!plain) {
      try {
        return nativeClone(value);
      } catch {
        return '[' + tag.slice(8, -1) + ']';
      }
    }
    const copy = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = cloneable(value[key], seen);
    if (value instanceof Error) {
      copy.name = value.name;
      copy.message = value.message;
      copy.stack = value.stack;
    }
    return copy;
  };

  globalThis.structuredClone = function structuredClone(value, options) {
    try {
      return nativeClone(value, options);
    } catch (error) {
      const fromRunner = String(new Error().stack).includes(runnerModule);
      if (!fromRunner || !error || error.name !== 'DataCloneError') throw error;
      return nativeClone(cloneable(value, new WeakMap()), options);
    }
  };
})();
`;

/**
 * @param {string} testFramework the URL of the test framework module
 * @param {{ propertyRuns?: number, propertySeed?: number, engine?: string }} [settings] for the property
 *   tests, cases per property and the seed; and the engine the run is in (test/engines.ts)
 */
export function testRunnerHtml(testFramework, { engine = 'chromium', ...settings } = {}) {
  return `<!DOCTYPE html>
<html>
  <head>
    <script>${cloneGuard}</script>
    <script>globalThis.mspPropertySettings = ${JSON.stringify(settings)}; globalThis.mspTestEngine = ${JSON.stringify(engine)};</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;
}
