// <mor-survey> in React 19 and Vue 3 without wrappers: properties set, mor-submitted heard,
// and the response posted to the real test endpoint.
import { expect } from '@open-wc/testing';
import type { ReactElement } from 'react';
import { createApp, h, ref } from 'vue/dist/vue.esm-browser.prod.js';
import '../src/index.js';
import type { MorSubmittedEvent } from '../src/events/events.js';
import type { MorSurvey } from '../src/survey/mor-survey.js';
import { answerRequired, clearStorage, settle, submitButton, findQuestion } from './helpers/survey.js';
import { endpointFor, namespace, received, until } from './helpers/receiver.js';

describe('frameworks without wrappers', () => {
  beforeEach(clearStorage);

  it('React 19: properties, attributes and a mor-submitted handler', async () => {
    // React bundled to an ES module by the test runner (see web-test-runner.config.mjs).
    const { createElement, createRoot, flushSync } = (await import(/* @vite-ignore */ '/__react.js' as string)) as {
      createElement: typeof import('react').createElement;
      createRoot: typeof import('react-dom/client').createRoot;
      flushSync: typeof import('react-dom').flushSync;
    };
    const ns = namespace();
    const host = document.createElement('div');
    document.body.append(host);
    const events: MorSubmittedEvent[] = [];
    const root = createRoot(host);
    flushSync(() =>
      root.render(
        createElement('mor-survey', {
          endpoint: endpointFor(ns),
          'survey-id': 'react-round',
          draft: 'off',
          respondent: 'member',
          strings: { submit: 'Send from React' },
          'onmor-submitted': (event: MorSubmittedEvent) => events.push(event),
        }) as ReactElement,
      ),
    );
    const survey = host.querySelector('mor-survey') as MorSurvey;
    await settle(survey);
    expect(survey.strings).to.deep.equal({ submit: 'Send from React' });
    expect(submitButton(survey).textContent!.trim()).to.equal('Send from React');
    expect(findQuestion(survey, 'mor-respondent')).to.equal(null);
    await answerRequired(survey, { respondent: false });
    submitButton(survey).click();
    await until(() => events.length === 1, 'mor-submitted in React');
    expect(events[0]!.detail.response.survey).to.equal('react-round');
    expect((await received(ns)).responses).to.deep.equal([events[0]!.detail.response]);
    root.unmount();
    host.remove();
  });

  it('Vue 3: properties, attributes and a mor-submitted listener', async () => {
    const ns = namespace();
    const host = document.createElement('div');
    document.body.append(host);
    const submitted = ref<MorSubmittedEvent | undefined>(undefined);
    const app = createApp({
      render: () =>
        h('mor-survey', {
          endpoint: endpointFor(ns),
          'survey-id': 'vue-round',
          draft: 'off',
          respondent: 'officer',
          '.strings': { submit: 'Send from Vue' },
          'onMor-submitted': (event: MorSubmittedEvent) => (submitted.value = event),
        }),
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('mor-');
    app.mount(host);
    const survey = host.querySelector('mor-survey') as MorSurvey;
    await settle(survey);
    expect(submitButton(survey).textContent!.trim()).to.equal('Send from Vue');
    await answerRequired(survey, { respondent: false });
    submitButton(survey).click();
    await until(() => submitted.value, 'mor-submitted in Vue');
    expect(submitted.value!.detail.response.survey).to.equal('vue-round');
    expect((await received(ns)).responses).to.have.length(1);
    app.unmount();
    host.remove();
  });
});
