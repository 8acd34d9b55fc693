import { css } from 'lit';

/**
 * The heat map: squares shaded by colour and by pattern (plain, dotted, hatched), so the shading
 * reads without colour, in greyscale print and in forced colours, where the patterns are drawn in
 * the system's own colours. Markers carry their party's name; the person's is filled, so their view
 * stands out at least as much as anyone's.
 */
export const riskHeatMapStyles = css`
  .section--map {
    max-width: max(960px, 60rem);
  }

  .section--map > :not(.items),
  .item .form-group,
  .views {
    max-width: var(--_max-width);
  }

  .item__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }

  .item__activity {
    margin-bottom: var(--_space);
    font-weight: 700;
  }

  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) / 1.5);
    padding: 0;
    list-style: none;
  }

  .swatch {
    display: inline-block;
    width: 2em;
    height: 1.5em;
    margin-right: calc(var(--_space) / 2);
    vertical-align: middle;
    border: 1px solid var(--_text);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .map-frame {
    margin-bottom: var(--_space);
    overflow-x: auto;
  }

  .map {
    width: 100%;
    min-width: 34em;
    table-layout: fixed;
    border-collapse: separate;
    border-spacing: 3px;
    font-size: var(--_small-font-size);
  }

  .map th {
    padding: calc(var(--_space) / 3);
    font-weight: 700;
    text-align: left;
    vertical-align: bottom;
    overflow-wrap: anywhere;
  }

  .map th[scope='row'] {
    width: 7.5em;
    vertical-align: middle;
  }

  .square {
    position: relative;
    height: max(88px, 5.5rem);
    padding: max(4px, 0.25rem);
    vertical-align: top;
    border: 1px solid var(--_text);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .square--gain {
    background: #e3f0e6;
  }

  .square--balance {
    background: radial-gradient(circle, rgb(11 12 12 / 35%) 1.5px, transparent 2px) 0 0 / 10px 10px, #fff3d1;
  }

  .square--harm {
    background: repeating-linear-gradient(45deg, rgb(11 12 12 / 30%) 0 2px, transparent 2px 9px), #fbe3df;
  }

  .square--drop {
    outline: 4px solid var(--_text);
    outline-offset: -4px;
  }

  .marker {
    position: relative;
    z-index: 1;
    display: inline-flex;
    align-items: center;
    min-height: max(32px, 2rem);
    margin: 2px;
    padding: 2px max(10px, 0.625rem);
    font: inherit;
    font-weight: 700;
    line-height: 1.1;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_text);
    border-radius: 999px;
    touch-action: none;
    cursor: grab;
    forced-color-adjust: auto;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  span.marker {
    cursor: auto;
  }

  .marker--person {
    color: var(--_background);
    background: var(--_text);
  }

  .marker--error {
    border: 4px solid var(--_error);
  }

  .marker[aria-pressed='true'] {
    outline: 3px dashed var(--_text);
    outline-offset: 2px;
  }

  .marker:focus-visible,
  .target:focus-visible {
    outline: 3px solid transparent;
    color: var(--_focus-text);
    background: var(--_focus);
    box-shadow: 0 0 0 4px var(--_focus-text);
  }

  .target {
    position: absolute;
    inset: 0;
    width: 100%;
    padding: max(4px, 0.25rem);
    text-align: end;
    vertical-align: bottom;
    font: inherit;
    color: var(--_link);
    text-decoration: underline;
    background: rgb(255 255 255 / 55%);
    border: 2px dashed var(--_link);
    cursor: pointer;
    forced-color-adjust: auto;
  }

  .tray {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-bottom: var(--_space);
  }

  .tray__label {
    font-weight: 700;
  }

  .views {
    margin-bottom: var(--_space);
    padding: calc(var(--_space) / 1.5) var(--_space);
    background: var(--_background);
    border-left: 5px solid var(--_border);
  }

  .views--differ {
    border-left: 10px solid var(--_text);
  }

  .views p + p,
  .views__list {
    margin-top: calc(var(--_space) / 3);
  }

  .views__title {
    font-weight: 700;
  }

  .views__list {
    padding-left: 1.25em;
  }

  .table-view {
    margin-bottom: var(--_space);
  }

  .party-view {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
    margin-bottom: calc(var(--_space) / 1.5);
    padding-bottom: calc(var(--_space) / 3);
    border-bottom: 1px solid var(--_border);
  }

  .party-view .legend {
    width: 100%;
  }

  .party-view .form-group {
    margin-bottom: calc(var(--_space) / 1.5);
  }

  @media (forced-colors: active) {
    /* Backgrounds are dropped in forced colours: the squares draw their patterns in system colours instead. */
    .square,
    .swatch {
      forced-color-adjust: none;
      color: CanvasText;
      background-color: Canvas;
      border-color: CanvasText;
    }

    .square--balance {
      background-image: radial-gradient(circle, CanvasText 1.5px, transparent 2px);
    }

    .square--harm {
      background-image: repeating-linear-gradient(45deg, CanvasText 0 2px, transparent 2px 9px);
    }

    .marker--person {
      border-width: 4px;
    }

    .views--differ,
    .marker--error {
      border-color: CanvasText;
    }
  }

  @media print {
    .item {
      background: none;
      border-left-width: 2px;
      break-inside: avoid;
    }

    .map-frame {
      overflow: visible;
    }

    .map {
      min-width: 0;
    }
  }
`;
