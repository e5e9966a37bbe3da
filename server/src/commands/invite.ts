/**
 * `mor-survey-server invite <round> --members N --officers N --link URL` (SPEC §15): makes
 * single-use invitation codes for an invited round of the rounds file, stores only their keyed
 * hashes, and prints the codes once, as CSV for a mail merge (`group,code,link`, each link
 * carrying its `?code=`) on standard output; what it did goes to standard error, so
 * `… > invitations.csv` keeps the CSV clean. Running it again adds codes. Configured from the
 * same environment as the receiver (DATABASE_URL, MOR_ROUNDS, MOR_INVITATION_KEY, …).
 */
import { parseArgs } from 'node:util';
import { configFromEnv } from '../config.js';
import { isRoundId, notRoundId } from '../http/round-id.js';
import { RoundCalendar } from '../rounds/calendar.js';
import { makeInvitations } from '../rounds/invitations.js';
import { DEFAULT_START_TIMEOUT, type Invitation } from '../options.js';
import { settleRounds } from '../rounds/settings.js';
import { locate, openStore } from '../store/open.js';
import { fail, tell } from './output.js';

const USAGE = 'mor-survey-server invite <round> --members <count> --officers <count> --link <address of the survey>';


const count = (text: string | undefined, name: string) => {
  if (text === undefined) return 0;
  if (!/^\d{1,6}$/.test(text)) fail(`${name} must be a whole number, such as ${name} 51`);
  return Number(text);
};

/** The invitation link: the survey's address with the code added to its query. */
function linkOf(address: string): (code: string) => string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail(`--link must be the survey's address, such as https://receiver.example/survey/2026-spring (not "${address}")`);
  }
  if (!/^https?:$/.test(url.protocol)) fail('--link must be an http(s) address');
  return (code) => {
    const link = new URL(url);
    link.searchParams.set('code', code);
    return link.toString();
  };
}

const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function invitationsCsv(invitations: readonly Invitation[], link: (code: string) => string): string {
  const lines = ['group,code,link', ...invitations.map(({ group, code }) => [group, code, link(code)].map(cell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export async function invite(args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { members: { type: 'string' }, officers: { type: 'string' }, link: { type: 'string' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\nUse: ${USAGE}`);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return fail(`name one round.\nUse: ${USAGE}`);
  const survey = positionals[0]!;
  if (!isRoundId(survey)) return fail(notRoundId(survey));
  if (values.link === undefined) return fail(`--link is needed: the address each invitation's link opens.\nUse: ${USAGE}`);
  const link = linkOf(values.link);
  const counts = { member: count(values.members, '--members'), officer: count(values.officers, '--officers') };

  let rounds;
  let location;
  let startTimeout;
  try {
    const { options } = configFromEnv();
    rounds = settleRounds(options);
    location = locate(options.databaseUrl, options.dataDir);
    startTimeout = options.startTimeout ?? DEFAULT_START_TIMEOUT;
  } catch (error) {
    return fail((error as Error).message);
  }
  if (!rounds) return fail('MOR_ROUNDS must name the rounds file: invitations are made for one of its invited rounds');

  const store = await openStore(location, tell, startTimeout).catch((error: Error & { code?: string }) => fail(`could not open the database: ${error.code ?? error.message}`));
  let invitations: Invitation[];
  try {
    invitations = await makeInvitations(store, new RoundCalendar(rounds, Date.now, store, tell), rounds.invitationKey!, survey, counts);
  } catch (error) {
    await store.close();
    return fail((error as Error).message);
  }
  await store.close();
  process.stdout.write(invitationsCsv(invitations, link));
  const title = rounds.rounds.get(survey)!.title.en;
  tell(`made ${counts.member} Member and ${counts.officer} Officer invitations for ${survey} (${title}). The codes are printed once, here, and stored only as keyed hashes: keep this CSV for the mail merge.`);
}
