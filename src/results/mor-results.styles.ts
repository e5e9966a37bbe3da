/**
 * The look of `<mor-results>`, over the shared tokens (`src/styles/tokens.ts`; none of the
 * survey's form controls): GOV.UK-like tables, bar and point charts whose colours come from
 * classes (strict CSP: no style attributes), printing for committee papers (A4, 20 mm margins:
 * a 170 mm text column; the page size is the host page's to set), and forced colours. Chart
 * colours (SPEC §13: 3:1 for chart marks) each have at least 3:1 against the white gaps
 * between segments and the page; labels on them are white or black, whichever gives 4.5:1.
 */
import { css } from '../styles/css.js';

export const resultsStyles = css`
  .results {
    max-width: var(--mor-results-max-width, 48rem);
    container-type: inline-size;
    overflow-wrap: anywhere;
  }
  .heading {
    margin: 0 0 var(--_space);
    font-size: 1.5em;
    line-height: 1.25;
  }
  .section-title,
  .question-title {
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) * 0.5);
    font-size: 1.1875em;
    line-height: 1.3;
  }
  .group-title {
    margin: var(--_space) 0 0.25rem;
    font-size: 1em;
  }
  .error {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 5px solid var(--_error);
  }
  .actions {
    margin: 0 0 var(--_space);
  }
  .download {
    display: inline-block;
    padding: 0.25rem 0;
    font-weight: 700;
  }
  .hint,
  .produced {
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_secondary);
  }
  .notice {
    margin: 0;
    color: var(--_secondary);
    font-size: 0.875em;
  }
  .check {
    font-weight: 700;
  }
  .item {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .key li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    flex: none;
  }
  .row-group {
    margin: 0.5rem 0 0.125rem;
    font-weight: 700;
    font-size: 0.875em;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-items: center;
    gap: 0.125rem;
    margin: 0 0 0.375rem;
  }
  @container (min-width: 30rem) {
    .row {
      grid-template-columns: 7rem minmax(0, 1fr);
      gap: 0.75rem;
    }
  }
  @container (max-width: 30rem) {
    .bar .segment-label {
      font-size: 0.6875em;
    }
  }
  .row-label {
    color: var(--_secondary);
    font-size: 0.875em;
  }
  .bar,
  .axis {
    display: block;
    overflow: visible;
  }
  .segment {
    stroke: var(--_background);
    stroke-width: 2px;
  }
  .c1 { fill: var(--mor-chart-1, #12436d); }
  .c2 { fill: var(--mor-chart-2, #28a197); }
  .c3 { fill: var(--mor-chart-3, #801650); }
  .c4 { fill: var(--mor-chart-4, #f46a25); }
  .c5 { fill: var(--mor-chart-5, #3d3d3d); }
  .neg2 { fill: var(--mor-chart-negative-strong, #a23e0e); }
  .neg1 { fill: var(--mor-chart-negative, #e0762d); }
  .neutral { fill: var(--mor-chart-neutral, #707070); }
  .pos1 { fill: var(--mor-chart-positive, #4a8fc2); }
  .pos2 { fill: var(--mor-chart-positive-strong, #12436d); }
  .aside { fill: var(--mor-chart-aside, #a285d1); }
  .segment-label {
    font-size: 0.8125em;
    font-weight: 700;
    fill: #ffffff;
  }
  .on-c2,
  .on-c4,
  .on-neg1,
  .on-pos1,
  .on-aside {
    fill: #0b0c0c;
  }
  .zero {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .tick,
  .lane-label {
    font-size: 0.75em;
    fill: var(--_secondary);
  }
  .lane-label {
    fill: var(--_text);
  }
  .grid {
    stroke: #b1b4b6;
  }
  .trend-items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    column-gap: calc(var(--_space) * 1.5);
  }
  .rounds {
    display: flex;
    padding-left: 10%;
    color: var(--_secondary);
    font-size: 0.75em;
    text-align: center;
    line-height: 1.2;
  }
  .rounds span {
    flex: 1 1 0;
    min-width: 0;
    overflow-wrap: normal;
  }
  /* Many rounds: each chart the full width, and on a narrow screen every other round named. */
  .many {
    grid-template-columns: 1fr;
  }
  @container (max-width: 40rem) {
    .many .rounds span:nth-last-child(even) {
      visibility: hidden;
    }
  }
  /* A group's marks in its colour (all respondents: the text's). */
  .marker,
  .interval-bar {
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 2px;
  }
  .member {
    color: var(--mor-chart-1, #12436d);
  }
  .officer {
    color: var(--mor-chart-3, #801650);
  }
  .table-wrap {
    /* Positioned, so the visually hidden words in cells scroll with the table instead of
       widening the page at 320 px. */
    position: relative;
    margin: var(--_space) 0;
    overflow-x: auto;
  }
  .scrolls {
    display: none;
    margin: 0 0 0.25rem;
    color: var(--_secondary);
    font-size: 0.875em;
  }
  /* Where a table may be wider than the results. */
  @container (max-width: 40rem) {
    .scrolls {
      display: block;
    }
  }
  /* Every other tick at most, so their labels never run together. */
  @container (max-width: 28rem) {
    .tick.minor {
      display: none;
    }
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    overflow-wrap: normal;
  }
  caption {
    /* As wide as the results, not the table: a table that scrolls keeps its title in view. */
    max-width: 100cqi;
    padding: 0 0 0.5rem;
    text-align: left;
    font-weight: 700;
  }
  th,
  td {
    padding: 0.375rem 0.5rem 0.375rem 0;
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid #b1b4b6;
  }
  thead th {
    border-bottom: 2px solid var(--_border);
  }
  /* The answers' column of a question's table (the tables with column groups). */
  colgroup ~ tbody th {
    min-width: 8rem;
  }
  .share,
  .n,
  .interval {
    white-space: nowrap;
  }
  td.notice {
    padding-left: 0.5rem;
    border-left: 4px solid #b1b4b6;
  }
  /* A notice down a whole column of a question's table. */
  td[rowspan] {
    min-width: 6rem;
    max-width: 10rem;
  }
  .share {
    font-weight: 700;
  }
  .interval {
    display: block;
    color: var(--_secondary);
    font-size: 0.875em;
  }
  .change-list {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .change-list li {
    display: grid;
    grid-template-columns: 1.5rem minmax(0, 1fr);
    margin: 0 0 0.5rem;
  }
  .change-list .significant {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .segment {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .c2,
    .c4,
    .neg1,
    .pos1,
    .aside {
      fill: CanvasText;
    }
    .segment-label,
    .tick,
    .lane-label {
      fill: CanvasText;
    }
    .grid,
    .zero {
      stroke: CanvasText;
    }
    .on-c2,
    .on-c4,
    .on-neg1,
    .on-pos1,
    .on-aside {
      fill: Canvas;
    }
    .error {
      border-color: CanvasText;
    }
  }
  @media print {
    .actions {
      display: none;
    }
    .results {
      max-width: none;
      font-size: 0.875em;
    }
    th,
    td {
      padding: 0.25rem 0.375rem 0.25rem 0;
    }
    /* The tables fit the text column: they wrap instead of scrolling. */
    .table-wrap {
      overflow: visible;
    }
    .scrolls {
      display: none;
    }
    /* The notice down a hidden column narrower, so the figures' cells keep to a line. */
    colgroup ~ tbody th,
    td[rowspan] {
      min-width: 0;
    }
    td[rowspan] {
      max-width: 5rem;
    }
    .share,
    .n,
    .interval {
      white-space: normal;
    }
    /* Questions flow one after another; a chart and its table stay together, with their heading. */
    .item,
    .trend-item,
    .lead,
    .overview table,
    .comments,
    .change-list li,
    tr {
      break-inside: avoid;
    }
    /* Only headings of one line: a longer block would be split before the break is moved. */
    .section-title,
    .lead {
      break-after: avoid;
    }
    * {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;
