import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, notAnswered } from '../../core/common-messages.js';
import { msg, str } from '../../core/locale.js';
import { CHART_COLUMNS, PROFILE_SECTIONS } from '../../schemas/one-page-profile.js';
import type { Fit } from './one-page-profile.fit.js';
import type { WorkingOnePageProfile } from './one-page-profile.state.js';
import { columnLabel, lastUpdatedLabel, listTitle, profileTitle, seenByLabel, writtenWithLabel } from './one-page-profile.words.js';

export interface ProfilePage {
  /** Laid out as one A4 page: printing, or previewing print. */
  sheet: boolean;
  /** Drawn as a sheet of paper on screen, for the print preview. */
  paper: boolean;
  fit: Fit;
  photo: TemplateResult | typeof nothing;
}

/**
 * The profile as people read it: the view mode, the read-only view, and what prints. Every word
 * is shown, as text, never as HTML; nothing is clipped and there are no controls.
 */
export function renderProfile(record: WorkingOnePageProfile, page: ProfilePage) {
  const chart = record.communication ?? [];
  const profile = html`<article class=${page.sheet ? 'profile sheet' : 'profile'} part="profile" aria-labelledby="profile-name">
    <header class="profile__header">
      ${page.photo}
      <div>
        <p class="secondary-text">${profileTitle()}</p>
        <h2 class="profile__name words" id="profile-name">${record.name || notAnswered()}</h2>
      </div>
    </header>
    <div class="profile__sections">
      ${PROFILE_SECTIONS.map(
        (section) => html`<section class="profile__box" data-fit-part=${section} aria-labelledby=${`${section}-title`}>
          <h3 class="profile__box-title" id=${`${section}-title`}>${listTitle(section)}</h3>
          ${record[section].length
            ? html`<ul class="profile__list">
                ${record[section].map((statement) => html`<li class="words">${statement.text}</li>`)}
              </ul>`
            : html`<p class="hint">${notAnswered()}</p>`}
        </section>`,
      )}
    </div>
    ${chart.length
      ? html`<section class="profile__chart" data-fit-part="communication" aria-labelledby="communication-title">
          <h3 class="profile__box-title" id="communication-title">${listTitle('communication')}</h3>
          <table class="chart">
            <thead>
              <tr>
                ${CHART_COLUMNS.map((column) => html`<th scope="col">${columnLabel(column)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${chart.map(
                (row) => html`<tr>
                  ${CHART_COLUMNS.map((column) => html`<td class="words" data-label=${columnLabel(column)}>${row[column]}</td>`)}
                </tr>`,
              )}
            </tbody>
          </table>
        </section>`
      : nothing}
    <footer class="profile__about">
      <dl>
        ${record.helpedBy ? about(writtenWithLabel(), record.helpedBy) : nothing}
        ${about(seenByLabel(), record.sharedWith || notAnswered())}
        ${about(lastUpdatedLabel(), formatDate(record.recordedAt.slice(0, 10)))}
      </dl>
      ${page.sheet ? fitNote(page.fit) : nothing}
    </footer>
  </article>`;
  // The preview keeps the page's width on a narrow screen, and scrolls sideways there, as a page would.
  return page.paper
    ? html`<div class="preview" tabindex="0" role="region" aria-label=${msg('Print preview', { id: 'opp.preview' })}>
        <div class="paper">${profile}</div>
      </div>`
    : profile;
}

/**
 * A label and its value, on one line. The space after the colon is part of the label's own text:
 * white space between the tags would be taken out by the minifier of the published bundle.
 */
const about = (term: string, words: string) => html`<div><dt>${`${term}: `}</dt><dd class="words">${words}</dd></div>`;

/**
 * Says where the text was made smaller to fit the page, or that it does not fit. On the sheet it
 * always takes the room of two lines, so what it says never changes what fits.
 */
function fitNote(fit: Fit) {
  const note = fit.overflows
    ? msg('This profile is too long for one page, even with smaller text. It will print on more than one page.', {
        id: 'opp.fit.overflows',
      })
    : fit.shrunk.length
      ? msg(str`To fit on one page, the text is smaller in: ${fit.shrunk.map(listTitle).join('; ')}.`, { id: 'opp.fit.shrunk' })
      : '';
  return html`<p class="profile__fit">${note}</p>`;
}
