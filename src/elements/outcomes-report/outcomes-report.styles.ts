import { css } from 'lit';

/**
 * The report: each table beside its chart, the caveat as an inset that prints, and a print layout
 * for Board papers on A4 (the page's own `@page` rule sets the size) with no table broken across pages. The charts use two shades and an
 * outline, so this period and the year before read apart in greyscale; in forced colours they are
 * drawn in the system's text colour, filled and outlined.
 */
export const outcomesReportStyles = css`
  .report {
    max-width: max(960px, 60rem);
  }

  .headline {
    font-size: var(--_heading-s-size);
    font-weight: 700;
    margin-bottom: var(--_space);
  }

  .caveat {
    border-left: 5px solid var(--_border);
    padding: calc(var(--_space) / 2) var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }

  .period,
  .downloads,
  .checks {
    margin-bottom: calc(var(--_space) * 1.5);
  }

  .period__dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }

  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .table-block {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
    break-inside: avoid;
  }

  .table {
    border-collapse: collapse;
    flex: 1 1 24rem;
  }

  .caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: calc(var(--_space) / 2);
  }

  .table th,
  .table td {
    text-align: left;
    vertical-align: top;
    padding: calc(var(--_space) / 3) var(--_space) calc(var(--_space) / 3) 0;
    border-bottom: 1px solid var(--_border);
  }

  .table-block thead th {
    text-align: right;
  }

  .table th[scope='row'] {
    font-weight: 400;
  }

  .table .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .chart {
    flex: 0 0 auto;
  }

  .bar--now {
    fill: var(--_text);
  }

  .bar--before {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1;
  }

  .quotes {
    margin: 0 0 calc(var(--_space) * 2);
  }

  .quote {
    margin: 0 0 var(--_space);
    border-left: 5px solid var(--_border);
    padding-left: var(--_space);
  }

  .quote blockquote {
    margin: 0;
    white-space: pre-wrap;
  }

  @media (forced-colors: active) {
    .bar--now {
      fill: CanvasText;
    }

    .bar--before {
      fill: Canvas;
      stroke: CanvasText;
    }
  }

  @media print {
    .report {
      max-width: none;
    }

    .table-block,
    .quote,
    .checks {
      break-inside: avoid;
    }
  }
`;
