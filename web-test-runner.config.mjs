import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { fileURLToPath } from 'node:url';
import { testCountReporter } from './scripts/test-count-reporter.mjs';
import { testRunnerHtml } from './scripts/test-page.mjs';
import { emulateForcedColoursPlugin } from './test/plugins/emulate-forced-colours.mjs';
import { restoreFixturePlugin } from './test/plugins/restore-fixture.mjs';
import { webdriverKeysPlugin } from './test/plugins/webdriver-keys.mjs';
import { bundledFiles } from './scripts/wtr-bundled-files.mjs';
import { frameworkExamples } from './scripts/wtr-framework-examples.mjs';
import { engineLauncher } from './scripts/engines.mjs';

/**
 * Property tests run 200 cases per property; `npm run fuzz` sets MSP_PROPERTY_RUNS to run many
 * more, and MSP_PROPERTY_SEED replays a failure with the seed it printed.
 */
const propertyRuns = Number(process.env.MSP_PROPERTY_RUNS) || 200;
const propertySeed = process.env.MSP_PROPERTY_SEED ? Number(process.env.MSP_PROPERTY_SEED) : undefined;
const fuzzing = propertyRuns > 200;

/**
 * One engine per run: MSP_ENGINE is chromium (the default), firefox or webkit (scripts/engines.mjs).
 * WebKit's WebDriver session shows one page at a time, and two Firefox pages at once disturb each
 * other's focus and layout, so in those two engines the files run one after another.
 */
const engine = process.env.MSP_ENGINE || 'chromium';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // test/node/ runs in Node (scripts/test-node.mjs), not in the browser.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: engine === 'chromium' ? 2 : 1,
  testsFinishTimeout: fuzzing ? 3_600_000 : 120_000,
  browsers: [engineLauncher(engine)],
  plugins: [
    // sendKeys, sendMouse, setViewport, emulateMedia and the others are added by the runner itself;
    // the accessibility-tree snapshot command is not, so it is added here.
    a11ySnapshotPlugin(),
    // Forced colours, which the runner's emulateMedia leaves to Playwright (see the plugin).
    emulateForcedColoursPlugin(),
    restoreFixturePlugin(),
    webdriverKeysPlugin(),
    bundledFiles(['/test/vendor/ajv.ts']),
    frameworkExamples(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  // The default page, plus a guard so a failed assertion on a DOM node is reported instead of
  // hanging the run (see scripts/test-page.mjs).
  testRunnerHtml: (testFramework) => testRunnerHtml(testFramework, { propertyRuns, propertySeed, engine }),
  testFramework: {
    config: { timeout: fuzzing ? 0 : 10_000 },
  },
  reporters: [defaultReporter(), testCountReporter()],
};
