/**
 * English text of `<mor-results>`: its own headings, notes and messages. Question texts and
 * option labels come from the survey's dictionaries (`src/i18n/en.ts`), so a reworded option
 * reads the same in the survey and in its results. `cy.ts` must have the same keys.
 * `{min}` is the summary's minGroup; `{round}` a round's id.
 */
export const en = {
  'loading': 'Loading the results…',
  'error.title': 'The results could not be shown',
  'error.network': 'The results could not be loaded. Check your connection and reload the page.',
  'error.status': 'The results could not be loaded: the server answered {status}.',
  'error.shape': 'What was received is not a survey summary.',

  'download': 'Download this summary (CSV)',

  'rounds.title': 'Responses',
  'rounds.caption': 'Table {n}: Responses in each round',
  'rounds.round': 'Round',
  'rounds.this': 'This round',
  'rounds.last': 'Last round',
  'rounds.rate': 'Response rate {rate}',

  'group.all': 'All respondents',
  'group.member': 'Members',
  'group.officer': 'Officers',

  'suppressed': 'Fewer than {min} responses: not shown to protect anonymity',
  'suppressed.pair': 'Fewer than {min} responses from Members or Officers: not shown to protect anonymity',

  'changes.title': 'Key changes since {round}',
  'changes.intro': '▲ or ▼ marks a change whose 95% interval does not include zero: a statistically significant change. Other changes may be down to chance.',
  'changes.sentence': '{measure}: {to} (last round {from}), a change of {difference}, 95% interval {low} to {high}',
  'changes.up': 'Significant increase:',
  'changes.down': 'Significant decrease:',
  'changes.not-significant': '(not a significant change)',
  'changes.none': 'Not compared: fewer than {min} responses in one of the rounds.',
  'points.one': '{value} point',
  'points.other': '{value} points',

  'measure.health.good': 'Good or very good',
  'measure.change.improved': 'Improved',
  'measure.change.worse': 'Become worse',
  'measure.issues.yes': 'Experienced issues',
  'measure.reporting.yes': 'Know how to report an issue',

  'item.frequency': 'How often respondents interact',
  'item.health': 'Health of the relationship',
  'item.change': 'Change over the last 6 months',
  'item.issues.experienced': 'Issues experienced',
  'item.issues.reported': 'Issues reported',
  'item.reporting': 'Knowing how to report an issue',

  'follow-up': 'Asked only of those who answered “{option}” to “{question}”',
  'chart.label': 'Chart: {name}, by group and round. The same figures are in the table that follows.',
  'chart.key': 'Key',
  'table.caption': 'Table {n}: {name}. Number, percentage and 95% interval',
  'table.answer': 'Answer',
  'table.answered': 'Number who answered',
  'table.mean': 'Mean score (1 = very poor, 5 = very good)',
  'table.interval': '95% interval',

  'comments.title': 'Comments',
  'comments.intro': 'How many people wrote a comment in each box. The comments themselves are not part of this summary.',
  'comments.caption': 'Table {n}: Number of comments written',
  'comments.field': 'Comment box',
  'comments.lastInteraction.workedWell': 'Last interaction: what worked well',
  'comments.lastInteraction.didNotWorkWell': 'Last interaction: what did not work well',
  'comments.lastInteraction.toImprove': 'Last interaction: what they would like to improve',
  'comments.issues.details': 'Issues: more about the issue',

  'notes.title': 'About these figures',
  'notes.shares': 'Percentages are of those who answered each question, rounded to whole numbers, so they may not add up to 100.',
  'notes.intervals': 'A 95% interval is the range the true figure is likely to lie in, given how many answered: the fewer answers, the wider it is.',
  'notes.suppression': 'To protect anonymity, a group with fewer than {min} responses to a question is not shown. When Members or Officers are too few, both are hidden, so that neither can be worked out by taking one from the total.',
  'notes.changes': 'Changes are worked out before rounding, so one may differ by a point from the difference of the rounded percentages.',

  'csv.round': 'Round',
  'csv.group': 'Group',
  'csv.question': 'Question',
  'csv.answer': 'Answer',
  'csv.count': 'Count',
  'csv.base': 'Out of',
  'csv.percent': 'Percent',
  'csv.low': '95% interval from',
  'csv.high': '95% interval to',
  'csv.mean': 'Mean',
  'csv.note': 'Note',
  'csv.responses': 'Responses',
  'csv.rate': 'Response rate',
  'csv.comments': 'Comments written',
  'csv.change': 'Change in percentage points',
  'csv.compared': '{round} compared with {compare}',
  'csv.significant': 'Significant',
  'csv.not-significant': 'Not significant',
} as const;

export type ResultsKey = keyof typeof en;
export type ResultsDictionary = Record<ResultsKey, string>;
