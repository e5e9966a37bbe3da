/**
 * English text of `<mor-results>`: its own headings, notes and messages. Question texts and
 * option labels come from the survey's dictionaries (`src/i18n/en.ts`), so a reworded option
 * reads the same in the survey and in its results. `cy.ts` must have the same keys.
 * `{min}` is the summary's minGroup; `{round}` a round's name (its title, else its id).
 */
export const en = {
  'loading': 'Loading the results…',
  'error.title': 'The results could not be shown',
  'error.network': 'The results could not be loaded. Check your connection and reload the page.',
  'error.status': 'The results could not be loaded: the server answered {status}.',
  'error.shape': 'What was received is not a survey summary.',

  'download': 'Download this summary (CSV)',
  'months': 'January February March April May June July August September October November December',
  'produced': 'Produced on {date}.',

  'rounds.title': 'Responses',
  'rounds.caption': 'Table {n}: Responses in each round',
  'rounds.round': 'Round',
  'rounds.rate': 'Response rate {rate}',
  'rounds.rate-check': 'Response rate {rate}: more responses than people asked. Check the population.',
  'access.open': 'open to anyone with the link',
  'access.invited': 'each response came from a single-use invitation',

  'group.all': 'All respondents',
  'group.member': 'Members',
  'group.officer': 'Officers',

  'suppressed': 'Fewer than {min} responses: not shown to protect anonymity',
  'suppressed.pair': 'Fewer than {min} responses from Members or Officers: not shown to protect anonymity',
  'suppressed.item': 'Not shown to protect anonymity',

  'changes.title': 'Key changes since {round}',
  'changes.intro': '▲ or ▼ marks a statistically significant change: its 95% interval does not include zero. Other changes may be chance.',
  'changes.sentence': '{measure}: {to} ({from} in {round}), a change of {difference}, 95% interval {low} to {high}',
  'changes.up': 'Significant increase:',
  'changes.down': 'Significant decrease:',
  'changes.not-significant': '(not a significant change)',
  'changes.none': 'Not compared: fewer than {min} responses in {round}.',
  'changes.none-pair': 'Not compared: in {round} Members or Officers gave fewer than {min} responses, so neither is shown.',
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
  'chart.label': 'Chart of {name}, by group and round; its figures are in the table that follows.',
  'table.caption': 'Table {n}: {name}. Number, percentage of those who answered and 95% interval',
  'table.scrolls': 'Wide tables scroll sideways.',
  'table.answer': 'Answer',
  'table.answered': 'Number who answered',
  'table.mean': 'Mean score (1 = very poor, 5 = very good)',
  'table.interval': '95% interval',

  'trend.title': 'Over time',
  'trend.intro': 'Each point is a round’s percentage, its line the 95% interval. A group hidden to protect anonymity has no point.',
  'trend.words': 'All respondents: {from} in {first}, {to} in {last}.',
  'trend.caption': 'Table {n}: {name} by round. Percentage and 95% interval',

  'comments.title': 'Comments',
  'comments.intro': 'How many wrote a comment in each box; the comments themselves are not in this summary.',
  'comments.caption': 'Table {n}: Number of comments written',
  'comments.field': 'Comment box',
  'comments.lastInteraction.workedWell': 'Last interaction: what worked well',
  'comments.lastInteraction.didNotWorkWell': 'Last interaction: what did not work well',
  'comments.lastInteraction.toImprove': 'Last interaction: what they would like to improve',
  'comments.issues.details': 'Issues: more about the issue',

  'notes.title': 'About these figures',
  'notes.shares': 'Percentages are of those who answered each question, “Don’t know” and “Prefer not to say” included, rounded to whole numbers (halves up), so they may not add up to 100.',
  'notes.intervals': 'A 95% interval is the range the true figure is likely to lie in; the fewer answers, the wider it is.',
  'notes.suppression': 'To protect anonymity, a group with fewer than {min} responses to a question is not shown; if Members or Officers are too few, both are hidden, so neither can be worked out from the total. A total is hidden too where it would show how a hidden group answered.',
  'notes.changes': 'Changes are worked out before rounding, so may differ by a point from the rounded percentages. A figure not shown in one of the rounds is not compared.',

  'csv.group': 'Group',
  'csv.question': 'Question',
  'csv.count': 'Count',
  'csv.base': 'Out of',
  'csv.percent': 'Percent',
  'csv.low': '95% interval from',
  'csv.high': '95% interval to',
  'csv.mean': 'Mean',
  'csv.note': 'Note',
  'csv.rate': 'Response rate',
  'csv.change': 'Change in percentage points',
  'csv.compared': '{round} compared with {compare}',
  'csv.significant': 'Significant',
  'csv.not-significant': 'Not significant',
} as const;

export type ResultsKey = keyof typeof en;
export type ResultsDictionary = Record<ResultsKey, string>;
