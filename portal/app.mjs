/**
 * The portal's HTTP handler, on node:http. `createPortal({ dataPath })` opens (and on first use
 * seeds) the database and returns `{ handle, close }`; server.mjs listens with it, the tests call
 * it on a temporary database (and with `now`, a clock, to fix the Board's period).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyReview, recordKinds, safeParseRecord } from 'msp-elements/schemas';
import { disclose, toCsv } from 'msp-elements/aggregate';
import { boardRecords, boardReport, sacTables } from './board.mjs';
import { openStore } from './db.mjs';
import { boardPage, casePage, confirmPage, href, homePage, messagePage, toolPage } from './pages.mjs';
import { seed } from './seed.mjs';
import { TOOLS, wordsFor } from './words.mjs';

/** 8 MB: a record may be 1,000,000 characters before it is form-encoded. */
export const BODY_LIMIT = 8 * 1024 * 1024;

const CSP = "default-src 'self'; img-src 'self' data:";
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASSETS = {
  '/assets/msp/': join(ROOT, 'dist', 'cdn'),
  '/assets/': join(ROOT, 'portal', 'public'),
};
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };

class HttpProblem extends Error {
  constructor(status, wordsKey) {
    super(wordsKey);
    this.status = status;
    this.wordsKey = wordsKey;
  }
}

