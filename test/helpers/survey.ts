/** Builds surveys and answers them the way a respondent would (clicks and typing). */
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import { QUESTIONS, fieldsOf, isRequired } from '../../src/catalogue/questions.js';
import type { MorErrorEvent, MorSubmittedEvent } from '../../src/events/events.js';
import type { MorSurvey } from '../../src/survey/mor-survey.js';

export async function surveyAt(
  endpoint: string,
  attrs: { respondent?: string; surveyId?: string; reportUrl?: string; draft?: string; invitation?: string; lang?: string } = {},
) {
  const el = await fixture<MorSurvey>(html`<mor-survey
    endpoint=${endpoint}
    survey-id=${attrs.surveyId ?? 'test-round'}
    respondent=${ifDefined(attrs.respondent)}
    invitation=${ifDefined(attrs.invitation)}
    lang=${ifDefined(attrs.lang)}
    report-url=${ifDefined(attrs.reportUrl)}
    draft=${attrs.draft ?? 'off'}
  ></mor-survey>`);
  await settle(el);
  return el;
}

/** Waits for the survey and every question element in it to finish rendering. */
export async function settle(survey: MorSurvey): Promise<void> {
  await survey.updateComplete;
  const questions = [...survey.shadowRoot!.querySelectorAll('*'), ...survey.querySelectorAll('*')].filter((e) =>
    e.localName.startsWith('mor-'),
  ) as LitElement[];
  await Promise.all(questions.map((q) => q.updateComplete));
  await survey.updateComplete;
}

/** Each question's outermost field, which its group carries as `data-field`, by tag. */
const TOP_FIELD: Record<string, string> = Object.fromEntries(QUESTIONS.map((q) => [q.tag, q.kind === 'texts' ? q.key : fieldsOf(q)[0]!]));

/**
 * A question's group, or null when it is not shown: inside the element an author placed, else
 * drawn by the survey in its own shadow root (the default questions).
 */
export function findQuestion(survey: MorSurvey, tag: string): HTMLElement | null {
  const root = survey.querySelector(tag)?.shadowRoot ?? survey.shadowRoot!;
  return root.querySelector<HTMLElement>(`.question[data-field="${TOP_FIELD[tag]}"]`);
}

export function questionEl(survey: MorSurvey, tag: string): HTMLElement {
  const el = findQuestion(survey, tag);
  if (!el) throw new Error(`${tag} not found`);
  return el;
}

export function radio(survey: MorSurvey, tag: string, name: string, value: string): HTMLInputElement {
  const input = questionEl(survey, tag).querySelector<HTMLInputElement>(
    `input[type=radio][name="${name}"][value="${value}"]`,
  );
  if (!input) throw new Error(`radio ${name}=${value} not found in ${tag}`);
  return input;
}

export async function choose(survey: MorSurvey, tag: string, name: string, value: string) {
  radio(survey, tag, name, value).click();
  await settle(survey);
}

export function textArea(survey: MorSurvey, tag: string, id: string): HTMLTextAreaElement {
  const el = questionEl(survey, tag).querySelector<HTMLTextAreaElement>(`textarea#${id}`);
  if (!el) throw new Error(`textarea ${id} not found in ${tag}`);
  return el;
}

export async function type(survey: MorSurvey, tag: string, id: string, text: string) {
  const el = textArea(survey, tag, id);
  el.value = text;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settle(survey);
}

/** What `answerRequired` chooses: the SPEC §5 example's answers, but No to issues (no follow-ups). */
const GIVEN: Record<string, string> = { respondent: 'officer', frequency: 'weekly', health: '4', change: 'improved', issues: 'no', reporting: 'yes' };

/** Answers every required default question validly (a question added later: its first option). */
export async function answerRequired(survey: MorSurvey, { respondent = true } = {}) {
  for (const q of QUESTIONS) {
    if (!isRequired(q) || q.kind === 'texts' || (q.key === 'respondent' && !respondent)) continue;
    const field = fieldsOf(q)[0]!;
    await choose(survey, q.tag, field.replace('.', '-'), GIVEN[q.key] ?? String(q.options[0]));
  }
}

export function submitButton(survey: MorSurvey): HTMLButtonElement {
  return survey.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
}

/** The visible text of an element and its shadow content, whitespace folded. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const el = n as Element;
    if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
    if (el.localName === 'style' || el.localName === 'script') return;
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function clearStorage() {
  localStorage.clear();
  sessionStorage.clear();
}

/** Clicks Submit and resolves with the `mor-submitted` that follows. */
export async function submitted(survey: MorSurvey): Promise<MorSubmittedEvent> {
  const event = oneEvent(survey, 'mor-submitted') as Promise<MorSubmittedEvent>;
  submitButton(survey).click();
  return event;
}

/** The outbox's entries in this origin's localStorage. */
export const outboxKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('mor-survey:outbox:'));

/** Clicks Submit and resolves with the `mor-error` that follows. */
export async function failed(survey: MorSurvey): Promise<MorErrorEvent> {
  const event = oneEvent(survey, 'mor-error') as Promise<MorErrorEvent>;
  submitButton(survey).click();
  return event;
}
