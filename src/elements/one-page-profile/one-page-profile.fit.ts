import type { ProfileList } from './one-page-profile.state.js';

/**
 * Fitting the printed profile on one A4 page. The page is laid out in physical units (see the
 * `.sheet` styles), so it measures the same on screen, in print preview and under print media.
 * If it is taller than the page, its parts (each section's box, and the chart) take smaller text:
 * first the least reduction that, given to every part, makes the page fit; then each part, in
 * page order, gets back the largest text the page can spare. So no text is smaller than it must
 * be, and a part that is not long keeps its size. What was made smaller is reported, so the page
 * can say so; and so is a profile that does not fit even at the smallest size.
 */

/** The printable area of an A4 page with margins of about 12 mm, in CSS pixels (96 to the inch). */
const MM = 96 / 25.4;
export const PAGE_HEIGHT_PX = 270 * MM;

/** Text sizes below the first, each set by `data-fit="n"` on a part (see the styles). */
const SMALLER_SIZES = 4;

export interface Fit {
  /** The parts whose text was made smaller, in page order. */
  shrunk: ProfileList[];
  /** Even at the smallest size, the profile is taller than one page. */
  overflows: boolean;
}

export const sameFit = (a: Fit, b: Fit) => a.overflows === b.overflows && a.shrunk.join() === b.shrunk.join();

/** Makes parts of `sheet` (those marked `data-fit-part`) smaller until it fits the page, or can shrink no more. */
export function fitToPage(sheet: HTMLElement): Fit {
  const parts = [...sheet.querySelectorAll<HTMLElement>('[data-fit-part]')];
  const fits = () => sheet.getBoundingClientRect().height <= PAGE_HEIGHT_PX;
  const setLevel = (part: HTMLElement, level: number) => {
    if (level) part.dataset.fit = String(level);
    else part.removeAttribute('data-fit');
  };
  let most = 0;
  for (; most <= SMALLER_SIZES; most++) {
    for (const part of parts) setLevel(part, most);
    if (fits()) break;
  }
  const overflows = most > SMALLER_SIZES;
  if (!overflows) {
    for (const part of parts) {
      let level = 0;
      for (; level < most; level++) {
        setLevel(part, level);
        if (fits()) break;
      }
      setLevel(part, level);
    }
  }
  return { shrunk: parts.filter((part) => part.dataset.fit).map((part) => part.dataset.fitPart as ProfileList), overflows };
}
