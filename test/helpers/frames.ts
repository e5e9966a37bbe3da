/** Opens pages with a survey in an iframe: test/fixtures/survey-page.html (another page on the same origin), or the receiver's hosted page. */
import type { MorSurvey } from '../../src/survey/mor-survey.js';
import { settle } from './survey.js';
import { until } from './receiver.js';

/** `more` is added to the page's address as it is (e.g. `&draft=session&code=M-…#top`). */
export async function openPage(endpoint: string, survey = 'test-round', more = '') {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/survey-page.html?endpoint=${encodeURIComponent(endpoint)}&survey=${survey}${more}`;
  frame.style.width = '800px';
  frame.style.height = '600px';
  document.body.append(frame);
  const el = await until(() => frame.contentDocument?.querySelector('mor-survey') as MorSurvey | null, 'survey in frame');
  await until(() => el.shadowRoot?.querySelector('.survey'), 'survey rendered in frame');
  await settle(el);
  return { frame, survey: el, close: () => frame.remove() };
}

/** The receiver's hosted survey page at `path` in a frame, once its survey has rendered. */
export async function openHosted(path: string) {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.width = '800';
  frame.height = '900';
  document.body.append(frame);
  const survey = await until(() => frame.contentDocument?.querySelector('mor-survey') as MorSurvey | null, 'hosted survey');
  await until(() => survey.shadowRoot?.querySelector('form'), 'hosted survey rendered');
  await settle(survey);
  return { frame, survey };
}
