import { LitElement, html, nothing } from 'lit';
import { ContextProvider } from '@lit/context';
import { question, type AnswerKey, type FieldId, type QuestionKey } from '../catalogue/questions.js';
import { surveyContext, type SurveyContext } from '../context/survey-context.js';
import { emit } from '../events/events.js';
import type { StringOverrides, TextKey, Translator, Vars } from '../i18n/strings.js';
import { afterNextPaint } from '../internal/after-paint.js';
import { onceEach } from '../internal/once.js';
import type { Answers } from '../payload/answers.js';
import { buildResponse } from '../payload/build-response.js';
import * as compiled from '../schema/compiled.js';
import type { SurveyResponse } from '../schema/response.js';
import { isValid } from '../schema/shape.js';
import type { Respondent } from '../schema/values.js';
import type { DraftMode } from '../storage/draft-store.js';
import { safeLinkUrl } from '../submit/endpoint-policy.js';
import type { Transport } from '../submit/transport.js';
import { CountAnnouncer } from '../questions/count-announcer.js';
import { viewOf } from '../questions/elements.js';
import type { QuestionElement } from '../questions/question-element.js';
import { focusField, type QuestionScope } from '../questions/view.js';
import { formControlStyles } from '../styles/form-controls.js';
import { tokenStyles } from '../styles/tokens.js';
import { validateAnswers, type FieldError } from '../validation/validate-answers.js';
import { SurveyChildren } from './children.js';
import { DEFAULT_TIMEOUT, configProblem, fixedRespondent, sendOptions } from './config.js';
import { SurveyDraft } from './draft.js';
import { renderErrorSummary } from './error-summary.js';
import { focusAfterUpdate } from './focus.js';
import { heading, headingLevel } from '../internal/heading.js';
import { codeFromAddress, invitationCode } from './invitation.js';
import { surveyStyles } from './mor-survey.styles.js';
import { renderConfigError, renderStatus } from './status-panels.js';
import { Submission, type Notice } from './submission.js';
import { SurveyTexts } from './texts.js';

/**
 * @tagname mor-survey
 * @attr lang - `en` or `cy` (regional tags count as their language); else the nearest ancestor's `lang`, else English.
 * @summary The whole Member–Officer relationship survey: questions, validation, sending, and
 * the confirmation. With no question children it asks the default questions of SPEC §3.
 *
 * @slot - Question elements (`<mor-frequency>`, `<mor-health>` …) to choose and order the
 *   questions. A `<script type="application/json">` child may hold `strings` overrides.
 *
 * @event mor-answer - An answer changed. `detail: { question, value, answers }`.
 * @event mor-invalid - A submit found errors. `detail: { errors: [{ question, message }] }`.
 * @event mor-submit - Valid and about to send; cancelable. `detail: { response }`.
 * @event mor-submitted - The endpoint accepted the response. `detail: { response, status }`.
 * @event mor-error - Sending failed. `detail: { response, kind, status?, queued, message? }`.
 *
 * @csspart survey - The outer container.
 * @csspart heading - The title from the `heading` attribute.
 * @csspart form - The form holding the questions and buttons.
 * @csspart intro - The statement that the survey is anonymous, before the first question.
 * @csspart privacy-link - "How we use your answers", the link to `privacy-url`.
 * @csspart error-summary - The "There is a problem" box.
 * @csspart error-summary-title - Its title.
 * @csspart error-summary-link - A link to one error.
 * @csspart status - The polite status region (sending, sent, not sent yet, not accepted).
 * @csspart panel - A message box inside the status region or the set-up error.
 * @csspart panel-title - A message box's title.
 * @csspart confirmation - The "Thank you" box.
 * @csspart config-error - The "not set up correctly" box.
 * @csspart queued - The "not sent yet" box.
 * @csspart rejected - The "could not be accepted" box.
 * @csspart actions - The row of buttons.
 * @csspart submit-button - The Submit button.
 * @csspart clear-button - The "Clear my answers" button.
 * @csspart retry-button - The "Try again now" button.
 * @csspart question - A question's group. The default questions are drawn in the survey's own
 *   shadow root, so this and the parts below style them; style author-placed questions with
 *   `mor-frequency::part(…)` and so on.
 * @csspart legend - A question's text.
 * @csspart hint - A hint under a question or text area (the advice not to include names).
 * @csspart options - A question's list of options.
 * @csspart option - One option (radio and label).
 * @csspart radio - A radio input.
 * @csspart option-label - An option's label.
 * @csspart conditional - The follow-up questions revealed after Yes.
 * @csspart field - A text area with its label and count.
 * @csspart label - A text area's label.
 * @csspart textarea - A text area.
 * @csspart count - The visible character count.
 * @csspart error-message - An error shown beside a question.
 * @csspart report-link - The "Find out how to report an issue" link.
 *
 * @cssprop --mor-font-family - Font of all text (default: inherited from the page).
 * @cssprop --mor-font-size - Base font size (default: 1rem).
 * @cssprop --mor-text-colour - Text colour (default: #0b0c0c).
 * @cssprop --mor-secondary-text-colour - Hints and counts (default: #484949).
 * @cssprop --mor-background - Background of text areas and panels (default: #ffffff).
 * @cssprop --mor-error-colour - Errors (default: #d4351c).
 * @cssprop --mor-focus-colour - The 3 px focus outline (default: #0b0c0c).
 * @cssprop --mor-focus-halo-colour - The halo inside the outline (default: #ffdd00).
 * @cssprop --mor-link-colour - Links (default: #1d70b8).
 * @cssprop --mor-border-colour - Text area borders (default: #0b0c0c).
 * @cssprop --mor-accent-colour - Checked radios (default: #1d70b8).
 * @cssprop --mor-button-colour - Submit button (default: #00703c).
 * @cssprop --mor-button-text-colour - Submit button text (default: #ffffff).
 * @cssprop --mor-secondary-button-colour - "Clear my answers" and "Try again now" (default: #f3f2f1).
 * @cssprop --mor-secondary-button-text-colour - Their text (default: #0b0c0c).
 * @cssprop --mor-success-colour - Confirmation box (default: #00703c).
 * @cssprop --mor-space - Base spacing unit (default: 1rem).
 * @cssprop --mor-radius - Corner radius of boxes and buttons (default: 0).
 * @cssprop --mor-max-width - Widest the survey grows (default: 40rem).
 */
