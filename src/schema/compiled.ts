// Generated from response.ts by compile.ts during `npm run build`: do not edit.
import type { Shape } from './shape.js';

export const respondent: Shape = { oneOf: ["member", "officer"] };
const shared1: Shape = { optional: { oneOf: ["daily", "weekly", "monthly", "less-than-monthly", "never"] } };
const shared2: Shape = { optional: { oneOf: [1, 2, 3, 4, 5] } };
const shared3: Shape = { optional: { oneOf: ["improved", "same", "worse", "dont-know"] } };
const shared4: Shape = {
  string: [
    ["min", 1],
    ["max", 2000],
    ["regex", /^\S(?:[\s\S]*\S)?$/],
    ["regex", /^(?:[^\0\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/],
  ],
};
const shared5: Shape = { optional: { oneOf: ["yes", "no", "not-sure"] } };
export const answers: Shape = {
  object: {
    frequency: shared1,
    health: shared2,
    change: shared3,
    lastInteraction: {
      optional: {
        object: {
          workedWell: { optional: shared4 },
          didNotWorkWell: { optional: shared4 },
          toImprove: { optional: shared4 },
        },
      },
    },
    issues: {
      optional: {
        union: [
          {
            object: {
              experienced: { oneOf: ["yes"] },
              reported: { oneOf: ["yes", "no"] },
              details: { optional: shared4 },
            },
          },
          { object: { experienced: { oneOf: ["no", "prefer-not-to-say"] } } },
        ],
      },
    },
    reporting: shared5,
  },
};
export const response: Shape = {
  object: {
    version: { oneOf: [1] },
    id: {
      string: [
        ["regex", /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/],
      ],
    },
    survey: { string: [["regex", /^[A-Za-z0-9._-]{1,64}$/]] },
    submittedAt: {
      string: [
        ["regex", /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?Z$/],
      ],
    },
    locale: { oneOf: ["en", "cy"] },
    respondent: respondent,
    answers: answers,
  },
};
const shared6: Shape = { string: [["max", 100000]] };
export const draftAnswers: Shape = {
  object: {
    respondent: { optional: { oneOf: ["member", "officer"] } },
    frequency: shared1,
    health: shared2,
    change: shared3,
    lastInteraction: {
      optional: {
        object: {
          workedWell: { optional: shared6 },
          didNotWorkWell: { optional: shared6 },
          toImprove: { optional: shared6 },
        },
      },
    },
    issues: {
      optional: {
        object: {
          experienced: { optional: { oneOf: ["yes", "no", "prefer-not-to-say"] } },
          reported: { optional: { oneOf: ["yes", "no"] } },
          details: { optional: shared6 },
        },
      },
    },
    reporting: shared5,
  },
};
