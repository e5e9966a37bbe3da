/**
 * A round's or an invitation's refusal as problem details (SPEC §15): its own `type`, and a
 * `detail` in the response's language that the survey shows the respondent. Nothing of the code
 * is ever put in an answer.
 */
import { problem } from '../http/problem.js';
import type { RoundRefusal } from './admission.js';
import type { Round } from './file.js';
import { ROUND_TEXTS, type Lang } from './texts.js';

const TITLES: Record<RoundRefusal, string> = {
  'round-upcoming': 'Round not open yet',
  'round-closed': 'Round closed',
  'invitation-missing': 'Invitation needed',
  'invitation-unknown': 'Invitation not recognised',
  'invitation-used': 'Invitation already used',
  'invitation-group': 'Invitation for the other group',
};

export function refusal(kind: RoundRefusal, round: Round, respondent: 'member' | 'officer', locale: string): Response {
  const texts = ROUND_TEXTS[(locale === 'cy' ? 'cy' : 'en') satisfies Lang];
  const detail =
    kind === 'round-upcoming'
      ? texts.upcoming(round)
      : kind === 'round-closed'
        ? texts.closed(round)
        : kind === 'invitation-group'
          ? // The code's group, which the response's is not.
            texts['invitation-group'](respondent === 'member' ? 'officer' : 'member')
          : texts[kind];
  const status = kind === 'invitation-group' ? 422 : 403;
  return problem(status, TITLES[kind], detail, { extra: { type: `urn:mor-survey:${kind}` } });
}
