import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { CLOSED_ITEMS } from '../analysis/items.js';
import { isSummary } from '../analysis/is-summary.js';
import { isSuppressed, type Summary } from '../analysis/summary.js';
import { tokenStyles } from '../styles/tokens.js';
import { heading, headingLevel } from '../internal/heading.js';
import { InheritedLangController } from '../internal/inherited-lang.js';
import { resolveLocale } from '../i18n/locale.js';
import { csvFileName, summaryCsv } from './csv.js';
import { DownloadLink } from './download.js';
import { SummaryLoader } from './load.js';
import { resultsStyles } from './mor-results.styles.js';
import { ResultsTexts } from './texts.js';
import { renderChanges } from './views/changes.js';
import { renderComments } from './views/comments.js';
import type { Context } from './views/context.js';
import { renderOverview } from './views/overview.js';
import { renderQuestion } from './views/question.js';
import { renderTrend, trendMeasures } from './views/trend.js';
import { day, roundTitle } from './rounds.js';

/**
 * @tagname mor-results
 * @summary The committee's results (SPEC §13), as a committee paper: the rounds by name and
 * date and how they were answered, the key changes in words, the headline figures over time,
 * a chart and a table for each question, comment counts, and a CSV download. Groups too small
 * to show are hidden by the summary itself (`mor-survey/analysis`), before it reaches the page.
 * It leaves the printed page's size to its page (`@page { size: A4; margin: 20mm; }`).
 *
 * @csspart results - The outer container.
 * @csspart heading - The title from the `heading` attribute.
 * @csspart status - The polite status region (loading, and why results could not be shown).
 * @csspart error - The box saying why the results could not be shown.
 * @csspart produced - When the paper was produced.
 * @csspart download - The "Download this summary (CSV)" link.
 * @csspart overview - The responses section.
 * @csspart changes - The key changes section.
 * @csspart trend - The "Over time" section.
 * @csspart section-title - The heading of each section.
 * @csspart group-title - A group's heading among the key changes, and a measure's over time.
 * @csspart question - A question's section (heading, chart and table); never split across printed pages.
 * @csspart question-title - A question's text, as its heading.
 * @csspart chart - A question's chart, and a measure's over time.
 * @csspart key - A chart's key, above it (over time, one key above the measures' charts).
 * @csspart bar - One bar of a chart (an SVG).
 * @csspart segment - One answer's part of a bar.
 * @csspart table-wrap - The scrollable region around a table.
 * @csspart table - A data table.
 * @csspart notice - "Fewer than 10 responses: not shown to protect anonymity" and the like.
 * @csspart comments - The comment counts section.
 * @csspart notes - The "About these figures" section.
 *
 * @cssprop --mor-font-family - Font of all text (default: inherited from the page).
 * @cssprop --mor-font-size - Base font size (default: 1rem).
 * @cssprop --mor-text-colour - Text colour (default: #0b0c0c).
 * @cssprop --mor-secondary-text-colour - Notes, intervals and hints (default: #484949).
 * @cssprop --mor-background - Background, and the gaps between bar segments (default: #ffffff).
 * @cssprop --mor-border-colour - Table rules (default: #0b0c0c).
 * @cssprop --mor-error-colour - The error box (default: #d4351c).
 * @cssprop --mor-focus-colour - The 3 px focus outline (default: #0b0c0c).
 * @cssprop --mor-focus-halo-colour - The halo inside the outline (default: #ffdd00).
 * @cssprop --mor-link-colour - The download link (default: #1d70b8).
 * @cssprop --mor-space - Base spacing unit (default: 1rem).
 * @cssprop --mor-results-max-width - Widest the results grow (default: 48rem).
 * @cssprop --mor-chart-1 - First answer of a stacked bar, and the Members over time (default: #12436d).
 * @cssprop --mor-chart-2 - Second answer of a stacked bar (default: #28a197).
 * @cssprop --mor-chart-3 - Third answer of a stacked bar, and the Officers over time (default: #801650).
 * @cssprop --mor-chart-4 - Fourth answer of a stacked bar (default: #f46a25).
 * @cssprop --mor-chart-5 - Fifth answer of a stacked bar (default: #3d3d3d).
 * @cssprop --mor-chart-negative-strong - Very poor, Become worse (default: #a23e0e).
 * @cssprop --mor-chart-negative - Poor (default: #e0762d).
 * @cssprop --mor-chart-neutral - Neither good nor poor, Stayed the same (default: #707070).
 * @cssprop --mor-chart-positive - Good (default: #4a8fc2).
 * @cssprop --mor-chart-positive-strong - Very good, Improved (default: #12436d).
 * @cssprop --mor-chart-aside - Don't know, drawn apart (default: #a285d1).
 */
export class MorResults extends LitElement {
  static override styles = [tokenStyles, resultsStyles];