export class MorSurvey extends LitElement {
  static override styles = [tokenStyles, formControlStyles, surveyStyles];
  // Declared without decorators: their compiled helpers would add 1 KB+ to the editors' bundle.
  static override properties = {
    endpoint: { reflect: true },
    surveyId: { attribute: 'survey-id', reflect: true },
    respondent: { reflect: true },
    invitation: { reflect: true },
    reportUrl: { attribute: 'report-url', reflect: true },
    privacyUrl: { attribute: 'privacy-url', reflect: true },
    heading: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    draft: { reflect: true },
    timeout: { type: Number, reflect: true },
    credentials: { reflect: true },
    strings: { attribute: false },
    transport: { attribute: false },
    _answers: { state: true, attribute: false },
    errors: { state: true, attribute: false },
  };

  /** URL the response is POSTed to (SPEC §5, §8). */
  declare endpoint: string | undefined;
  /** The round, e.g. `2026-spring`: `[A-Za-z0-9._-]{1,64}`. */
  declare surveyId: string;
  /** `member` or `officer`; when absent the survey asks. */
  declare respondent: Respondent | undefined;
  /**
   * An invitation code (SPEC §15), sent as `Mor-Invitation`; its group (`M-` / `O-`) answers
   * "Member or Officer?". When absent, a code in the page's address (`?code=`) is taken.
   */
  declare invitation: string | undefined;
  /** `en` or `cy`, else the nearest ancestor's. The native `lang`, reflected; not a Lit property. */
  declare lang: string;
  /** A page that explains how to report an issue (http/https only). */
  declare reportUrl: string | undefined;
  /** The council's privacy notice for this survey (http/https only), linked from the intro. */
  declare privacyUrl: string | undefined;
  /** A title shown above the questions, as text. */
  declare heading: string | undefined;
  /** Level of every heading the survey renders, 2–6. */
  declare headingLevel: number;
  /** Where unfinished answers are kept: `session`, `local` or `off`. */
  declare draft: DraftMode;
  /** Milliseconds before a POST is given up as a network failure. */
  declare timeout: number;
  /** Fetch credentials mode: `omit`, `same-origin` or `include`. */
  declare credentials: RequestCredentials;
  /** Partial overrides of any text (SPEC §9), merged over the language's own. */
  declare strings: StringOverrides | undefined;
  /** Replaces the built-in POST: resolve (optionally `{ status }`) when accepted; reject to retry. */
  declare transport: Transport | undefined;

  declare private _answers: Answers;
  declare private errors: FieldError[];

