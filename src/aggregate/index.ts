/**
 * msp-elements/aggregate: counts the records for the Safeguarding Adults Board and the national
 * return (SAC in England, section 126 in Wales). No DOM: the same code runs in Node and the browser.
 */
export { aggregate } from './aggregate.js';
export { disclose, discloseCount } from './disclose.js';
export { toCsv, toCaseCsv, csvCell } from './csv.js';
export { financialYearBefore, londonToday } from './period.js';
export type * from './report.js';
