/** `npm start`'s server: prints its address, creates its database, and stops cleanly on a signal. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

for (const signal of ['SIGINT', 'SIGTERM']) {
  test(`the server prints its address, serves, and stops cleanly on ${signal}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'msp-portal-server-'));
    const dataPath = join(dir, 'nested', 'portal.db');
    const child = spawn(process.execPath, ['portal/server.mjs'], { env: { ...process.env, PORT: '0', PORTAL_DATA: dataPath } });
    try {
      let output = '';
      const address = await new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /http:\/\/localhost:(\d+)\//.exec(output);
          if (match) resolve(match[0]);
        });
        child.on('exit', () => reject(new Error(`exited early: ${output}`)));
      });
      assert.equal((await fetch(address)).status, 200);
      assert.ok(existsSync(dataPath), 'the database was created on first start');
      const exit = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill(signal);
      assert.equal(await exit, 0);
      assert.ok(!existsSync(`${dataPath}-wal`), 'the database was closed');
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