  readonly #once = onceEach();
  readonly #children = new SurveyChildren(this);
  readonly #texts = new SurveyTexts(this, this.#children, this.#once);
  // Saved answers come back only into an empty form: what was just given wins.
  readonly #draft = new SurveyDraft(this, ({ answers, invitation }) => {
    const code = this.#code;
    // Answers given under another invitation are someone else's (a shared device): left out.
    if (invitation && code && invitation !== code) return;
    // A stored code never stands in for an attribute that is set but is not a code: the survey
    // then goes on without one, as documented.
    if (invitation && !this.invitation) this.invitation = invitation;
    if (Object.keys(this._answers).length === 0) this._answers = answers;
  });
  // Sent: the draft goes. Waiting in the outbox: the answers go, the invitation stays.
  readonly #submission = new Submission(this, (outcome) => {
    this.errors = [];
    this.#draft.clear(outcome === 'queued' ? this.#code : undefined);
  });
  readonly #provider = new ContextProvider(this, { context: surveyContext, initialValue: undefined });
  /** Counts announced for the text areas the survey draws itself. */
  readonly #announcer = new CountAnnouncer(this);
  #submittedOnce = false;
  /** Reading the draft and the outbox, one frame after the first paint (see connectedCallback). */
  #storageRead: Promise<void> | undefined;
  /** A missing endpoint is shown as a set-up error once a submit found it. */
  #missingShown = false;
  /** Texts and placeholders for this update; set in willUpdate. */
  #current!: { strings: Translator; vars: Vars };

  constructor() {
    super();
    this.surveyId = 'default';
    this.headingLevel = 2;
    this.draft = 'session';
    this.timeout = DEFAULT_TIMEOUT;
    this.credentials = 'same-origin';
    this._answers = {};
    this.errors = [];
  }

  /** The answers given so far (a copy). */
  get answers(): Answers {
    return structuredClone(this._answers);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#storageRead) return;
    // An invitation link's code is taken at once, so the first render knows the respondent.
    const fromAddress = codeFromAddress(this.#once);
    this.invitation ||= fromAddress;
    // Questions first; saved answers, a waiting response and retries a frame later.
    this.#storageRead = afterNextPaint().then(() => {
      this.#draft.open();
      // Kept at once: the address no longer holds it, and a reload must not lose it.
      const invitation = this.#code;
      if (invitation) this.#draft.save({ answers: this._answers, invitation });
      this.#submission.resume();
    });
  }

  /** Waits for the saved answers and any waiting response too, so tests and hosts see them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#storageRead;
    return super.getUpdateComplete();
  }

  // ---- derived state -----------------------------------------------------------------

  /** The invitation code in its written form, when there is a valid one. */
  get #code(): string | undefined {
    return invitationCode(this.invitation, this.#once);
  }

  get #fixedRespondent(): Respondent | undefined {
    return fixedRespondent(this.respondent, this.#code, this.#once);
  }

  get #asked(): QuestionKey[] {
    return this.#children.asked(this.#fixedRespondent !== undefined);
  }

  get #configProblem() {
    return configProblem(this.surveyId, this.endpoint, this.transport);
  }

  /** The texts and placeholders for the language, overrides and respondent as they are now. */
  #textsNow(): { strings: Translator; vars: Vars } {
    const strings = this.#texts.translator;
    return { strings, vars: this.#texts.vars(strings, this.#fixedRespondent ?? this._answers.respondent) };
  }

  #messageFor(field: FieldId, { strings, vars } = this.#current): string {
    return strings.t(`error.${field}` as TextKey, vars);
  }

  protected override willUpdate(): void {
    this.#current = this.#textsNow();
    this.#provider.setValue(this.#contextValue());
  }

  protected override updated(): void {
    const problem = this.#configProblem;
    if (problem && !problem.missing) this.#once(`config:${problem.reason}`, () => this.#reportConfig(problem.reason));
  }

  #reportConfig(reason: string) {
    console.error(`mor-survey: this survey is not set up correctly: ${reason}.`);
  }

  #contextValue(): SurveyContext {
    const errors: SurveyContext['errors'] = {};
    for (const { field } of this.errors) errors[field] = this.#messageFor(field);
    return {
      answers: this._answers,
      errors,
      respondentFixed: this.#fixedRespondent !== undefined,
      ...this.#current,
      reportUrl: safeLinkUrl(this.reportUrl, location.href),
      setAnswer: (question, value) => this.#setAnswer(question, value),
    };
  }

  #setAnswer<K extends QuestionKey>(question: K, value: Answers[K]) {
    this._answers = { ...this._answers, [question]: value };
    this.#draft.save({ answers: this._answers, invitation: this.#code });
    const { phase, notice } = this.#submission;
    if (notice?.kind === 'cleared') this.#submission.set(phase);
    if (this.#submittedOnce) {
      // Live validation: the changed question's errors are checked again; others shown stay.
      const shown = new Set(this.errors.map((error) => error.field));
      this.errors = validateAnswers(this._answers, this.#asked).filter((error) => error.question === question || shown.has(error.field));
    }
    emit(this, 'mor-answer', { question, value: structuredClone(value), answers: this.answers });
  }

  // ---- public methods -----------------------------------------------------------------

  /** Shows errors as a submit would; returns true when the answers are valid. */
  validate(): boolean {
    this.#submittedOnce = true;
    this.errors = validateAnswers(this._answers, this.#asked);
    if (this.errors.length === 0) return true;
    const current = this.#textsNow();
    emit(this, 'mor-invalid', {
      errors: this.errors.map(({ question, field }) => ({ question, message: this.#messageFor(field, current) })),
    });
    void focusAfterUpdate(this, '.error-summary');
    return false;
  }

  /** Clears answers, errors and the draft. A response already sent or queued is unaffected. */
  reset(): void {
    this.#clear();
  }

  #clear(notice?: Notice) {
    this._answers = {};
    this.errors = [];
    this.#submittedOnce = false;
    this.#draft.clear(this.#code);
    this.#submission.reset(notice);
  }

  /** Validates and sends, as pressing Submit does. */
  async submit(): Promise<void> {
    if (this.#submission.phase !== 'form') return;
    this.#submission.set('form');
    if (!this.validate()) return;
    const candidate = buildResponse(this._answers, this.#asked.filter((q): q is AnswerKey => q !== 'respondent'), {
      id: crypto.randomUUID(),
      survey: this.surveyId,
      submittedAt: new Date().toISOString(),
      locale: this.#texts.locale,
      respondent: this.#fixedRespondent,
    });
    const valid = isValid(compiled.response, candidate);
    const problem = this.#configProblem;
    if (problem || !valid) {
      const reason = problem?.reason ?? 'the response did not match the schema';
      this.#reportConfig(reason);
      this.#missingShown = true;
      this.requestUpdate();
      emit(this, 'mor-error', { response: valid ? (candidate as SurveyResponse) : undefined, kind: 'config', queued: false, message: reason });
      void focusAfterUpdate(this, '.config-error');
      return;
    }
    const response = candidate as SurveyResponse;
    if (!emit(this, 'mor-submit', { response }, { cancelable: true })) return;
    // With draft="off" a response with a code waits in memory only: the code and the answers are never stored together.
    const invitation = this.#code;
    await this.#submission.send(response, { ...sendOptions(this), invitation }, this.#draft.kept || !invitation);
  }

  /** Sends a waiting response now ("Try again now"). */
  retry(): Promise<void> {
    return this.#submission.retry();
  }

  async #followError(error: FieldError) {
    // The survey's own questions first; then one an author placed.
    if (focusField(this.renderRoot, error.field)) return;
    await this.querySelector<QuestionElement>(question(error.question).tag)?.focusField(error.field);
  }

  override render() {
    const { strings } = this.#current;
    const level = headingLevel(this.headingLevel);
    const { phase, notice, answering } = this.#submission;
    const problem = this.#configProblem;
    return html`
      <div class="survey" part="survey" lang=${strings.locale}>
        ${this.heading ? heading(level, this.heading, 'heading') : nothing}
        ${problem && (!problem.missing || this.#missingShown) ? renderConfigError(strings, level) : nothing}
        ${answering
          ? renderErrorSummary({
              errors: this.errors,
              title: strings.t('summary.title'),
              level,
              messageFor: (error) => this.#messageFor(error.field),
              onFollow: (error) => void this.#followError(error),
            })
          : nothing}
        <div role="status" class="status" part="status">
          ${renderStatus({ phase, notice, strings, level, onRetry: () => void this.retry() })}
        </div>
        ${answering ? this.#renderForm() : nothing}
      </div>
    `;
  }

  #renderForm({ strings, vars } = this.#current) {
    const placed = this.#children.questions;
    const privacy = safeLinkUrl(this.privacyUrl, location.href);
    const scope: QuestionScope = { survey: this.#provider.value!, announcer: this.#announcer };
    return html`
      <form novalidate part="form" @submit=${(event: Event) => {
        event.preventDefault();
        void this.submit();
      }}>
        <p class="intro" part="intro">
          ${strings.t('intro.anonymous', vars)}
          ${this.#code ? html`<span>${strings.t('intro.invitation', vars)}</span>` : nothing}
          ${privacy ? html`<a href=${privacy} part="privacy-link">${strings.t('intro.privacy', vars)}</a>` : nothing}
        </p>
        ${placed.length
          ? html`${placed.includes('respondent') ? nothing : viewOf('respondent')(scope)}<slot></slot>`
          : this.#asked.map((key) => viewOf(key)(scope))}
        <div class="actions" part="actions">
          <button type="submit" class="button" part="submit-button" aria-disabled=${this.#submission.phase === 'sending' ? 'true' : 'false'}>
            ${strings.t('submit')}
          </button>
          <button type="button" class="button secondary" part="clear-button" @click=${() => this.#clear({ kind: 'cleared' })}>
            ${strings.t('clear')}
          </button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mor-survey': MorSurvey;
  }
}
