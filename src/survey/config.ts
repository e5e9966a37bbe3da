/** Checking the survey's set-up (SPEC §8): what the editor must fix before anything is sent. */
import { RESPONDENTS } from '../catalogue/questions.js';
import { respondentOf } from '../invitation/code.js';
import type { Once } from '../internal/once.js';
import { SURVEY_ID_PATTERN, type Respondent } from '../schema/values.js';
import { checkEndpoint } from '../submit/endpoint-policy.js';
import type { OutboxEntry } from '../submit/outbox.js';
import { CREDENTIALS, type Transport } from '../submit/transport.js';

export const DEFAULT_TIMEOUT = 15_000;

export interface ConfigProblem {
  reason: string;
  /** No endpoint at all: shown at submit, not before (an author may set it later). */
  missing: boolean;
}

/** The set-up problem of a survey, or undefined when it can send. */
export function configProblem(surveyId: string, endpoint: string | undefined, transport: Transport | undefined): ConfigProblem | undefined {
  if (!SURVEY_ID_PATTERN.test(surveyId)) {
    return { reason: `survey-id "${surveyId}" must match [A-Za-z0-9._-]{1,64}`, missing: false };
  }
  if (transport) return undefined;
  const check = checkEndpoint(endpoint, location.href);
  return check.ok ? undefined : { reason: check.reason, missing: check.missing };
}

/**
 * The respondent the survey does not ask about: an invitation code's group (SPEC §15), else the
 * `respondent` attribute when it names a group. A `respondent` the code overrules, or one that
 * names no group, is ignored with a warning.
 */
export function fixedRespondent(value: string | undefined | null, code: string | undefined, once: Once): Respondent | undefined {
  const group = respondentOf(code);
  const named = RESPONDENTS.find((respondent) => respondent === value);
  if (value != null && (group ? value !== group : !named)) {
    const why = group ? 'overruled by the invitation code' : 'not "member" or "officer"; the survey will ask';
    once(`respondent:${value}:${group}`, () => console.warn(`mor-survey: respondent="${value}" is ${why}.`));
  }
  return group ?? named;
}

/** How a response is sent: where (null: by the developer's transport), with which credentials, how long to wait. */
export function sendOptions(survey: {
  endpoint: string | undefined;
  transport: Transport | undefined;
  credentials: RequestCredentials;
  timeout: number;
}): Pick<OutboxEntry, 'endpoint' | 'credentials' | 'timeout'> {
  const endpoint = survey.transport ? null : checkEndpoint(survey.endpoint, location.href);
  return {
    endpoint: endpoint?.ok ? endpoint.url : null,
    credentials: CREDENTIALS.includes(survey.credentials) ? survey.credentials : 'same-origin',
    timeout: Number.isFinite(survey.timeout) && survey.timeout > 0 ? survey.timeout : DEFAULT_TIMEOUT,
  };
}
