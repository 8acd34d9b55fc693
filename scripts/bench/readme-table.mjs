/**
 * The benchmark's table in README.md, written from a run (`npm run bench -- --readme`) so the
 * figures there are always measured, never typed: the lines between the two markers below are
 * replaced, and nothing else in the file changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const START = '<!-- bench:start (written by npm run bench -- --readme) -->';
const END = '<!-- bench:end -->';

const ms = (value) => (value >= 20 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const ratio = ({ ratio: value, low, high }) => `${value.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)})`;
const keys = (times) => (times === undefined ? 'no fields' : `${ms(times.median)} (slowest ${ms(times.max)})`);

/**
 * `rows`: one per element, `{ tag, heavy, render, floor, renderRatio, first, later, load,
 * loadStatic, loadRatio }`: timings are medians in ms; `first` and `later`, keystrokes as
 * `{ median, max }` (undefined for a report); the ratios from `pairedRatio`.
 */
export function writeReadmeTable(root, rows, { runs, date, machine }) {
  const lines = [
    START,
    `Measured ${date} on ${machine}: medians of ${runs} fresh pages; each ratio is the geometric mean of the ${runs} runs paired with their comparison, with its 95% confidence interval; keystrokes as the median and the slowest, since the goal holds for every one.`,
    '',
    '| element, heavy record | first render | static floor | ratio (goal ≤ 1.5×) | first keystroke (goal ≤ 4 ms) | later keystrokes | fresh load to first paint | as static HTML | ratio (goal ≤ 1.5×) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) =>
      [
        `\`<${row.tag}>\`, ${row.heavy}`,
        ms(row.render),
        ms(row.floor),
        ratio(row.renderRatio),
        keys(row.first),
        keys(row.later),
        ms(row.load),
        ms(row.loadStatic),
        ratio(row.loadRatio),
      ].join(' | '),
    ).map((line) => `| ${line} |`),
    END,
  ];
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no bench markers (${START} … ${END})`);
  writeFileSync(path, readme.slice(0, start) + lines.join('\n') + readme.slice(end + END.length));
}
