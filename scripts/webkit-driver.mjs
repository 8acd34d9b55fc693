/**
 * WebKitWebDriver on a fixed local port, under a virtual display (MiniBrowser has no headless
 * mode), for as long as a WebKit run needs it. If a driver already answers on the port, it is used
 * and left running.
 */
import { spawn } from 'node:child_process';
import { webkitDriverPort } from './engines.mjs';

const statusUrl = `http://127.0.0.1:${webkitDriverPort}/status`;

async function answers() {
  try {
    return (await fetch(statusUrl, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

/** Starts the driver if none is running; resolves to a function that stops what it started. */
export async function startWebKitDriver() {
  if (await answers()) return async () => {};
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${webkitDriverPort}`], {
    stdio: 'ignore',
    detached: true,
  });
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  for (let tries = 0; tries < 100; tries++) {
    if (await answers()) {
      return async () => {
        // xvfb-run, Xvfb and the driver share the process group started here.
        try {
          process.kill(-driver.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      };
    }
    if (driver.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  throw new Error(`WebKitWebDriver did not start on port ${webkitDriverPort}`);
}
