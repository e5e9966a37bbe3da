/**
 * What every question element shares: it reads the survey's state from context, draws its
 * question's view (`view.ts`) into its own shadow root, and can move focus to one of its
 * fields (used by the error summary).
 */
import { LitElement, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { surveyContext, type SurveyContext } from '../context/survey-context.js';
import type { QuestionKey } from '../payload/answers.js';
import type { FieldId } from '../validation/validate-answers.js';
import { sharedStyles } from '../styles/shared.js';
import { CountAnnouncer } from './text-area.js';
import { focusField, type QuestionView } from './view.js';

export abstract class QuestionElement extends LitElement {
  static override styles = [sharedStyles];

  // A controller rather than the @consume decorator: decorators cost bytes in the bundle.
  readonly #consumer = new ContextConsumer(this, { context: surveyContext, subscribe: true });

  /** The survey this question belongs to; nothing is rendered outside a `<mor-survey>`. */
  get survey(): SurveyContext | undefined {
    return this.#consumer.value;
  }

  /** The answer key this element asks, as named in events and errors. */
  abstract readonly question: QuestionKey;

  protected abstract readonly view: QuestionView;
  readonly #announcer = new CountAnnouncer(this);

  override render() {
    const survey = this.survey;
    return survey ? this.view({ survey, announcer: this.#announcer }) : nothing;
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
    if (!insideSurvey(this)) console.warn(`mor-survey: <${this.localName}> must be placed inside <mor-survey>.`);
  }
}

/** True when `element` is inside a `<mor-survey>`, directly or through shadow roots. */
function insideSurvey(element: Element): boolean {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'mor-survey') return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}