  // Declared without decorators, as the survey's are: their helpers cost bytes.
  static override properties = {
    src: { reflect: true },
    summary: { attribute: false },
    lang: {},
    heading: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
  };

  /** URL of a summary (e.g. the receiver's `/api/results?survey=…&compare=…`), fetched with same-origin credentials. */
  declare src: string | undefined;

  /** The summary shown: set it directly, or let `src` load it (then it holds what was loaded). */
  declare summary: Summary | undefined;

  /** `en` or `cy` (regional tags count as their language); else the nearest ancestor's `lang`. */
  declare lang: string;

  /** A title shown above the results, as text. */
  declare heading: string | undefined;

  /** Level of the title, 2–6; sections are one level below it (or at it, without a title). */
  declare headingLevel: number;

  readonly #inherited = new InheritedLangController(this);
  readonly #download = new DownloadLink(this);
  readonly #loader = new SummaryLoader(this, (summary) => {
    this.#loading = true;
    this.summary = summary;
  });
  /** Set while the loader itself sets `summary`, which must not cancel it. */
  #loading = false;
  /** Whether `summary` has the shape of a summary; checked once per summary. */
  #valid = true;

  constructor() {
    super();
    this.lang = '';
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#loader.interrupted && this.src) void this.#loader.load(this.src, this.#locale());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The latest of the two wins: a summary set by hand stops a fetch; a new src fetches.
    if (changed.has('summary')) {
      if (!this.#loading) this.#loader.cancel();
      this.#valid = this.summary === undefined || isSummary(this.summary);
    }
    this.#loading = false;
    if (changed.has('src')) {
      if (this.src) void this.#loader.load(this.src, this.#locale());
      else this.#loader.cancel();
    }
  }

  /**
   * A language the results do not ship shows English, without the survey's console warning: a
   * reporter that warns once costs about 100 B of the bundle's 20 KB.
   */
  #locale = () => resolveLocale(this.lang, this.#inherited);

  override render() {
    const texts = new ResultsTexts(this.#locale());
    const level = headingLevel(this.headingLevel);
    const state = this.#loader.state;
    const summary = state.kind === 'idle' && this.summary !== undefined ? this.summary : undefined;
    const valid = summary === undefined || this.#valid;
    return html`<div class="results" part="results" lang=${texts.locale}>
      ${this.heading ? heading(level, this.heading, 'heading') : nothing}
      <div role="status" class="status" part="status">
        ${state.kind === 'loading' ? html`<p>${texts.t('loading')}</p>` : nothing}
        ${state.kind === 'failed' || !valid
          ? html`<div class="error" part="error">
              ${heading(this.heading ? headingLevel(level + 1) : level, texts.t('error.title'), 'section-title')}
              <p>${state.kind === 'failed' ? (state.reason === 'status' && state.detail) || texts.t(`error.${state.reason}`, state.reason === 'status' ? { status: state.status } : {}) : texts.t('error.shape')}</p>
            </div>`
          : nothing}
      </div>
      ${summary && valid ? this.#renderSummary(summary, texts, this.heading ? headingLevel(level + 1) : level) : nothing}
    </div>`;
  }

  #renderSummary(summary: Summary, texts: ResultsTexts, level: number) {
    const min = summary.minGroup;
    const details = (id: string) => summary.rounds[id] ?? summary.trendRounds?.find((round) => round.survey === id);
    const context: Context = {
      texts,
      rounds: summary.compare ? [summary.survey, summary.compare] : [summary.survey],
      name: (id) => roundTitle(id, details(id), texts),
      level,
      notice: (group, round) =>
        round && !isSuppressed(summary.rounds[round]?.groups[group]) ? texts.t('suppressed.item') : texts.t(group === 'all' ? 'suppressed' : 'suppressed.pair', { min }),
    };
    const csv = this.#download.url(summary, texts.locale, () => summaryCsv(summary, context));
    // Tables are numbered in reading order: the responses, the trend's, the questions', the comments'.
    const first = 2 + trendMeasures(summary).length;
    return html`
      <p class="produced" part="produced">${texts.t('produced', { date: day(new Date(), texts) })}</p>
      <p class="actions"><a class="download" part="download" href=${csv} download=${csvFileName(summary)}>${texts.t('download')}</a></p>
      ${renderOverview(summary, context)} ${renderChanges(summary, context)} ${renderTrend(summary, context, 2)}
      ${CLOSED_ITEMS.map((item, i) => renderQuestion(item, summary, context, first + i))}
      ${renderComments(summary, context, first + CLOSED_ITEMS.length)}
      <section class="notes" part="notes">
        ${heading(level, texts.t('notes.title'), 'section-title')}
        <ul>
          ${(['notes.shares', 'notes.intervals', 'notes.suppression', 'notes.changes'] as const).map(
            (key) => html`<li>${texts.t(key, { min })}</li>`,
          )}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-results': MorResults;
  }
}
