/**
 * What every question element shares: it reads the survey's state from context, draws its
 * question's view (`view.ts`) into its own shadow root, and can move focus to one of its
 * fields (used by the error summary). Each element says which catalogue question it asks and
 * with which view, as statics, so the survey can draw the same view without the element.
 */
import { LitElement, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { surveyContext, type SurveyContext } from '../context/survey-context.js';
import type { FieldId, QuestionKey } from '../catalogue/questions.js';
import { insideElement } from '../internal/ancestors.js';
import { formControlStyles } from '../styles/form-controls.js';
import { tokenStyles } from '../styles/tokens.js';
import { CountAnnouncer } from './count-announcer.js';
import { focusField, type QuestionView } from './view.js';

export abstract class QuestionElement extends LitElement {
  static override styles = [tokenStyles, formControlStyles];

  // A controller rather than the @consume decorator: decorators cost bytes in the bundle.
  readonly #consumer = new ContextConsumer(this, { context: surveyContext, subscribe: true });

  /** The survey this question belongs to; nothing is rendered outside a `<mor-survey>`. */
  get survey(): SurveyContext | undefined {
    return this.#consumer.value;
  }

  /** The catalogue question the element asks (`src/catalogue/questions.ts`). */
  declare static readonly question: QuestionKey;
  /** How it is drawn, here or in the survey's own shadow root. */
  declare static readonly view: QuestionView;

  /** The question this element asks, as named in events and errors. */
  get question(): QuestionKey {
    return (this.constructor as typeof QuestionElement).question;
  }

  readonly #announcer = new CountAnnouncer(this);

  override render() {
    const survey = this.survey;
    return survey ? (this.constructor as typeof QuestionElement).view({ survey, announcer: this.#announcer }) : nothing;
  }

  /** Scrolls the field's question into view and focuses its first control. */
  async focusField(field?: FieldId): Promise<boolean> {
    await this.updateComplete;
    return focusField(this.renderRoot, field);
  }

  override focus(options?: FocusOptions): void {
    const control = this.renderRoot.querySelector<HTMLElement>('input, textarea');
    if (control) control.focus(options);
    else super.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Text and errors live in the survey; a question alone on a page has nothing to say.
    if (!insideElement(this, 'mor-survey')) console.warn(`mor-survey: <${this.localName}> must be placed inside <mor-survey>.`);
  }
}
