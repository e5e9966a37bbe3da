/** One row per response, one column per answer; cells that look like formulas are escaped. */
import { stringify } from 'csv-stringify/sync';
import type { SurveyResponse } from '../../src/schema/index.js';

const COLUMNS: [string, (r: SurveyResponse) => unknown][] = [
  ['id', (r) => r.id],
  ['survey', (r) => r.survey],
  ['submittedAt', (r) => r.submittedAt],
  ['locale', (r) => r.locale],
  ['respondent', (r) => r.respondent],
  ['frequency', (r) => r.answers.frequency],
  ['health', (r) => r.answers.health],
  ['change', (r) => r.answers.change],
  ['lastInteraction.workedWell', (r) => r.answers.lastInteraction?.workedWell],
  ['lastInteraction.didNotWorkWell', (r) => r.answers.lastInteraction?.didNotWorkWell],
  ['lastInteraction.toImprove', (r) => r.answers.lastInteraction?.toImprove],
  ['issues.experienced', (r) => r.answers.issues?.experienced],
  ['issues.reported', (r) => (r.answers.issues?.experienced === 'yes' ? r.answers.issues.reported : undefined)],
  ['issues.details', (r) => (r.answers.issues?.experienced === 'yes' ? r.answers.issues.details : undefined)],
  ['reporting', (r) => r.answers.reporting],
];

export function toCsv(responses: SurveyResponse[]): string {
  const rows = responses.map((response) => COLUMNS.map(([, get]) => get(response) ?? ''));
  return stringify([COLUMNS.map(([name]) => name), ...rows], { escape_formulas: true });
}
