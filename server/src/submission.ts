/**
 * Reads and checks one `POST /api/responses` (SPEC §12), in this order: JSON content type
 * (415), size (413), JSON (400), the schema (422, naming the fields), `Idempotency-Key` equal to
 * the id when sent (400), the round allowed (403). Stores nothing: `routes/responses.ts` does.
 */
import { parseResponse, type SurveyResponse } from 'mor-survey/schema';
import { readText } from './http/body.js';
import { problem } from './http/problem.js';

export type Submission = { ok: true; response: SurveyResponse; body: string } | { ok: false; answer: Response };

export interface SubmissionRules {
  maxBody: number;
  /** When set, the only rounds accepted. */
  surveys?: ReadonlySet<string>;
}

type Issue = { code: string; path: PropertyKey[]; keys?: string[] };

/** `answers.health`, `email` (an unknown key), `(body)` for the whole body: what a person can fix. */
function fieldsOf(issues: readonly Issue[]): string[] {
  const names = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => [...issue.path, key].join('.'))
      : [issue.path.join('.') || '(body)'],
  );
  return [...new Set(names)];
}

const refuse = (status: number, title: string, detail: string, extra?: Record<string, unknown>): Submission => ({
  ok: false,
  answer: problem(status, title, detail, extra ? { extra } : {}),
});

export async function readSubmission(request: Request, rules: SubmissionRules): Promise<Submission> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return refuse(415, 'Unsupported Media Type', 'Send the response as application/json.');
  }
  const text = await readText(request, rules.maxBody);
  if (text === undefined) return refuse(413, 'Content Too Large', `A response must be at most ${rules.maxBody} bytes.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(400, 'Bad Request', 'The body is not valid JSON.');
  }
  const parsed = parseResponse(value);
  if (!parsed.success) {
    const fields = fieldsOf(parsed.error.issues as readonly Issue[]);
    return refuse(422, 'Invalid response', `These fields are missing or invalid: ${fields.join(', ')}.`, { fields });
  }
  const response = parsed.data;
  const key = request.headers.get('idempotency-key');
  if (key !== null && key !== response.id) {
    return refuse(400, 'Bad Request', 'The Idempotency-Key header must equal the response id.');
  }
  if (rules.surveys && !rules.surveys.has(response.survey)) {
    return refuse(403, 'Forbidden', `This receiver does not collect the round "${response.survey}".`);
  }
  // zod returns the keys in the schema's order, so the same response is always the same text.
  return { ok: true, response, body: JSON.stringify(response) };
}
