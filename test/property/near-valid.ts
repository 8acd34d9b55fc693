import fc from 'fast-check';

/** A place in a JSON value: the keys and indexes that lead to it. */
type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = [], into: Path[] = []): Path[] {
  into.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...at, index], into));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], into);
  return into;
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** One way a host can hand over a record that is almost right. */
const MUTATIONS: { name: string; weight: number; apply: (value: unknown) => unknown }[] = [
  { name: 'a number', weight: 3, apply: () => 42 },
  { name: 'true', weight: 2, apply: () => true },
  { name: 'an empty list', weight: 2, apply: () => [] },
  { name: 'an empty object', weight: 2, apply: () => ({}) },
  { name: 'null', weight: 3, apply: () => null },
  { name: 'a code that does not exist', weight: 3, apply: () => 'not-a-code' },
  { name: 'text of a megabyte', weight: 1, apply: () => 'x'.repeat(1_000_001) },
  { name: 'lists nested five thousand deep', weight: 1, apply: () => nested(5000) },
];

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString'];

export interface NearValid {
  record: unknown;
  description: string;
}

/** A valid record with one thing wrong: a field of the wrong type or value, an extra hostile key, or a field removed. */
export function nearValidArbitrary(valid: fc.Arbitrary<unknown>): fc.Arbitrary<NearValid> {
  return valid.chain((record) => {
    const paths = pathsOf(record);
    const replace = fc
      .tuple(fc.constantFrom(...paths), fc.constantFrom(...MUTATIONS.flatMap((m) => Array(m.weight).fill(m))))
      .map(([path, mutation]) => ({ record: setAt(record, path, mutation.apply(getAt(record, path))), description: `${path.join('.') || '(record)'} set to ${mutation.name}` }));
    const objectPaths = paths.filter((path) => {
      const value = getAt(record, path);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    });
    const addKey = fc
      .tuple(fc.constantFrom(...objectPaths), fc.constantFrom(...HOSTILE_KEYS))
      .map(([path, key]) => {
        const copy = structuredClone(record);
        const target = getAt(copy, path) as Record<string, unknown>;
        Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
        return { record: copy, description: `${key} added at ${path.join('.') || '(record)'}` };
      });
    const removable = paths.filter((path) => path.length > 0 && typeof path.at(-1) === 'string');
    const remove = fc.constantFrom(...removable).map((path) => {
      const copy = structuredClone(record);
      delete (getAt(copy, path.slice(0, -1)) as Record<string, unknown>)[path.at(-1) as string];
      return { record: copy, description: `${path.join('.')} removed` };
    });
    return fc
      .oneof({ weight: 6, arbitrary: replace }, { weight: 2, arbitrary: addKey }, { weight: 2, arbitrary: remove })
      .map((nearValid) => printedAs(nearValid, nearValid.description));
  });
}

/** A failure report names the change rather than printing the record, which can be too deep to print. */
function printedAs<T extends object>(value: T, text: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => JSON.stringify(text) });
  return value;
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1)!] = replacement;
  return copy;
}

/** The text in a record that a person may have written: strings that are not codes, ids or times. */
export function personTextIn(value: unknown): string[] {
  const found: string[] = [];
  // A stack rather than recursion: an almost-right record can be nested thousands deep.
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') {
      const code = /^[a-z0-9.-]*$/.test(node);
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(node);
      const time = /^\d{4}-\d{2}-\d{2}/.test(node);
      if (!code && !uuid && !time && node.trim().length >= 6) found.push(node);
    } else if (node && typeof node === 'object') {
      stack.push(...Object.values(node));
    }
  }
  return found;
}
