import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { surveyContext, type SurveyContext } from '../context/survey-context.js';
import { emit } from '../events/events.js';
import { matchLocale } from '../i18n/locale.js';
import { afterNextPaint } from '../internal/after-paint.js';
import { sanitizeOverrides, Translator, type StringOverrides, type TextKey, type Vars } from '../i18n/strings.js';
import type { Answers, QuestionKey } from '../payload/answers.js';
import { buildResponse } from '../payload/build-response.js';
import {
  ANSWER_KEYS,
  MAX_TEXT_LENGTH,
  RESPONDENTS,
  SURVEY_ID_PATTERN,
  type Locale,
  type Respondent,
} from '../schema/values.js';
import type { SurveyResponse } from '../schema/response.js';
import * as compiled from '../schema/compiled.js';
import { isValid } from '../schema/shape.js';
import { DraftStore, type DraftMode } from '../storage/draft-store.js';
import { webStorage } from '../storage/web-storage.js';
import { checkEndpoint, safeLinkUrl } from '../submit/endpoint-policy.js';
import type { SendOutcome } from '../submit/outcome.js';
import { outboxRunner } from '../submit/outbox-runner.js';
import type { Transport } from '../submit/transport.js';
import { sharedStyles } from '../styles/shared.js';
import { validateAnswers, type FieldError, type FieldId } from '../validation/validate-answers.js';
import { renderErrorSummary } from './error-summary.js';
import { heading, headingLevel } from './heading.js';
import { InheritedLangController } from './inherited-lang.js';
import { renderConfigError, renderStatus, type Notice, type Phase } from './status-panels.js';
import { surveyStyles } from './mor-survey.styles.js';
import { QUESTION_TAGS, QUESTION_VIEWS } from './questions.js';
import { CountAnnouncer } from '../questions/text-area.js';
import { focusField, type QuestionScope } from '../questions/view.js';
import type { QuestionElement } from '../questions/question-element.js';

const DRAFT_MODES: readonly DraftMode[] = ['session', 'local', 'off'];
const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];
const DEFAULT_TIMEOUT = 15_000;

