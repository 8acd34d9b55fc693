import { VERSION } from './version.js';

interface VersionedConstructor extends CustomElementConstructor {
  version?: string;
}

/**
 * Registers an element once. A second registration of the same class is ignored; another
 * class under the same tag (a second copy or version of the library) is reported with a warning,
 * never an exception, so one page can carry two bundles.
 */
export function defineElement(tag: string, constructor: VersionedConstructor, registry = customElements): void {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `msp-elements ${VERSION}: <${tag}> is already defined by msp-elements ${existing.version ?? '(unknown version)'}; ` +
        'the first definition stays in use.',
    );
    return;
  }
  registry.define(tag, constructor);
}
