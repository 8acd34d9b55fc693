/**
 * A web-test-runner reporter that prints one line, `N passed, N failed`, as the very last output of
 * a run, so CI can read the totals from the final line of the log.
 *
 * The runner prints its own progress after reporters have stopped, so the line is written when the
 * process exits. If the runner never got as far as running tests (no test files, a start-up error),
 * the line still appears and reports the failure.
 */

/** Adds up the tests of a suite and all its nested suites. */
function countSuite(suite, totals) {
  if (!suite) return totals;
  for (const test of suite.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, totals);
  return totals;
}

/** Totals over every session; a failed session without a failed test (a file that did not load, a timeout, a hook error) counts as one failure. */
export function countSessions(sessions) {
  const totals = { passed: 0, failed: 0 };
  for (const session of sessions) {
    const own = countSuite(session.testResults, { passed: 0, failed: 0 });
    const sessionFailed = session.passed === false || (session.errors?.length ?? 0) > 0;
    if (sessionFailed && own.failed === 0) own.failed = 1;
    totals.passed += own.passed;
    totals.failed += own.failed;
  }
  return totals;
}

export function testCountReporter() {
  let totals;
  let printed = false;

  process.once('exit', (code) => {
    if (printed) return;
    printed = true;
    const { passed, failed } = totals ?? { passed: 0, failed: code === 0 ? 0 : 1 };
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  });

  return {
    onTestRunFinished({ sessions }) {
      totals = countSessions(sessions);
    },
    stop({ sessions }) {
      totals = countSessions(sessions);
    },
  };
}