/**
 * @tagname mor-survey
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
 * @csspart error-summary - The "There is a problem" box.
 * @csspart error-summary-title - Its title.
 * @csspart error-summary-link - A link to one error.
 * @csspart status - The polite status region (sending, sent, not sent yet, not accepted).
 * @csspart panel - A message box inside the status region or the set-up error.
 * @csspart panel-title - A message box's title.
 * @csspart confirmation - The "Thank you" box.
 * @csspart config-error - The "not set up correctly" box.
 * @csspart actions - The row of buttons.
 * @csspart submit-button - The Submit button.
 * @csspart clear-button - The "Clear my answers" button.
 * @csspart retry-button - The "Try again now" button.
 * @csspart question - A question's group. The default questions are drawn in the survey's own
 *   shadow root, so this and the parts below style them; style author-placed questions with
 *   `mor-frequency::part(…)` and so on.
 * @csspart legend - A question's text.
 * @csspart hint - A hint under a question.
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
  static override styles = [sharedStyles, surveyStyles];

  // Declared without decorators: their compiled helpers would add 1 KB+ to the editors' bundle.
  static override properties = {
    endpoint: { reflect: true },
    surveyId: { attribute: 'survey-id', reflect: true },
    respondent: { reflect: true },
    lang: {},
    reportUrl: { attribute: 'report-url', reflect: true },
    heading: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    draft: { reflect: true },
    timeout: { type: Number, reflect: true },
    credentials: { reflect: true },
    strings: { attribute: false },
    transport: { attribute: false },
    _answers: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    showConfigError: { state: true, attribute: false },
    authorQuestions: { state: true, attribute: false },
  };

  /** URL the response is POSTed to (SPEC §5, §8). */
  declare endpoint: string | undefined;

  /** The round, e.g. `2026-spring`: `[A-Za-z0-9._-]{1,64}`. */
  declare surveyId: string;

  /** `member` or `officer`; when absent the survey asks. */
  declare respondent: Respondent | undefined;

  /** `en` or `cy` (regional tags count as their language); else the nearest ancestor's `lang`. */
  declare lang: string;

  /** A page that explains how to report an issue (http/https only). */
  declare reportUrl: string | undefined;

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

  /**
   * Replaces the built-in `fetch` POST: a function given the response that returns a promise.
   * Resolve (optionally with `{ status }`) when accepted; reject to have it kept and retried.
   */
  declare transport: Transport | undefined;

  declare private _answers: Answers;
  declare private errors: FieldError[];
  declare private phase: Phase;
  declare private notice: Notice;
  declare private showConfigError: boolean;
  declare private authorQuestions: QuestionKey[];

  /** The response being sent or waiting in the outbox. */
  #pending: SurveyResponse | undefined;
  #submittedOnce = false;
  #draftStore: DraftStore | undefined;
  /** Reading the draft and the outbox, one frame after the first paint (see connectedCallback). */
  #storageRead: Promise<void> | undefined;
  #storageReady = false;
  readonly #provider = new ContextProvider(this, { context: surveyContext, initialValue: undefined });
  /** Counts announced for the text areas the survey draws itself. */
  readonly #announcer = new CountAnnouncer(this);
  readonly #observer = new MutationObserver(() => this.#readChildren());
  readonly #inheritedLang = new InheritedLangController(this);
  #stopListening: (() => void) | undefined;
  #reported = new Set<string>();
  #jsonOverrides: StringOverrides = {};
  /** Texts and placeholders for this update; refreshed in willUpdate. */
  #current!: { strings: Translator; vars: Vars };

  constructor() {
    super();
    this.surveyId = 'default';
    this.lang = '';
    this.headingLevel = 2;
    this.draft = 'session';
    this.timeout = DEFAULT_TIMEOUT;
    this.credentials = 'same-origin';
    this._answers = {};
    this.errors = [];
    this.phase = 'form';
    this.showConfigError = false;
    this.authorQuestions = [];
  }

  /** The answers given so far (a copy). */
  get answers(): Answers {
    return structuredClone(this._answers);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildren();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#stopListening = outboxRunner.subscribe((response, outcome) => this.#onOutcome(response, outcome));
    // Questions first; saved answers, a waiting response and retries a frame later.
    this.#storageRead ??= afterNextPaint().then(() => {
      this.#storageReady = true;
      this.#restoreDraft();
      this.#showQueuedFromOutbox();
      outboxRunner.start();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#stopListening?.();
  }

  // ---- configuration -------------------------------------------------------------------

  get #locale(): Locale {
    // The survey's own lang wins; an empty one defers to the nearest ancestor's.
    const tag = matchLocale(this.lang) !== undefined ? this.lang : this.#inheritedLang.value;
    const match = matchLocale(tag);
    if (match === null) this.#once(`lang:${tag}`, () => console.warn(`mor-survey: language "${tag}" is not available; using English.`));
    return match ?? 'en';
  }

  get #fixedRespondent(): Respondent | undefined {
    const value = this.respondent;
    if (value === undefined || value === null) return undefined;
    if ((RESPONDENTS as readonly string[]).includes(value)) return value;
    this.#once(`respondent:${value}`, () =>
      console.warn(`mor-survey: respondent="${value}" is not "member" or "officer"; the survey will ask.`),
    );
    return undefined;
  }

  get #draftMode(): DraftMode {
    return DRAFT_MODES.includes(this.draft) ? this.draft : 'session';
  }

  /** A set-up problem the editor must fix, or undefined. `missing` waits until submit. */
  #configProblem(): { reason: string; missing: boolean } | undefined {
    if (!SURVEY_ID_PATTERN.test(this.surveyId)) {
      return { reason: `survey-id "${this.surveyId}" must be 1–64 of A–Z, a–z, 0–9, ".", "_" or "-"`, missing: false };
    }
    if (this.transport) return undefined;
    const check = checkEndpoint(this.endpoint, location.href);
    return check.ok ? undefined : { reason: check.reason, missing: check.missing };
  }

  #once(key: string, report: () => void) {
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    report();
  }

  /** The questions asked, in order: the respondent first when the attribute is absent. */
  get #asked(): QuestionKey[] {
    const keys: QuestionKey[] = this.authorQuestions.length ? [...this.authorQuestions] : [...ANSWER_KEYS];
    const withoutRespondent = keys.filter((key) => key !== 'respondent');
    if (this.#fixedRespondent) return withoutRespondent;
    return keys.includes('respondent') ? keys : ['respondent', ...withoutRespondent];
  }

  /** Question elements the author placed inside, and a JSON `strings` child. */
  #readChildren() {
    const found = [...this.querySelectorAll<HTMLElement>(Object.keys(QUESTION_TAGS).join(','))].map(
      (element) => QUESTION_TAGS[element.localName]!,
    );
    const unique = [...new Set(found)];
    if (unique.join() !== this.authorQuestions.join()) this.authorQuestions = unique;
    this.#jsonOverrides = this.#readJsonStrings();
    this.requestUpdate();
  }

  /** Overrides for editors who cannot write JavaScript: `<script type="application/json">`. */
  #readJsonStrings(): StringOverrides {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script?.textContent?.trim()) return {};
    try {
      return this.#checkedOverrides(JSON.parse(script.textContent), 'the JSON strings');
    } catch {
      this.#once(`json:${script.textContent}`, () => console.warn('mor-survey: the JSON strings could not be read and were ignored.'));
      return {};
    }
  }

  #checkedOverrides(input: unknown, source: string): StringOverrides {
    const { overrides, refused } = sanitizeOverrides(input);
    if (refused.length) this.#once(`${source}:${refused.join()}`, () => console.warn(`mor-survey: ${source} have unknown keys or wrong types, ignored: ${refused.join(', ')}`));
    return overrides;
  }

  // ---- state shared with the questions --------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Until storage is first read, that read covers these changes too.
    if (this.#storageReady && (changed.has('surveyId') || changed.has('draft'))) this.#restoreDraft();
    if (changed.has('transport') || changed.has('surveyId')) {
      outboxRunner.useTransport(this.surveyId, this.transport);
      if (this.transport && this.#storageReady) void outboxRunner.flush();
    }
    if (this.#storageReady && changed.has('surveyId')) this.#showQueuedFromOutbox();
    const strings = this.#translator;
    this.#current = { strings, vars: this.#vars(strings) };
    const problem = this.#configProblem();
    if (problem && !problem.missing) {
      this.showConfigError = true;
      this.#once(`config:${problem.reason}`, () => console.error(`mor-survey: this survey is not set up correctly: ${problem.reason}.`));
    } else if (!problem) {
      this.showConfigError = false;
    }
    this.#provider.setValue(this.#contextValue());
  }

  #openDraft(): DraftStore {
    const mode = this.#draftMode;
    return (this.#draftStore = new DraftStore(mode === 'off' ? undefined : webStorage(mode), this.surveyId));
  }

  /** The open draft store; an answer or reset before storage is read opens it at once. */
  get #draft(): DraftStore {
    return this.#draftStore ?? this.#openDraft();
  }

  /** Saved answers come back only into an empty form: what was just given wins. */
  #restoreDraft() {
    const restored = this.#openDraft().load();
    if (restored && Object.keys(this._answers).length === 0) this._answers = restored;
  }

  /** Waits for the saved answers and any waiting response too, so tests and hosts see them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#storageRead) return done;
    await this.#storageRead;
    return super.getUpdateComplete();
  }

  /** After a reload, a response still waiting in the outbox is shown as such, not lost. */
  #showQueuedFromOutbox() {
    if (this.phase !== 'form' || this.#pending) return;
    const waiting = outboxRunner.pending().filter((entry) => entry.response.survey === this.surveyId);
    const newest = waiting.at(-1);
    if (newest) {
      this.#pending = newest.response;
      this.phase = 'queued';
    }
  }

  #vars(strings = this.#translator): Vars {
    const who = this.#fixedRespondent ?? this._answers.respondent ?? 'unknown';
    return {
      others: strings.t(`others.${who}`),
      another: strings.t(`another.${who}`),
      withOthers: strings.t(`withOthers.${who}`),
      withAnother: strings.t(`withAnother.${who}`),
      max: MAX_TEXT_LENGTH,
    };
  }

  /** The texts for the current language and overrides; rebuilt only when one of them changes. */
  get #translator(): Translator {
    const locale = this.#locale;
    const jsonOverrides = this.#jsonOverrides;
    const strings = this.strings;
    const cached = this.#translatorFor;
    if (cached?.locale === locale && cached.json === jsonOverrides && cached.js === strings) return cached.translator;
    const overrides = { ...jsonOverrides, ...this.#checkedOverrides(strings ?? {}, 'strings') };
    const translator = new Translator(locale, overrides);
    this.#translatorFor = { locale, json: jsonOverrides, js: strings, translator };
    return translator;
  }
  #translatorFor:
    | { locale: Locale; json: StringOverrides; js: StringOverrides | undefined; translator: Translator }
    | undefined;

  #messageFor(field: FieldId, strings: Translator, vars: Vars): string {
    return strings.t(`error.${field}` as TextKey, vars);
  }

  #contextValue(): SurveyContext {
    const { strings, vars } = this.#current;
    const errors: SurveyContext['errors'] = {};
    for (const { field } of this.errors) errors[field] = this.#messageFor(field, strings, vars);
    return {
      answers: this._answers,
      errors,
      respondentFixed: this.#fixedRespondent !== undefined,
      strings,
      vars,
      reportUrl: safeLinkUrl(this.reportUrl, location.href),
      setAnswer: (question, value) => this.#setAnswer(question, value),
    };
  }

  #setAnswer<K extends QuestionKey>(question: K, value: Answers[K]) {
    this._answers = { ...this._answers, [question]: value };
    this.#draft.save(this._answers);
    if (this.notice?.kind === 'cleared') this.notice = undefined;
    if (this.#submittedOnce) {
      // Live validation: only the changed question's errors are recomputed.
      const others = this.errors.filter((error) => error.question !== question);
      const mine = validateAnswers(this._answers, this.#asked).filter((error) => error.question === question);
      const order = this.#asked;
      this.errors = [...others, ...mine].sort((a, b) => order.indexOf(a.question) - order.indexOf(b.question));
    }
    emit(this, 'mor-answer', { question, value: structuredClone(value), answers: this.answers });
  }

  // ---- public methods -----------------------------------------------------------------

  /** Shows errors as a submit would; returns true when the answers are valid. */
  validate(): boolean {
    this.#submittedOnce = true;
    this.errors = validateAnswers(this._answers, this.#asked);
    if (this.errors.length === 0) return true;
    const strings = this.#translator;
    const vars = this.#vars(strings);
    emit(this, 'mor-invalid', {
      errors: this.errors.map(({ question, field }) => ({ question, message: this.#messageFor(field, strings, vars) })),
    });
    void this.#focusPart('.error-summary');
    return false;
  }

  /** Clears answers, errors and the draft. A response already sent or queued is unaffected. */
  reset(): void {
    this._answers = {};
    this.errors = [];
    this.#submittedOnce = false;
    this.notice = undefined;
    this.#draft.clear();
    if (this.phase === 'sent') {
      this.phase = 'form';
      this.#pending = undefined;
    }
  }

  /** Validates and sends, as pressing Submit does. */
  async submit(): Promise<void> {
    if (this.phase !== 'form') return;
    this.notice = undefined;
    if (!this.validate()) return;
    const candidate = buildResponse(this._answers, this.#asked.filter((q) => q !== 'respondent') as typeof ANSWER_KEYS[number][], {
      id: crypto.randomUUID(),
      survey: this.surveyId,
      submittedAt: new Date().toISOString(),
      locale: this.#locale,
      respondent: this.#fixedRespondent,
    });
    const valid = isValid(compiled.response, candidate);
    const problem = this.#configProblem();
    if (problem || !valid) {
      const reason = problem?.reason ?? 'the response did not match the schema';
      this.showConfigError = true;
      console.error(`mor-survey: this survey is not set up correctly: ${reason}.`);
      emit(this, 'mor-error', { response: valid ? (candidate as SurveyResponse) : undefined, kind: 'config', queued: false, message: reason });
      void this.#focusPart('.config-error');
      return;
    }
    const response = candidate as SurveyResponse;
    if (!emit(this, 'mor-submit', { response }, { cancelable: true })) return;
    this.#pending = response;
    this.phase = 'sending';
    const endpoint = this.transport ? null : checkEndpoint(this.endpoint, location.href);
    outboxRunner.enqueue({
      response,
      endpoint: endpoint?.ok ? endpoint.url : null,
      credentials: CREDENTIALS.includes(this.credentials) ? this.credentials : 'same-origin',
      timeout: Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT,
      attempts: 0,
      notBefore: 0,
    });
    const outcome = await outboxRunner.attempt(response.id, true);
    // Nothing was tried (e.g. another tab holds it): it waits in the outbox like a failure.
    if (!outcome && this.phase === 'sending') this.phase = 'queued';
  }

  /** Sends a waiting response now ("Try again now"). */
  async retry(): Promise<void> {
    if (this.#pending && this.phase === 'queued') await outboxRunner.attempt(this.#pending.id, true);
  }

  #onOutcome(response: SurveyResponse, outcome: SendOutcome) {
    if (response.id !== this.#pending?.id) return;
    const first = this.phase === 'sending';
    if (outcome.kind === 'accepted') {
      this.phase = 'sent';
      this.errors = [];
      this.#draft.clear();
      emit(this, 'mor-submitted', { response, status: outcome.status });
      void this.#focusPart('.confirmation');
    } else if (outcome.kind === 'rejected') {
      this.phase = 'form';
      this.#pending = undefined;
      this.notice = { kind: 'rejected', message: outcome.message };
      emit(this, 'mor-error', {
        response,
        kind: 'rejected',
        status: outcome.status,
        queued: false,
        ...(outcome.message !== undefined && { message: outcome.message }),
      });
      void this.#focusPart('.rejected');
    } else {
      this.phase = 'queued';
      // The answers are safe in the outbox now; a stale draft would invite a second response.
      this.#draft.clear();
      emit(this, 'mor-error', {
        response,
        kind: outcome.kind,
        queued: true,
        ...(outcome.status !== undefined && { status: outcome.status }),
      });
      if (first) void this.#focusPart('.queued');
    }
  }

  async #focusPart(selector: string) {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.setAttribute('tabindex', '-1');
    target.focus();
  }

  async #followError(error: FieldError) {
    // The survey's own questions first; then one an author placed.
    if (focusField(this.renderRoot, error.field)) return;
    const tag = Object.keys(QUESTION_TAGS).find((key) => QUESTION_TAGS[key] === error.question);
    await this.querySelector<QuestionElement>(tag!)?.focusField(error.field);
  }

  #onClear() {
    this.reset();
    this.notice = { kind: 'cleared' };
  }

  // ---- rendering ----------------------------------------------------------------------

  override render() {
    const { strings, vars } = this.#current;
    const level = headingLevel(this.headingLevel);
    return html`
      <div class="survey" part="survey" lang=${strings.locale}>
        ${this.heading ? heading(level, this.heading, 'heading', 'heading title') : nothing}
        ${this.showConfigError ? renderConfigError(strings, level) : nothing}
        ${this.phase === 'form' || this.phase === 'sending'
          ? renderErrorSummary({
              errors: this.errors,
              title: strings.t('summary.title'),
              level,
              messageFor: (error) => this.#messageFor(error.field, strings, vars),
              onFollow: (error) => void this.#followError(error),
            })
          : nothing}
        <div role="status" class="status" part="status">
          ${renderStatus({ phase: this.phase, notice: this.notice, strings, level, onRetry: () => void this.retry() })}
        </div>
        ${this.phase === 'form' || this.phase === 'sending' ? this.#renderForm(strings) : nothing}
      </div>
    `;
  }

  #renderForm(strings: Translator) {
    const authored = this.authorQuestions.length > 0;
    const builtInRespondent = authored && !this.authorQuestions.includes('respondent');
    const scope: QuestionScope = { survey: this.#provider.value!, announcer: this.#announcer };
    return html`
      <form novalidate part="form" @submit=${(event: Event) => {
        event.preventDefault();
        void this.submit();
      }}>
        ${authored
          ? html`${builtInRespondent ? QUESTION_VIEWS.respondent(scope) : nothing}<slot></slot>`
          : Object.values(QUESTION_VIEWS).map((view) => view(scope))}
        <div class="actions" part="actions">
          <button type="submit" class="button" part="submit-button" aria-disabled=${this.phase === 'sending' ? 'true' : 'false'}>
            ${strings.t('submit')}
          </button>
          <button type="button" class="button secondary" part="clear-button" @click=${() => this.#onClear()}>
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
