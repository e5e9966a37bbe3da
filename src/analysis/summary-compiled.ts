// Generated from summary-schema.ts by compile.ts during `npm run build`: do not edit.
import type { Plain } from '../schema/plain.js';

const shared1: Plain = { string: [["regex", /^[A-Za-z0-9._-]{1,64}$/]] };
const shared3: Plain = { string: [["min", 1]] };
const shared2: Plain = { optional: { object: { en: shared3, cy: shared3 } } };
const shared5: Plain = {
  string: [
    ["regex", /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?Z$/],
  ],
};
const shared4: Plain = { optional: shared5 };
const shared6: Plain = { optional: shared5 };
const shared7: Plain = { optional: { oneOf: ["open", "invited"] } };
const shared9: Plain = { number: [0, null, true] };
const shared11: Plain = { number: [0, 1, false] };
const shared10: Plain = { object: { count: shared9, share: shared11, low: shared11, high: shared11 } };
const shared12: Plain = { object: { suppressed: { oneOf: [true] } } };
const shared8: Plain = {
  union: [
    {
      object: {
        responses: shared9,
        rate: { optional: { number: [0, null, false] } },
        questions: {
          object: {
            frequency: {
              union: [
                {
                  object: {
                    answered: shared9,
                    options: {
                      object: {
                        daily: shared10,
                        weekly: shared10,
                        monthly: shared10,
                        "less-than-monthly": shared10,
                        never: shared10,
                      },
                    },
                  },
                },
                shared12,
              ],
            },
            health: {
              union: [
                {
                  object: {
                    answered: shared9,
                    options: {
                      object: {
                        "1": shared10,
                        "2": shared10,
                        "3": shared10,
                        "4": shared10,
                        "5": shared10,
                      },
                    },
                    mean: { number: [1, 5, false] },
                    good: shared10,
                  },
                },
                shared12,
              ],
            },
            change: {
              union: [
                {
                  object: {
                    answered: shared9,
                    options: {
                      object: {
                        improved: shared10,
                        same: shared10,
                        worse: shared10,
                        "dont-know": shared10,
                      },
                    },
                  },
                },
                shared12,
              ],
            },
            "issues.experienced": {
              union: [
                {
                  object: {
                    answered: shared9,
                    options: { object: { yes: shared10, no: shared10, "prefer-not-to-say": shared10 } },
                  },
                },
                shared12,
              ],
            },
            "issues.reported": {
              union: [
                {
                  object: { answered: shared9, options: { object: { yes: shared10, no: shared10 } } },
                },
                shared12,
              ],
            },
            reporting: {
              union: [
                {
                  object: {
                    answered: shared9,
                    options: { object: { yes: shared10, no: shared10, "not-sure": shared10 } },
                  },
                },
                shared12,
              ],
            },
            comments: {
              object: {
                "lastInteraction.workedWell": { union: [shared9, shared12] },
                "lastInteraction.didNotWorkWell": { union: [shared9, shared12] },
                "lastInteraction.toImprove": { union: [shared9, shared12] },
                "issues.details": { union: [shared9, shared12] },
              },
            },
          },
        },
      },
    },
    shared12,
  ],
};
const shared13: Plain = { oneOf: ["health.good", "change.improved", "change.worse", "issues.yes", "reporting.yes"] };
const shared14: Plain = { oneOf: ["all", "member", "officer"] };
const shared15: Plain = { number: [-1, 1, false] };
export const summaryShape: Plain = {
  object: {
    version: { oneOf: [1] },
    survey: shared1,
    compare: { optional: shared1 },
    minGroup: { number: [5, null, true] },
    rounds: {
      record: [
        shared1,
        {
          object: {
            title: shared2,
            opens: shared4,
            closes: shared6,
            access: shared7,
            groups: { object: { all: shared8, member: shared8, officer: shared8 } },
          },
        },
      ],
    },
    changes: {
      optional: {
        array: {
          object: {
            measure: shared13,
            group: shared14,
            from: shared11,
            to: shared11,
            difference: shared15,
            low: shared15,
            high: shared15,
            significant: { oneOf: [true, false] },
          },
        },
      },
    },
    trend: {
      optional: {
        array: {
          object: {
            measure: shared13,
            group: shared14,
            points: {
              array: {
                union: [
                  {
                    object: {
                      survey: shared1,
                      count: shared9,
                      answered: shared9,
                      share: shared11,
                      low: shared11,
                      high: shared11,
                    },
                  },
                  { object: { survey: shared1, suppressed: { oneOf: [true] } } },
                ],
              },
            },
          },
        },
      },
    },
    trendRounds: {
      optional: {
        array: {
          object: { survey: shared1, title: shared2, opens: shared4, closes: shared6, access: shared7 },
        },
      },
    },
  },
};
