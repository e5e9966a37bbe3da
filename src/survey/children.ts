/**
 * What an author put inside `<mor-survey>` (SPEC §2): question elements, which choose and order
 * the questions, and a `<script type="application/json">` of string overrides. Read when the
 * survey connects and again whenever its children change; from them, the questions asked.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ANSWER_KEYS, QUESTIONS, type QuestionKey } from '../catalogue/questions.js';

const TAGS = QUESTIONS.map((q) => q.tag).join();

export class SurveyChildren implements ReactiveController {
  /** The questions placed, in document order; empty when the author placed none. */
  questions: QuestionKey[] = [];
  /** The text of the JSON strings script, trimmed; empty when there is none. */
  json = '';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #observer = new MutationObserver(() => this.#read());

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The questions asked, in order: those placed, else the default ones; the respondent first
   * unless the `respondent` attribute answers it (SPEC §2, §3.0).
   */
  asked(respondentFixed: boolean): QuestionKey[] {
    const keys: QuestionKey[] = this.questions.length ? this.questions : ANSWER_KEYS;
    const others = keys.filter((key) => key !== 'respondent');
    if (respondentFixed) return others;
    return keys.includes('respondent') ? keys : ['respondent', ...others];
  }

  hostConnected(): void {
    this.#read();
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  #read() {
    const found = [...this.#host.querySelectorAll(TAGS)].map((el) => QUESTIONS.find((q) => q.tag === el.localName)!.key);
    const unique = [...new Set(found)];
    if (unique.join() !== this.questions.join()) this.questions = unique;
    this.json = this.#host.querySelector(':scope > script[type="application/json"]')?.textContent?.trim() ?? '';
    this.#host.requestUpdate();
  }
}
