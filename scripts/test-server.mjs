/**
 * A small web server for the checks and the benchmark: it serves a built folder under /cdn/, pages
 * and host scripts, each page with its own Content-Security-Policy (or none), and keeps what each
 * page's form posts.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

/**
 * @param {{ cdnDir: string, pages: Record<string, { html: string, csp: string }>, hostScripts: Record<string, string> }} site
 *   pages are served at /<name>, host scripts at /host/<name>.js; a page's form posts to /submitted/<name>.
 *   `requested` lists every path asked for, in order (nothing is cached: each response says no-store).
 */
export async function startServer({ cdnDir, pages, hostScripts = {} }) {
  const submissions = new Map();
  const requested = [];
  const server = createServer(async (request, response) => {
    const path = request.url.split('?')[0];
    requested.push(path);
    const headers = (type, csp) => ({ 'content-type': type, 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': csp } : {}) });
    if (request.method === 'POST' && path.startsWith('/submitted/')) {
      let body = '';
      for await (const chunk of request) body += chunk;
      submissions.set(path.slice('/submitted/'.length), new URLSearchParams(body));
      // The page's icon is allowed: Firefox asks for /favicon.ico, and a refusal is logged as a problem.
      response.writeHead(200, headers('text/html', "default-src 'none'; img-src 'self'")).end('<!doctype html><title>Thank you</title><p>Thank you</p>');
      return;
    }
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const page = pages[path.slice(1)];
    if (page) return response.writeHead(200, headers('text/html', page.csp)).end(page.html);
    const host = /^\/host\/([\w-]+)\.js$/.exec(path);
    if (host && hostScripts[host[1]]) return response.writeHead(200, headers('text/javascript')).end(hostScripts[host[1]]);
    if (path.startsWith('/cdn/')) {
      const file = normalize(join(cdnDir, path.slice('/cdn/'.length)));
      if (file.startsWith(cdnDir)) {
        try {
          const body = await readFile(file);
          const type = file.endsWith('.js') ? 'text/javascript' : 'application/json';
          return response.writeHead(200, headers(type)).end(body);
        } catch {
          // Falls through to 404.
        }
      }
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    submissions,
    requested,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
