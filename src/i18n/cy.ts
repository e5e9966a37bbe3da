/**
 * Welsh text (Cymraeg). Written to the conventions of Welsh public-sector forms (GOV.UK Welsh
 * patterns); it must be proof-read by the council's Welsh language officer or translation unit
 * before production use (see README). Numerals after a noun stay singular in Welsh (`nod`), so
 * the plural forms differ little, but all six categories of Intl.PluralRules('cy') are given.
 */
import type { Dictionary } from './strings.js';

export const cy: Dictionary = {
  'respondent.question': "Ydych chi'n Aelod neu'n Swyddog?",
  'respondent.option.member': 'Aelod (cynghorydd)',
  'respondent.option.officer': "Swyddog (un o gyflogeion y cyngor)",

  'others.member': 'Swyddogion',
  'others.officer': 'Aelodau',
  'others.unknown': 'Aelodau neu Swyddogion',
  'another.member': 'Swyddog',
  'another.officer': 'Aelod',
  'another.unknown': 'Aelod neu Swyddog',
  'withOthers.member': 'â Swyddogion',
  'withOthers.officer': 'ag Aelodau',
  'withOthers.unknown': 'ag Aelodau neu Swyddogion',
  'withAnother.member': 'â Swyddog',
  'withAnother.officer': 'ag Aelod',
  'withAnother.unknown': 'ag Aelod neu Swyddog',

  'frequency.question': "Pa mor aml ydych chi'n rhyngweithio {withOthers}?",
  'frequency.option.daily': 'Bob dydd',
  'frequency.option.weekly': 'Bob wythnos',
  'frequency.option.monthly': 'Bob mis',
  'frequency.option.less-than-monthly': "Llai nag unwaith y mis",
  'frequency.option.never': 'Byth',

  'health.question': "Sut fyddech chi'n disgrifio iechyd presennol y berthynas rhwng Aelodau a Swyddogion?",
  'health.option.1': 'Gwael iawn',
  'health.option.2': 'Gwael',
  'health.option.3': 'Ddim yn dda nac yn wael',
  'health.option.4': 'Da',
  'health.option.5': 'Da iawn',

  'change.question': "Dros y 6 mis diwethaf, a yw'r berthynas wedi gwella, wedi aros yr un fath neu wedi gwaethygu?",
  'change.option.improved': 'Wedi gwella',
  'change.option.same': 'Wedi aros yr un fath',
  'change.option.worse': 'Wedi gwaethygu',
  'change.option.dont-know': 'Ddim yn gwybod',

  'intro.anonymous': "Mae'r arolwg hwn yn ddienw. Nid ydym yn gofyn am eich enw, ac mae eich atebion yn cael eu hanfon heb ddim sy'n dangos pwy ydych chi na pha ddyfais rydych chi'n ei defnyddio.",
  'intro.privacy': "Sut rydym yn defnyddio eich atebion",
  // Added 2026-12 for invitation codes (SPEC §15); like the rest of this file, not yet proof-read.
  'intro.invitation': "Dim ond i wirio bod pob gwahoddiad yn cael ei ddefnyddio unwaith y defnyddir eich cod gwahoddiad. Nid yw'n cael ei gadw gyda'ch atebion.",
  'hint.names': "Peidiwch â chynnwys enwau na manylion a allai ddangos pwy yw rhywun.",

  'lastInteraction.question': 'Wrth feddwl am eich rhyngweithiad diwethaf {withAnother}',
  'lastInteraction.workedWell': 'Beth weithiodd yn dda? (dewisol)',
  'lastInteraction.didNotWorkWell': 'Beth na weithiodd yn dda? (dewisol)',
  'lastInteraction.toImprove': "Beth yr hoffech chi ei wella? (dewisol)",

  'issues.question': 'Yn ystod y 6 mis diwethaf, ydych chi wedi cael unrhyw broblemau yn eich perthynas waith {withOthers}?',
  'issues.option.yes': 'Ydw',
  'issues.option.no': 'Nac ydw',
  'issues.option.prefer-not-to-say': "Mae'n well gennyf beidio â dweud",
  'issues.reported.question': "Wnaethoch chi roi gwybod amdani?",
  'issues.reported.option.yes': 'Do',
  'issues.reported.option.no': 'Naddo',
  'issues.details': 'Dywedwch ragor wrthym (dewisol)',

  'reporting.question': "Ydych chi'n gwybod sut i roi gwybod am broblem gyda'r berthynas rhwng Aelodau a Swyddogion?",
  'reporting.option.yes': 'Ydw',
  'reporting.option.no': 'Nac ydw',
  'reporting.option.not-sure': "Ddim yn siŵr",
  'reporting.link': 'Darganfod sut i roi gwybod am broblem',

  'error.prefix': 'Gwall:',
  'error.respondent': "Dewiswch a ydych chi'n Aelod neu'n Swyddog",
  'error.frequency': "Dewiswch pa mor aml rydych chi'n rhyngweithio {withOthers}",
  'error.health': "Dewiswch pa mor iach yw'r berthynas",
  'error.change': "Dewiswch a yw'r berthynas wedi gwella, wedi aros yr un fath neu wedi gwaethygu",
  'error.lastInteraction.workedWell': "Rhaid i 'Beth weithiodd yn dda' fod yn {max} nod neu lai",
  'error.lastInteraction.didNotWorkWell': "Rhaid i 'Beth na weithiodd yn dda' fod yn {max} nod neu lai",
  'error.lastInteraction.toImprove': "Rhaid i 'Beth yr hoffech chi ei wella' fod yn {max} nod neu lai",
  'error.issues.experienced': "Dewiswch a ydych chi wedi cael unrhyw broblemau",
  'error.issues.reported': 'Dewiswch a wnaethoch chi roi gwybod amdani',
  'error.issues.details': "Rhaid i 'Dywedwch ragor wrthym' fod yn {max} nod neu lai",
  'error.reporting': "Dewiswch a ydych chi'n gwybod sut i roi gwybod am broblem",

  'summary.title': 'Mae problem wedi codi',

  'count.limit': 'Gallwch roi hyd at {max} nod',
  'count.remaining': {
    zero: 'Mae gennych {count} nod yn weddill',
    one: 'Mae gennych {count} nod yn weddill',
    two: 'Mae gennych {count} nod yn weddill',
    few: 'Mae gennych {count} nod yn weddill',
    many: 'Mae gennych {count} nod yn weddill',
    other: 'Mae gennych {count} nod yn weddill',
  },
  'count.over': {
    zero: 'Mae gennych {count} nod yn ormod',
    one: 'Mae gennych {count} nod yn ormod',
    two: 'Mae gennych {count} nod yn ormod',
    few: 'Mae gennych {count} nod yn ormod',
    many: 'Mae gennych {count} nod yn ormod',
    other: 'Mae gennych {count} nod yn ormod',
  },

  'submit': 'Cyflwyno',
  'clear': 'Clirio fy atebion',
  'cleared': "Mae eich atebion wedi cael eu clirio.",
  'sending': "Wrthi'n anfon eich atebion…",
  'sent.title': 'Diolch',
  'sent.body': "Mae eich atebion wedi cael eu hanfon.",
  'queued.title': "Nid yw eich atebion wedi cael eu hanfon eto",
  'queued.body': "Maen nhw wedi'u cadw ar y ddyfais hon a byddant yn cael eu hanfon yn awtomatig.",
  'queued.retry': "Rhoi cynnig arall arni nawr",
  'rejected.title': "Nid oedd modd derbyn eich atebion",
  'rejected.body': "Gwiriwch eich atebion a rhowch gynnig arall arni. Os yw'r broblem yn parhau, cysylltwch â'r tîm sy'n cynnal yr arolwg hwn.",
  // Added 2026-12 for refusals of a round or an invitation (SPEC §15); not yet proof-read.
  'rejected.refused': "Os ydych chi'n credu bod hyn yn anghywir, cysylltwch â'r tîm sy'n cynnal yr arolwg hwn.",
  'config.title': "Nid yw'r arolwg hwn wedi'i osod yn gywir",
  'config.body': "Nid oes modd anfon eich atebion o'r dudalen hon. Rhowch wybod i'r sawl sy'n gofalu amdani.",
};
