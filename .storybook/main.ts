import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Every lit entry point the stories, the elements or Storybook's web-components renderer import.
 * In `storybook dev`, Vite pre-bundles the dependencies it finds; an entry it does not list (the
 * renderer's `lit/directive-helpers.js`) is served raw and brings the raw lit-html with it, a
 * second copy beside the pre-bundled one ("Multiple versions of Lit loaded"). Pre-bundling them
 * together gives them one shared lit-html.
 */
const litEntries = [
  'lit',
  'lit-html',
  'lit/directive-helpers.js',
  'lit/directives/if-defined.js',
  'lit/directives/live.js',
  '@lit/localize/internal/runtime-msg.js',
  '@lit/localize/internal/str-tag.js',
];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      dedupe: [...(viteConfig.resolve?.dedupe ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [...(viteConfig.optimizeDeps?.include ?? []), ...litEntries],
    },
    // Storybook's own preview and docs bundles are large; that is expected and not worth a warning.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
  }),
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Storybook's "Get started" checklist and onboarding guide are for people new to Storybook,
  // not for designers reading this library's stories.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
};

export default config;
