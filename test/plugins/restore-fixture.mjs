/**
 * Serves test/fixtures/restore.html with the element named by `?tag=` written into the markup, so
 * the parser creates it as a page would. Firefox restores the state of parser-created form
 * controls only, not of those written by `document.write`.
 */
import { readFileSync } from 'node:fs';

const PAGE = '/test/fixtures/restore.html';

export function restoreFixturePlugin() {
  return {
    name: 'restore-fixture',
    serve(context) {
      if (context.path !== PAGE) return undefined;
      const tag = context.URL.searchParams.get('tag') ?? '';
      if (!/^msp-[a-z-]+$/.test(tag)) return { body: 'Unknown tag', status: 400 };
      const template = readFileSync(new URL(`../..${PAGE}`, import.meta.url), 'utf8');
      return { body: template.replaceAll('msp-element-under-test', tag), type: 'html' };
    },
  };
}
