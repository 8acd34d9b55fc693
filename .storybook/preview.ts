import { setCustomElementsManifest, type Decorator, type Loader, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import { setLocale } from '../src/core/locale.js';
import { controlsFromManifest } from './controls-from-manifest.js';

interface ManifestMember {
  privacy?: string;
  static?: boolean;
}

/** The manifest as the docs pages should show it: public API only, without what subclasses use. */
function publicApiOnly<T>(manifest: T): T {
  const copy = structuredClone(manifest) as { modules?: { declarations?: { members?: ManifestMember[] }[] }[] };
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      declaration.members = declaration.members?.filter(
        (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
      );
    }
  }
  return copy as T;
}

// Gives the docs pages each element's attributes, properties, events, parts and custom properties.
setCustomElementsManifest(publicApiOnly(customElements));

let applied: { locale: string; done: Promise<unknown> } | undefined;

/** Puts the page and the elements in the chosen language; repeated calls for the same one share the work. */
function applyLocale(locale: string): Promise<unknown> {
  if (applied?.locale !== locale) {
    document.documentElement.lang = locale;
    applied = { locale, done: setLocale(locale).catch((error: unknown) => console.error(error)) };
  }
  return applied.done;
}

/** Waits for the language's strings before the story renders, so accessibility checks see the final text. */
const localeLoader: Loader = async ({ globals }) => {
  await applyLocale(globals.locale ?? 'en-GB');
  return {};
};

const withLocale: Decorator = (story, { globals }) => {
  void applyLocale(globals.locale ?? 'en-GB');
  return story();
};

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', right: 'en-GB', title: 'English' },
          { value: 'cy', right: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB' },
  argTypesEnhancers: [controlsFromManifest],
  loaders: [localeLoader],
  decorators: [withLocale],
  parameters: {
    // Accessibility violations fail the story (in the a11y panel and in story tests).
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
