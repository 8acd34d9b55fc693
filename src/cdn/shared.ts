/**
 * What the CDN loader reaches for in the shared chunk, which the build places this module in:
 * importing it fetches the shared chunk, and gives the loader the one function it offers itself.
 */
export { setLocale } from '../core/locale.js';
