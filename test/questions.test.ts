// What every question element must do, run for each (as Shoelace's runFormControlBaseTests):
// a group named by its question, a required error with aria-invalid, focus(), focusField() and
// reset through the survey.
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import type { MorSurvey } from '../src/survey/mor-survey.js';
import { clearStorage, deepActive, settle, submitButton } from './helpers/survey.js';

const QUESTIONS: [tag: string, required: boolean][] = [
  ['mor-respondent', true],
  ['mor-frequency', true],
  ['mor-health', true],
  ['mor-change', true],
  ['mor-last-interaction', false],
  ['mor-issues', true],
  ['mor-reporting', true],
];

for (const [tag, required] of QUESTIONS) {
  describe(`<${tag}>`, () => {
    beforeEach(clearStorage);

    async function place(): Promise<[MorSurvey, HTMLElement & { focusField(field?: string): Promise<boolean> }]> {
      const survey = await fixture<MorSurvey>(
        staticHtml`<mor-survey endpoint="/x" draft="off"><${unsafeStatic(tag)}></${unsafeStatic(tag)}></mor-survey>`,
      );
      await settle(survey);
      return [survey, survey.querySelector(tag)!];
    }

    it('is a group named by its question text', async () => {
      const [, question] = await place();
      const fieldset = question.shadowRoot!.querySelector('fieldset')!;
      expect(fieldset.querySelector(':scope > legend')!.textContent!.trim()).to.match(/\w{4,}/);
      for (const control of question.shadowRoot!.querySelectorAll('input, textarea')) {
        expect(control.id, 'every control is labelled').to.not.equal('');
        expect(question.shadowRoot!.querySelector(`label[for="${control.id}"]`), control.id).to.not.equal(null);
      }
    });

    it(required ? 'shows its required error and aria-invalid on submit' : 'is optional', async () => {
      const [survey, question] = await place();
      submitButton(survey).click();
      await settle(survey);
      const message = question.shadowRoot!.querySelector('.error-message');
      if (!required) {
        expect(message).to.equal(null);
        return;
      }
      expect(message!.textContent).to.match(/Error:\s+Select/);
      const first = question.shadowRoot!.querySelector('input')!;
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      const described = question.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')!;
      expect(described.split(' ')).to.include(message!.id);
    });

    it('focus() and focusField() move focus to its first control', async () => {
      const [, question] = await place();
      const first = question.shadowRoot!.querySelector<HTMLElement>('input, textarea')!;
      question.focus();
      expect(deepActive()).to.equal(first);
      first.blur();
      expect(await question.focusField()).to.equal(true);
      expect(deepActive()).to.equal(first);
    });

    it('is cleared by the survey’s reset()', async () => {
      const [survey, question] = await place();
      const control = question.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
      if (control instanceof HTMLInputElement) control.click();
      else {
        control.value = 'Some text';
        control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      await settle(survey);
      expect(Object.keys(survey.answers)).to.have.length(1);
      survey.reset();
      await settle(survey);
      expect(survey.answers).to.deep.equal({});
      const after = question.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
      expect(after instanceof HTMLInputElement ? after.checked : after.value).to.equal(after instanceof HTMLInputElement ? false : '');
    });

    it('renders nothing, with a warning, outside a survey', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const alone = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
        await alone.updateComplete;
        expect(alone.shadowRoot!.querySelector('fieldset')).to.equal(null);
        expect(warnings.join()).to.contain(`<${tag}> must be placed inside <mor-survey>`);
      } finally {
        console.warn = warn;
      }
    });
  });
}
