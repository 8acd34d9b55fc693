import { html } from 'lit';
import { discloseCount } from '../../aggregate/disclose.js';
import type { DisclosedCount, OutcomesReport } from '../../aggregate/report.js';
import { msg, str } from '../../core/locale.js';
import { count } from './outcomes-report.words.js';

/**
 * What could not be counted, or was counted with a doubt: records left out, closures with no
 * outcome capture, and answers that disagree. Kinds, issues and reasons only, never anyone's words.
 */
export function renderChecks(report: OutcomesReport<DisclosedCount>, invalid: number) {
  const shown = (n: number) => count(report.disclosed ? discloseCount(n) : n);
  const missing = report.unlinked.filter((closure) => closure.reason === 'missing').length;
  return html`<section class="checks" part="checks" aria-labelledby="checks-title">
    <h3 class="heading-s" id="checks-title">${msg('Records to check', { id: 'or.checks.title' })}</h3>
    <ul class="list">
      <li>${msg(str`Left out as unreadable: ${shown(invalid)}`, { id: 'or.checks.invalid' })}</li>
      <li>${msg(str`Ended with no outcome record to link to: ${shown(report.unlinked.length)}`, { id: 'or.checks.unlinked' })}</li>
      <li>${msg(str`Asked about outcomes, answered differently at the start and the end: ${shown(report.conflicts.length)}`, { id: 'or.checks.conflicts' })}</li>
    </ul>
    <details class="details">
      <summary id="checks-why">${msg('Why records were left out or not linked', { id: 'or.checks.why' })}</summary>
      <table class="table" aria-labelledby="checks-why">
        <thead>
          <tr>
            <th scope="col">${msg('Kind of record', { id: 'or.checks.kind' })}</th>
            <th scope="col">${msg('First problem found', { id: 'or.checks.issue' })}</th>
            <th scope="col">${msg('Count', { id: 'or.checks.count' })}</th>
          </tr>
        </thead>
        <tbody>
          ${report.invalid.map(
            (group) => html`<tr>
              <td>${group.kind ?? msg('None given', { id: 'or.checks.no-kind' })}</td>
              <td>${group.issue}</td>
              <td class="number">${count(group.count)}</td>
            </tr>`,
          )}
          <tr>
            <td>msp.review-close</td>
            <td>${msg('Its outcome record is missing', { id: 'or.checks.missing' })}</td>
            <td class="number">${shown(missing)}</td>
          </tr>
          <tr>
            <td>msp.review-close</td>
            <td>${msg('Its outcome record is unreadable', { id: 'or.checks.unreadable' })}</td>
            <td class="number">${shown(report.unlinked.length - missing)}</td>
          </tr>
        </tbody>
      </table>
    </details>
  </section>`;
}
