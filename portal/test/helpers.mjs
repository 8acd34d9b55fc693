/** Starts the portal on a free port with a temporary database, for the tests; `now` fixes its clock. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortal } from '../app.mjs';

export async function startPortal({ dataPath, now } = {}) {
  const dir = dataPath ? undefined : mkdtempSync(join(tmpdir(), 'msp-portal-'));
  const path = dataPath ?? join(dir, 'portal.db');
  const logs = [];
  const portal = createPortal({ dataPath: path, log: (line) => logs.push(line), now });
  const server = createServer((req, res) => void portal.handle(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    path,
    logs,
    portal,
    async stop({ keep = false } = {}) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      portal.close();
      if (dir && !keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A GET that keeps the CSRF cookie and reads the form's token, as a browser would. */
export async function formToken(base, path) {
  const response = await fetch(`${base}${path}`);
  const cookie = response.headers.get('set-cookie').split(';')[0];
  const html = await response.text();
  const token = /name="csrf" value="([a-f0-9]+)"/.exec(html)[1];
  return { cookie, token, html };
}

export function post(base, path, { cookie, fields, type = 'application/x-www-form-urlencoded', body }) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': type, ...(cookie ? { cookie } : {}) },
    body: body ?? new URLSearchParams(fields).toString(),
  });
}

export async function records(base, caseRef) {
  return (await fetch(`${base}/api/cases/${caseRef}/records`)).json();
}

/** The attribute's text as the browser reads it. */
export function unescapeAttribute(text) {
  return text.replace(/&(quot|amp|lt|gt|#39);/g, (_, name) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[name]);
}
