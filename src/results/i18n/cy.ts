/**
 * Welsh text of `<mor-results>` (Cymraeg), with the same keys as `en.ts`. Like the survey's
 * Welsh, it must be proof-read by the council's Welsh language officer before production use.
 * Nouns after numerals stay singular (`10 ymateb`, `9 pwynt`).
 */
import type { ResultsDictionary } from './en.js';

export const cy: ResultsDictionary = {
  'loading': "Wrthi'n llwytho'r canlyniadau…",
  'error.title': "Nid oedd modd dangos y canlyniadau",
  'error.network': "Nid oedd modd llwytho'r canlyniadau. Gwiriwch eich cysylltiad ac ail-lwythwch y dudalen.",
  'error.status': "Nid oedd modd llwytho'r canlyniadau: atebodd y gweinydd {status}.",
  'error.shape': "Nid crynodeb o arolwg yw'r hyn a ddaeth i law.",

  'download': "Lawrlwytho'r crynodeb hwn (CSV)",
  'months': 'Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr',
  'produced': 'Cynhyrchwyd ar {date}.',

  'rounds.title': 'Ymatebion',
  'rounds.caption': 'Tabl {n}: Ymatebion ym mhob rownd',
  'rounds.round': 'Rownd',
  'rounds.rate': 'Cyfradd ymateb {rate}',
  'rounds.rate-check': "Cyfradd ymateb {rate}: mwy o ymatebion na'r bobl a holwyd. Gwiriwch y boblogaeth.",
  'access.open': "ar agor i unrhyw un â'r ddolen",
  'access.invited': 'daeth pob ymateb o wahoddiad untro',

  'group.all': 'Pob ymatebydd',
  'group.member': 'Aelodau',
  'group.officer': 'Swyddogion',

  'suppressed': 'Llai na {min} ymateb: heb eu dangos er mwyn diogelu anhysbysrwydd',
  'suppressed.pair': 'Llai na {min} ymateb gan Aelodau neu Swyddogion: heb eu dangos er mwyn diogelu anhysbysrwydd',
  'suppressed.item': 'Heb ei ddangos er mwyn diogelu anhysbysrwydd',

  'changes.title': 'Newidiadau allweddol ers {round}',
  'changes.intro': "Mae ▲ neu ▼ yn dangos newid sy'n arwyddocaol yn ystadegol: nid yw ei gyfwng 95% yn cynnwys sero. Gall newidiadau eraill fod yn siawns.",
  'changes.sentence': '{measure}: {to} ({from} yn {round}), newid o {difference}, cyfwng 95% {low} i {high}',
  'changes.up': 'Cynnydd arwyddocaol:',
  'changes.down': 'Gostyngiad arwyddocaol:',
  'changes.not-significant': "(nid yw'n newid arwyddocaol)",
  'changes.none': 'Heb eu cymharu: llai na {min} ymateb yn {round}.',
  'changes.none-pair': "Heb eu cymharu: yn {round} rhoddodd Aelodau neu Swyddogion lai na {min} ymateb, felly ni ddangosir y naill na'r llall.",
  'points.one': '{value} pwynt',
  'points.other': '{value} pwynt',

  'measure.health.good': 'Da neu dda iawn',
  'measure.change.improved': 'Wedi gwella',
  'measure.change.worse': 'Wedi gwaethygu',
  'measure.issues.yes': 'Wedi cael problemau',
  'measure.reporting.yes': 'Yn gwybod sut i roi gwybod am broblem',

  'item.frequency': "Pa mor aml mae ymatebwyr yn rhyngweithio",
  'item.health': 'Iechyd y berthynas',
  'item.change': 'Newid dros y 6 mis diwethaf',
  'item.issues.experienced': 'Problemau a gafwyd',
  'item.issues.reported': 'Problemau y rhoddwyd gwybod amdanynt',
  'item.reporting': 'Gwybod sut i roi gwybod am broblem',

  'follow-up': "Gofynnwyd dim ond i'r rhai a atebodd “{option}” i “{question}”",
  'chart.label': "Siart o {name}, yn ôl grŵp a rownd; mae'i ffigurau yn y tabl sy'n dilyn.",
  'table.caption': "Tabl {n}: {name}. Nifer, canran y rhai a atebodd a chyfwng 95%",
  'table.scrolls': "Mae tablau llydan yn sgrolio i'r ochr.",
  'table.answer': 'Ateb',
  'table.answered': 'Nifer a atebodd',
  'table.mean': 'Sgôr cymedrig (1 = gwael iawn, 5 = da iawn)',
  'table.interval': 'Cyfwng 95%',

  'trend.title': 'Dros amser',
  'trend.intro': "Mae pob pwynt yn ganran rownd, a'i linell yw'r cyfwng 95%. Nid oes pwynt gan grŵp a guddiwyd er mwyn diogelu anhysbysrwydd.",
  'trend.words': 'Pob ymatebydd: {from} yn {first}, {to} yn {last}.',
  'trend.caption': 'Tabl {n}: {name} fesul rownd. Canran a chyfwng 95%',

  'comments.title': 'Sylwadau',
  'comments.intro': "Faint a ysgrifennodd sylw ym mhob blwch; nid yw'r sylwadau eu hunain yn y crynodeb hwn.",
  'comments.caption': 'Tabl {n}: Nifer y sylwadau a ysgrifennwyd',
  'comments.field': 'Blwch sylwadau',
  'comments.lastInteraction.workedWell': 'Rhyngweithiad diwethaf: beth weithiodd yn dda',
  'comments.lastInteraction.didNotWorkWell': 'Rhyngweithiad diwethaf: beth na weithiodd yn dda',
  'comments.lastInteraction.toImprove': 'Rhyngweithiad diwethaf: beth yr hoffent ei wella',
  'comments.issues.details': 'Problemau: rhagor am y broblem',

  'notes.title': "Ynglŷn â'r ffigurau hyn",
  'notes.shares': "Canrannau o'r rhai a atebodd bob cwestiwn yw'r rhain, gan gynnwys “Ddim yn gwybod” a “Mae'n well gennyf beidio â dweud”, wedi'u talgrynnu i rifau cyfan (hanner i fyny), felly efallai na fyddant yn adio i 100.",
  'notes.intervals': "Cyfwng 95% yw'r amrediad y mae'r gwir ffigur yn debygol o fod ynddo; po leiaf o atebion, lletaf yw'r cyfwng.",
  'notes.suppression': "Er mwyn diogelu anhysbysrwydd, ni ddangosir grŵp sydd â llai na {min} ymateb i gwestiwn; os oes rhy ychydig o Aelodau neu Swyddogion, caiff y ddau eu cuddio, fel na ellir cyfrifo'r naill o'r cyfanswm. Caiff cyfanswm ei guddio hefyd lle byddai'n dangos sut yr atebodd grŵp cudd.",
  'notes.changes': "Caiff newidiadau eu cyfrifo cyn talgrynnu, felly gallant fod bwynt yn wahanol i'r canrannau wedi'u talgrynnu. Ni chymharir ffigur nas dangosir yn un o'r rowndiau.",

  'csv.group': 'Grŵp',
  'csv.question': 'Cwestiwn',
  'csv.count': 'Nifer',
  'csv.base': 'Allan o',
  'csv.percent': 'Canran',
  'csv.low': 'Cyfwng 95% o',
  'csv.high': 'Cyfwng 95% i',
  'csv.mean': 'Cymedr',
  'csv.note': 'Nodyn',
  'csv.rate': 'Cyfradd ymateb',
  'csv.change': 'Newid mewn pwyntiau canran',
  'csv.compared': "{round} o'i gymharu â {compare}",
  'csv.significant': 'Arwyddocaol',
  'csv.not-significant': 'Ddim yn arwyddocaol',
};
