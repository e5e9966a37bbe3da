/**
 * What the summary counts, read from the question catalogue (`src/catalogue/questions.ts`):
 * the closed questions (every choice or rating question but the respondent, a follow-up
 * question's own field and its choice follow-ups) and the free-text fields (text questions'
 * fields and text follow-ups). A key is also where the answer is in a response: `frequency`
 * is `answers.frequency`, `issues.reported` is `answers.issues.reported` (`tally.ts` reads
 * them). A question added to the catalogue is summarised with no change here. Pure: no DOM,
 * no Lit, no zod.
 */
import { QUESTIONS, type Question } from '../catalogue/questions.js';

/** Who is asked a follow-up: those whose answer to `parent` was `option`. */
export interface AskedAfter {
  /** The closed item whose answer reveals it, e.g. `issues.experienced`. */
  readonly parent: string;
  /** That item's option that reveals it, e.g. `yes`. */
  readonly option: string;
}

/** A closed question as the summary counts it: `frequency`, `issues.experienced`, `issues.reported`. */
export interface ClosedItem {
  readonly key: string;
  /** Option codes, as the summary's keys (ratings as strings: "1" … "5"). */
  readonly options: readonly string[];
  /** The same options as a response holds them (ratings as numbers). */
  readonly values: readonly (string | number)[];
  /** Where its texts are in the survey's dictionaries: `<texts>.question`, `<texts>.option.<code>`. */
  readonly texts: string;
  /** For a follow-up: only those who gave this answer were asked, and each of them must answer. */
  readonly askedAfter?: AskedAfter;
}

/** A free-text field: `lastInteraction.workedWell`, `issues.details`. Only counted, never read out. */
export interface CommentField {
  readonly key: string;
  readonly askedAfter?: AskedAfter;
}

function closedItems(q: Question): ClosedItem[] {
  if (q.key === 'respondent') return []; // the groups, not a question of the summary
  if (q.kind === 'choice' || q.kind === 'rating') {
    return [{ key: q.key, options: q.options.map(String), values: q.options, texts: q.key }];
  }
  if (q.kind !== 'follow-up') return [];
  const parent = `${q.key}.${q.field}`;
  const askedAfter = { parent, option: q.reveals };
  return [
    { key: parent, options: [...q.options], values: q.options, texts: q.key },
    ...q.followUps.flatMap((f) =>
      f.kind === 'choice'
        ? [{
            key: `${q.key}.${f.key}`,
            options: [...f.options],
            values: f.options,
            texts: `${q.key}.${f.key}`,
            askedAfter,
          }]
        : [],
    ),
  ];
}

function commentFields(q: Question): CommentField[] {
  if (q.kind === 'texts') return q.fields.map((field) => ({ key: `${q.key}.${field}` }));
  if (q.kind !== 'follow-up') return [];
  const askedAfter = { parent: `${q.key}.${q.field}`, option: q.reveals };
  return q.followUps.flatMap((f) => (f.kind === 'text' ? [{ key: `${q.key}.${f.key}`, askedAfter }] : []));
}

/** The closed questions of the summary, in the catalogue's order. */
export const CLOSED_ITEMS: readonly ClosedItem[] = QUESTIONS.flatMap(closedItems);

/** The free-text fields whose comments are counted, in the catalogue's order. */
export const COMMENT_FIELDS: readonly CommentField[] = QUESTIONS.flatMap(commentFields);

/**
 * Where a follow-up's askers are counted: the index in CLOSED_ITEMS of the item that asks it,
 * and of that item's option that does (`tally.ts` and `disclosure.ts` read them).
 */
export function askedAt(after: AskedAfter): readonly [item: number, option: number] {
  const item = CLOSED_ITEMS.findIndex((closed) => closed.key === after.parent);
  return [item, CLOSED_ITEMS[item]!.options.indexOf(after.option)];
}

