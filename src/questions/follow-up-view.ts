/**
 * The view of a question with follow-ups (the `follow-up` kind): radios, and after the option
 * that reveals them, the follow-up questions straight after that option, so they are the next
 * thing read and the next tab stop (GOV.UK conditional reveal).
 */
import { html } from 'lit';
import { question, type FieldId, type QuestionKey, type QuestionOf } from '../catalogue/questions.js';
import type { TextKey } from '../i18n/strings.js';
import { renderChoice } from './radios.js';
import { renderTextArea } from './text-area.js';
import { text, type QuestionView } from './view.js';

type FollowUpKey = { [K in QuestionKey]: QuestionOf<K>['kind'] extends 'follow-up' ? K : never }[QuestionKey];

export function followUpView(key: FollowUpKey): QuestionView {
  const q = question(key);
  const main = `${key}.${q.field}` as FieldId;
  return ({ survey, announcer }) => {
    const given: Record<string, string | undefined> = survey.answers[key] ?? {};
    const change = (patch: Record<string, string>) => survey.setAnswer(key, { ...survey.answers[key], ...patch });
    const prefix = text(survey, 'error.prefix');
    const open = given[q.field] === q.reveals;
    const followUps = open && q.followUps.map((f) => {
      const field = `${key}.${f.key}` as FieldId;
      return f.kind === 'text'
        ? renderTextArea({
            field,
            label: text(survey, field as TextKey),
            value: given[f.key],
            error: survey.errors[field],
            strings: survey.strings,
            announcer,
            hint: text(survey, 'hint.names'),
            onInput: (typed) => change({ [f.key]: typed }),
          })
        : renderChoice({
            field,
            legend: text(survey, `${field}.question` as TextKey),
            error: survey.errors[field],
            errorPrefix: prefix,
            nested: true,
            options: f.options.map((value) => ({ value, label: text(survey, `${field}.option.${value}` as TextKey) })),
            selected: given[f.key],
            onSelect: (value) => change({ [f.key]: value }),
          });
    });
    return renderChoice({
      field: main,
      legend: text(survey, `${key}.question` as TextKey),
      error: survey.errors[main],
      errorPrefix: prefix,
      options: q.options.map((value) => ({
        value,
        label: text(survey, `${key}.option.${value}` as TextKey),
        reveals: value === q.reveals && followUps ? html`${followUps}` : undefined,
      })),
      selected: given[q.field],
      onSelect: (value) => change({ [q.field]: value }),
    });
  };
}
