/**
 * English text. Every text the survey shows has a key here; `cy.ts` must have the same keys.
 * `{others}`, `{another}`, `{withOthers}` and `{withAnother}` follow the respondent (SPEC §3); `{count}` and `{max}` are numbers.
 * Plural texts pick a form with `Intl.PluralRules` for the locale.
 */
export const en = {
  'respondent.question': 'Are you a Member or an Officer?',
  'respondent.option.member': 'Member (councillor)',
  'respondent.option.officer': 'Officer (council employee)',

  'others.member': 'Officers',
  'others.officer': 'Members',
  'others.unknown': 'Members or Officers',
  'another.member': 'an Officer',
  'another.officer': 'a Member',
  'another.unknown': 'a Member or Officer',
  // The same with the preposition, for languages whose preposition changes with the noun
  // (Welsh `â Swyddogion` / `ag Aelodau`). English texts use {others} and {another}.
  'withOthers.member': 'with Officers',
  'withOthers.officer': 'with Members',
  'withOthers.unknown': 'with Members or Officers',
  'withAnother.member': 'with an Officer',
  'withAnother.officer': 'with a Member',
  'withAnother.unknown': 'with a Member or Officer',

  'frequency.question': 'How often do you interact with {others}?',
  'frequency.option.daily': 'Daily',
  'frequency.option.weekly': 'Weekly',
  'frequency.option.monthly': 'Monthly',
  'frequency.option.less-than-monthly': 'Less than monthly',
  'frequency.option.never': 'Never',

  'health.question': 'How would you describe the current health of the relationship between Members and Officers?',
  'health.option.1': 'Very poor',
  'health.option.2': 'Poor',
  'health.option.3': 'Neither good nor poor',
  'health.option.4': 'Good',
  'health.option.5': 'Very good',

  'change.question': 'Over the last 6 months, has the relationship improved, stayed the same or become worse?',
  'change.option.improved': 'Improved',
  'change.option.same': 'Stayed the same',
  'change.option.worse': 'Become worse',
  'change.option.dont-know': "Don't know",

  'intro.anonymous': 'This survey is anonymous. We do not ask for your name, and your answers are sent without anything that identifies you or your device.',
  'intro.privacy': 'How we use your answers',
  // Added to the statement when the survey has an invitation code (SPEC §15).
  'intro.invitation': 'Your invitation code is used only to check that each invitation is used once. It is not kept with your answers.',
  // Shown for every free-text field: the place where someone is most likely to be named.
  'hint.names': 'Do not include names or details that could identify someone.',

  'lastInteraction.question': 'Thinking about your last interaction with {another}',
  'lastInteraction.workedWell': 'What worked well? (optional)',
  'lastInteraction.didNotWorkWell': 'What did not work well? (optional)',
  'lastInteraction.toImprove': 'What would you like to improve? (optional)',

  'issues.question': 'In the last 6 months, have you experienced any issues in your working relationship with {others}?',
  'issues.option.yes': 'Yes',
  'issues.option.no': 'No',
  'issues.option.prefer-not-to-say': 'Prefer not to say',
  'issues.reported.question': 'Did you report it?',
  'issues.reported.option.yes': 'Yes',
  'issues.reported.option.no': 'No',
  'issues.details': 'Tell us more (optional)',

  'reporting.question': 'Do you know how to report an issue with the Member–Officer relationship?',
  'reporting.option.yes': 'Yes',
  'reporting.option.no': 'No',
  'reporting.option.not-sure': 'Not sure',
  'reporting.link': 'Find out how to report an issue',

  'error.prefix': 'Error:',
  'error.respondent': 'Select whether you are a Member or an Officer',
  'error.frequency': 'Select how often you interact with {others}',
  'error.health': 'Select how healthy the relationship is',
  'error.change': 'Select whether the relationship has improved, stayed the same or become worse',
  'error.lastInteraction.workedWell': 'What worked well must be {max} characters or fewer',
  'error.lastInteraction.didNotWorkWell': 'What did not work well must be {max} characters or fewer',
  'error.lastInteraction.toImprove': 'What you would like to improve must be {max} characters or fewer',
  'error.issues.experienced': 'Select whether you have experienced any issues',
  'error.issues.reported': 'Select whether you reported it',
  'error.issues.details': 'Tell us more must be {max} characters or fewer',
  'error.reporting': 'Select whether you know how to report an issue',

  'summary.title': 'There is a problem',

  'count.limit': 'You can enter up to {max} characters',
  'count.remaining': {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  },
  'count.over': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },

  'submit': 'Submit',
  'clear': 'Clear my answers',
  'cleared': 'Your answers have been cleared.',
  'sending': 'Sending your answers…',
  'sent.title': 'Thank you',
  'sent.body': 'Your answers have been sent.',
  'queued.title': 'Your answers have not been sent yet',
  'queued.body': 'They are saved on this device and will be sent automatically.',
  'queued.retry': 'Try again now',
  'rejected.title': 'Your answers could not be accepted',
  'rejected.body': 'Check your answers and try again. If the problem continues, contact the team that runs this survey.',
  // After a refusal other than 422 (a round not open, an invitation already used): the answers are not the problem.
  'rejected.refused': 'If you think this is wrong, contact the team that runs this survey.',
  'config.title': 'This survey is not set up correctly',
  'config.body': 'Your answers cannot be sent from this page. Please tell the person who looks after it.',
} as const;