export function createPortal({ dataPath, log = (line) => console.log(line), now = () => new Date() }) {
  const store = openStore(dataPath);
  if (store.isEmpty()) seed(store, now());

  function send(res, status, body, type = 'text/html; charset=utf-8', headers = {}) {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(body);
  }

  /** The CSRF token: a random value in a SameSite cookie, echoed by every form (double submit). */
  function csrfToken(req, res) {
    const existing = cookie(req, 'portal_csrf');
    if (existing && /^[a-f0-9]{64}$/.test(existing)) return existing;
    const token = randomBytes(32).toString('hex');
    res.setHeader('Set-Cookie', `portal_csrf=${token}; Path=/; HttpOnly; SameSite=Strict`);
    return token;
  }

  function checkCsrf(req, form) {
    const expected = cookie(req, 'portal_csrf') ?? '';
    const given = form.get('csrf') ?? '';
    const ok = expected.length === 64 && given.length === 64 && timingSafeEqual(Buffer.from(expected), Buffer.from(given));
    if (!ok) throw new HttpProblem(403, 'badToken');
  }

  function latestOf(caseRef) {
    return Object.fromEntries(TOOLS.map((tool) => [tool, store.latest(caseRef, recordKinds[tool].kind)]));
  }

  function showTool(req, res, { lang, entry, tool, status = 200, value, problem }) {
    const latest = latestOf(entry.case_ref);
    const outcomes = latest['outcome-capture'];
    let shown = value;
    let outcomesRecord;
    if (tool === 'review-close') {
      // A fresh review or closure of the case's current outcomes.
      if (!outcomes) return send(res, 409, messagePage({ lang, title: wordsFor(lang).tool[tool], message: wordsFor(lang).noOutcomes }));
      outcomesRecord = outcomes.json;
    } else if (shown === undefined) {
      shown = latest[tool]?.json;
    }
    // The questionnaire is about the case's latest closure, when there is one.
    const closure = latest['review-close']?.record;
    const closureId = tool === 'experience-questionnaire' && closure?.stage === 'closure' ? closure.id : undefined;
    const csrf = csrfToken(req, res);
    send(res, status, toolPage({ lang, entry, tool, value: shown, outcomesRecord, closureId, csrf, problem }));
  }

  async function postTool(req, res, { lang, entry, tool }) {
    const form = await readForm(req);
    checkCsrf(req, form);
    const posted = form.get('record') ?? '';
    const w = wordsFor(lang);
    let parsed;
    try {
      parsed = JSON.parse(posted);
    } catch {
      parsed = undefined;
    }
    const result = parsed === undefined ? { success: false } : safeParseRecord(recordKinds[tool], parsed);
    if (!result.success) {
      // The element shows exactly what was posted, and its own summary of what is wrong.
      return showTool(req, res, { lang, entry, tool, status: 400, value: posted, problem: w.notSaved });
    }
    const record = result.data;
    if (record.caseRef !== entry.case_ref) throw new HttpProblem(400, 'wrongCase');
    const toStore = [record];
    if (tool === 'review-close' && record.stage === 'review') {
      const current = store.latest(entry.case_ref, recordKinds['outcome-capture'].kind);
      try {
        toStore.push(applyReview(current?.record, record));
      } catch {
        return showTool(req, res, { lang, entry, tool, status: 400, value: posted, problem: w.notSaved });
      }
    }
    store.addRecords(entry.case_ref, toStore);
    res.writeHead(303, { Location: href(`/cases/${encodeURIComponent(entry.case_ref)}`, lang), 'Content-Security-Policy': CSP });
    res.end();
  }

  async function route(req, res, url, lang) {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method;
    if (method === 'GET' && parts.length === 0) {
      return send(res, 200, homePage({ lang, cases: store.listCases(), unlisted: store.unlistedCount() }));
    }
    if (method === 'GET' && url.pathname === '/board') {
      const report = disclose(await boardReport(store, now()));
      const w = wordsFor(lang);
      const tables = sacTables(report).map(({ key, rows }) => ({ title: w[key], rows }));
      return send(res, 200, boardPage({ lang, report, tables }));
    }
    if (method === 'GET' && url.pathname === '/board/records.json') {
      // What the Board report element counts: every record of the kinds it reads, as stored.
      return send(res, 200, JSON.stringify(boardRecords(store)), 'application/json; charset=utf-8');
    }
    if (method === 'GET' && (url.pathname === '/board.csv' || url.pathname === '/board/sac.csv')) {
      // Published: rounded, 1 to 4 as [c]. The return a council submits: raw, as NHS England rounds.
      const raw = url.pathname === '/board/sac.csv';
      const report = await boardReport(store, now());
      return send(res, 200, toCsv(report, { disclosure: !raw }), 'text/csv; charset=utf-8', {
        'Content-Disposition': `attachment; filename="${raw ? 'sac-return' : 'board-counts'}.csv"`,
      });
    }
    if (method === 'GET' && parts[0] === 'api' && parts[1] === 'cases' && parts[3] === 'records' && parts.length === 4) {
      const entry = store.getCase(parts[2]);
      if (!entry) throw new HttpProblem(404, 'notFound');
      const body = store.records(entry.case_ref).map(({ kind, version, stored_at: storedAt, record }) => ({ kind, version, caseRef: entry.case_ref, storedAt, record }));
      return send(res, 200, JSON.stringify(body, null, 2), 'application/json; charset=utf-8');
    }
    if (parts[0] !== 'cases' || parts.length < 2 || parts.length > 3) throw new HttpProblem(404, 'notFound');
    const entry = store.getCase(parts[1]);
    if (!entry) throw new HttpProblem(404, 'notFound');
    const action = parts[2];
    if (action === undefined && method === 'GET') return send(res, 200, casePage({ lang, entry, latest: latestOf(entry.case_ref) }));
    if (action === 'export' || action === 'delete') {
      if (method === 'GET') return send(res, 200, confirmPage({ lang, entry, action, csrf: csrfToken(req, res) }));
      if (method !== 'POST') throw new HttpProblem(405, 'notFound');
      checkCsrf(req, await readForm(req));
      if (action === 'export') {
        const body = store.records(entry.case_ref).map(({ kind, version, stored_at: storedAt, record }) => ({ kind, version, caseRef: entry.case_ref, storedAt, record }));
        return send(res, 200, JSON.stringify(body, null, 2), 'application/json; charset=utf-8', {
          'Content-Disposition': `attachment; filename="${entry.case_ref.replace(/[^\w-]/g, '_')}.json"`,
        });
      }
      store.deleteCase(entry.case_ref);
      res.writeHead(303, { Location: href('/', lang), 'Content-Security-Policy': CSP });
      return res.end();
    }
    if (!TOOLS.includes(action)) throw new HttpProblem(404, 'notFound');
    if (method === 'GET') return showTool(req, res, { lang, entry, tool: action });
    if (method === 'POST') return postTool(req, res, { lang, entry, tool: action });
    throw new HttpProblem(405, 'notFound');
  }

  async function handle(req, res) {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://portal.invalid');
    const lang = url.searchParams.get('lang') === 'cy' ? 'cy' : 'en';
    // The route and the status only: never a body, a query or a record.
    res.on('finish', () => log(`${req.method} ${url.pathname} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      if (req.method === 'GET' && url.pathname.startsWith('/assets/')) {
        serveAsset(url.pathname, res);
      } else {
        await route(req, res, url, lang);
      }
    } catch (error) {
      const known = error instanceof HttpProblem;
      const status = known ? error.status : 500;
      // Never the body, never a stack trace on the page; the log line names the route only.
      if (!known) log(`error ${req.method} ${url.pathname}: ${error?.name ?? 'Error'}`);
      const w = wordsFor(lang);
      const title = status === 404 || status === 405 ? w.notFound : w.badRequest;
      const message = status === 404 || status === 405 ? w.notFoundBody : w[known ? error.wordsKey : 'serverError'] ?? w.serverError;
      if (!res.headersSent) send(res, status, messagePage({ lang, title, message }), 'text/html; charset=utf-8', status === 413 ? { Connection: 'close' } : {});
      else res.end();
    }
  }

  function serveAsset(pathname, res) {
    const prefix = Object.keys(ASSETS).find((candidate) => pathname.startsWith(candidate));
    const dir = ASSETS[prefix];
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep)) throw new HttpProblem(404, 'notFound');
    let stat;
    try {
      stat = statSync(file);
    } catch {
      throw new HttpProblem(404, 'notFound');
    }
    if (!stat.isFile()) throw new HttpProblem(404, 'notFound');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  }

  return { handle, store, close: () => store.close() };
}

/** Reads a form-encoded body of at most BODY_LIMIT bytes. */
async function readForm(req) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    req.resume();
    throw new HttpProblem(415, 'wrongType');
  }
  const declared = Number(req.headers['content-length']);
  if (declared > BODY_LIMIT) {
    req.resume();
    throw new HttpProblem(413, 'tooLarge');
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > BODY_LIMIT) {
      req.resume();
      throw new HttpProblem(413, 'tooLarge');
    }
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function cookie(req, name) {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
