/** Checking the survey's set-up (SPEC §8): what the editor must fix before anything is sent. */
import { SURVEY_ID_PATTERN } from '../schema/values.js';
import { checkEndpoint } from '../submit/endpoint-policy.js';
import type { Transport } from '../submit/transport.js';

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
