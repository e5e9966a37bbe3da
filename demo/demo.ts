// The tester's controls: attributes of the survey, the receiver's failure mode, the event log
// and what the server received.
const survey = document.querySelector('mor-survey')!;
const settings = document.querySelector<HTMLFormElement>('#settings')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const payload = document.querySelector<HTMLPreElement>('#payload')!;
const copies = document.querySelector<HTMLParagraphElement>('#copies')!;

function field(name: string) {
  return settings.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
}

function apply() {
  const respondent = field('respondent').value;
  if (respondent) survey.setAttribute('respondent', respondent);
  else survey.removeAttribute('respondent');
  survey.setAttribute('lang', field('lang').value);
  survey.setAttribute('survey-id', field('surveyId').value);
  survey.setAttribute('draft', field('draft').value);
  document.body.classList.toggle('dusk', field('theme').value === 'dusk');
}

async function setMode() {
  const mode = field('mode').value;
  const body = { mode, ...(mode === 'too-many' && { retryAfter: 5 }), ...(mode === 'slow' && { delayMs: 20_000 }) };
  await fetch('/api/mode', { method: 'PUT', body: JSON.stringify(body) });
  write(`receiver → ${mode}`);
}

function write(text: string) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
}

/** The id of the response the survey last sent, to show what the receiver stored for it. */
let lastSent: string | undefined;

/** Which showReceived() call is the latest: an earlier one answered late must not overwrite it. */
let shown = 0;

async function showReceived() {
  const call = ++shown;
  const answer = await fetch('/api/responses', { cache: 'no-store' });
  const { responses, copies: counts } = (await answer.json()) as { responses: { id: string }[]; copies: Record<string, number> };
  if (call !== shown) return;
  const last = responses.find((response) => response.id === lastSent) ?? responses.at(-1);
  payload.textContent = last ? JSON.stringify(last, null, 2) : '';
  const lines = Object.entries(counts).map(([id, n]) => `${id.slice(0, 8)}…: ${n} cop${n === 1 ? 'y' : 'ies'} received`);
  // The round the survey is set to (the demo's generated rounds are stored too).
  const round = field('surveyId').value;
  const inRound = responses.filter((response) => (response as { survey?: string }).survey === round).length;
  copies.textContent = responses.length
    ? `${inRound} stored in ${round}. ${lines.slice(-5).join('; ')}`
    : 'Nothing yet.';
}

for (const type of ['mor-answer', 'mor-invalid', 'mor-submit', 'mor-submitted', 'mor-error'] as const) {
  survey.addEventListener(type, (event) => {
    const detail = { ...(event as CustomEvent).detail } as Record<string, unknown>;
    delete detail.answers;
    write(`${type} ${JSON.stringify(detail).slice(0, 300)}`);
    if (type === 'mor-submitted' || type === 'mor-error') {
      lastSent = ((event as CustomEvent).detail as { response: { id: string } }).response.id;
      void showReceived();
    }
  });
}

/** The round as CSV, fetched with the admin token as the council's IT team would. */
async function download(event: SubmitEvent) {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const status = form.querySelector('#download-status')!;
  const token = (form.elements.namedItem('token') as HTMLInputElement).value.trim();
  const labels = (form.elements.namedItem('labels') as HTMLSelectElement).value;
  const survey = field('surveyId').value;
  const answer = await fetch(`/api/responses.csv?survey=${encodeURIComponent(survey)}&labels=${labels}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!answer.ok) {
    status.textContent = `Not downloaded: ${answer.status} ${((await answer.json()) as { detail?: string }).detail ?? ''}`;
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await answer.blob());
  link.download = `mor-survey-${survey}.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
  status.textContent = `Downloaded mor-survey-${survey}.csv.`;
}
document.querySelector<HTMLFormElement>('#download')!.addEventListener('submit', (event) => void download(event));

settings.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).getAttribute('name') === 'mode') void setMode();
  else apply();
});
apply();
void showReceived();
void fetch('/api/mode').then(async (r) => {
  field('mode').value = ((await r.json()) as { mode: string }).mode;
  // For tests (and anyone scripting the page): the controls are live and show the server's mode.
  document.body.dataset.ready = 'true';
});

export {};
