import { css } from 'lit';

/**
 * The form's lists and photo; the profile as a readable page; and the profile as one A4 sheet,
 * laid out in physical units (mm, pt) so it measures the same on screen and in print. The sheet's
 * parts take smaller text with `data-fit="1"` to `"4"` (see one-page-profile.fit.ts).
 */
export const onePageProfileStyles = css`
  :host {
    --_accent-1: var(--msp-profile-accent-1, #1d70b8);
    --_accent-2: var(--msp-profile-accent-2, #00703c);
    --_accent-3: var(--msp-profile-accent-3, #f47738);
  }

  /* ——— the form ——— */

  .items {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }

  .item {
    margin-bottom: var(--_space);
    padding: var(--_space);
    background: var(--_panel);
    border-left: 5px solid var(--_border);
  }

  .item .form-group {
    margin-bottom: calc(var(--_space) / 1.5);
  }

  .item__actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 1.5) calc(var(--_space) * 1.5);
  }

  .link-button[aria-disabled='true'] {
    color: var(--_disabled-text);
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .link-button[aria-disabled='true'] {
      color: GrayText;
    }
  }

  /* A row's four boxes two by two where there is room, one under another where there is not. */
  .chart-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 0 var(--_space);
  }

  .file {
    max-width: 100%;
    padding: max(5px, 0.3125rem) 0;
    font: inherit;
  }

  .file:focus {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 7px var(--_input-border);
  }

  .photo-edit .photo {
    margin-bottom: var(--_space);
  }

  .photo {
    display: block;
    width: max(128px, 8rem);
    max-width: 100%;
    height: auto;
    object-fit: contain;
    border: 1px solid var(--_border);
  }

  /* A photo that is not shown: the words that describe it, in its place. */
  .photo--words {
    margin: 0;
    padding: calc(var(--_space) / 3);
  }

  .sheet .photo.photo--words {
    height: auto;
    font-size: 10pt;
  }

  /* ——— the profile, to read ——— */

  .profile {
    max-width: max(960px, 60rem);
  }

  .profile__header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 1.5);
  }

  .profile__name {
    font-size: var(--_heading-l-size);
    line-height: 1.1;
  }

  .profile__sections {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(256px, 16rem)), 1fr));
    gap: var(--_space);
  }

  .profile__box,
  .profile__chart {
    --_accent: var(--_accent-1);
    padding: var(--_space);
    background: var(--_panel);
    border-top: 5px solid var(--_accent);
  }

  .profile__box:nth-child(2) {
    --_accent: var(--_accent-2);
  }

  .profile__box:nth-child(3) {
    --_accent: var(--_accent-3);
  }

  .profile__chart {
    --_accent: var(--_border);
    margin-top: var(--_space);
  }

  /* In em, so a title shrinks with its part's text on the printed page. */
  .profile__box-title {
    margin-bottom: 0.5em;
    font-size: 1.1em;
    font-weight: 700;
  }

  .profile__list {
    margin: 0;
    padding-left: 1.25em;
  }

  .profile__list li + li {
    margin-top: 0.4em;
  }

  .chart {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }

  .chart th,
  .chart td {
    padding: 0.3em 0.5em 0.3em 0;
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }

  /* On a narrow screen each row of the chart stands alone, each box with its column's name. */
  @media (max-width: 40.0525em) {
    .profile:not(.sheet) .chart :is(thead, tr, td) {
      display: block;
    }

    .profile:not(.sheet) .chart thead {
      display: none;
    }

    .profile:not(.sheet) .chart td::before {
      content: attr(data-label) ': ';
      font-weight: 700;
    }
  }

  .profile__about {
    margin-top: calc(var(--_space) * 1.5);
  }

  .profile__about dt {
    display: inline;
    font-weight: 700;
  }

  .profile__about dd {
    display: inline;
    margin: 0;
  }

  .profile__fit {
    min-height: 2.6em;
    margin-top: 0.5em;
    font-size: 9pt;
    font-style: italic;
  }

  /* ——— the profile as one A4 sheet: print, and its preview ——— */

  .preview {
    overflow-x: auto;
    margin-bottom: var(--_space);
  }

  .paper {
    width: 210mm;
    min-height: 297mm;
    padding: 13.5mm 12mm;
    background: #fff;
    border: 1px solid var(--_border);
  }

  .sheet {
    width: 186mm;
    max-width: none;
    font-size: 14pt;
    line-height: 1.3;
  }

  .sheet .profile__header {
    flex-wrap: nowrap;
  }

  .sheet .photo {
    width: 30mm;
    height: 30mm;
  }

  .sheet .profile__name {
    font-size: 22pt;
  }

  .sheet .profile__sections {
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 4mm;
  }

  .sheet .profile__box,
  .sheet .profile__chart {
    padding: 3mm;
    background: none;
    border: 0.3mm solid var(--_border);
    border-top: 2mm solid var(--_accent);
  }

  .sheet .profile__about {
    margin-top: 4mm;
    font-size: 10pt;
  }

  .sheet [data-fit='1'] {
    font-size: 12pt;
  }

  .sheet [data-fit='2'] {
    font-size: 10.5pt;
  }

  .sheet [data-fit='3'] {
    font-size: 9pt;
  }

  .sheet [data-fit='4'] {
    font-size: 8pt;
  }

  /* Printing never draws the paper around the sheet; only its colour changes. */
  @media print {
    .sheet {
      max-width: 100%;
      color: #000;
      break-inside: avoid;
    }
  }
`;
