/**
 * Sending the survey's response and following it to an outcome (SPEC §5, §6): the phase the
 * survey is in, the notice above the form, the response in flight or waiting in the outbox,
 * the events each outcome fires and where focus goes. The outbox runner (`src/submit/`) does
 * the sending and retrying for every survey on the page; this follows the survey's own response.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { emit } from '../events/events.js';
import type { SurveyResponse } from '../schema/response.js';
import type { SendOutcome } from '../submit/outcome.js';
import type { OutboxEntry } from '../submit/outbox.js';
import { outboxRunner } from '../submit/outbox-runner.js';
import type { Transport } from '../submit/transport.js';
import { focusAfterUpdate } from './focus.js';

/** Where the survey is: answering, sending, waiting in the outbox, or sent. */
export type Phase = 'form' | 'sending' | 'queued' | 'sent';
/** A message shown above the form while answering. */
export type Notice = { kind: 'rejected'; status: number; message?: string | undefined } | { kind: 'cleared' } | undefined;

type Host = ReactiveElement & { surveyId: string; transport: Transport | undefined };

export class Submission implements ReactiveController {
  readonly #host: Host;
  /** Called when the response has left the form for good: sent, or safe in the outbox. */
  readonly #settled: (outcome: 'sent' | 'queued') => void;
  /** Read by the survey's render; changed only through #set, which asks for an update. */
  phase: Phase = 'form';
  notice: Notice;
  /** The response being sent or waiting in the outbox. */
  #pending: SurveyResponse | undefined;
  #stop: (() => void) | undefined;
  #resumed = false;
  #registered: { survey: string; transport: Transport | undefined } | undefined;

  constructor(host: Host, settled: (outcome: 'sent' | 'queued') => void) {
    this.#host = host;
    this.#settled = settled;
    host.addController(this);
  }

  /** Moves to `phase` with `notice` above the form (none by default), and re-renders. */
  set(phase: Phase, notice?: Notice): void {
    this.phase = phase;
    this.notice = notice;
    this.#host.requestUpdate();
  }

  /** True while the form is shown: answering or sending. */
  get answering(): boolean {
    return this.phase === 'form' || this.phase === 'sending';
  }

  hostConnected(): void {
    this.#stop = outboxRunner.subscribe((response, outcome) => this.#onOutcome(response, outcome));
  }

  hostDisconnected(): void {
    this.#stop?.();
  }

  /** A developer's transport sends this survey id's waiting responses; a new id may have some. */
  hostUpdated(): void {
    const { surveyId: survey, transport } = this.#host;
    const before = this.#registered;
    if (before?.survey === survey && before.transport === transport) return;
    this.#registered = { survey, transport };
    outboxRunner.useTransport(survey, transport);
    if (!this.#resumed) return;
    if (transport) void outboxRunner.flush();
    if (before?.survey !== survey) this.#showWaiting();
  }

  /** Storage may be read now: show a response still waiting from an earlier visit, start retries. */
  resume(): void {
    this.#resumed = true;
    this.#showWaiting();
    outboxRunner.start();
  }

  /** After a reload, a response still waiting in the outbox is shown as such, not lost. */
  #showWaiting() {
    if (this.phase !== 'form' || this.#pending) return;
    const newest = outboxRunner.pending().filter((entry) => entry.response.survey === this.#host.surveyId).at(-1);
    if (newest) {
      this.#pending = newest.response;
      this.set('queued');
    }
  }

  /** Keeps the response in the outbox (on the device unless `persist` is false), then makes the first attempt. */
  async send(response: SurveyResponse, how: Pick<OutboxEntry, 'endpoint' | 'credentials' | 'timeout' | 'invitation'>, persist: boolean): Promise<void> {
    this.#pending = response;
    this.set('sending');
    outboxRunner.enqueue({ response, ...how, attempts: 0, notBefore: 0 }, persist);
    const outcome = await outboxRunner.attempt(response.id, true);
    // Nothing was tried (e.g. another tab holds it): it waits in the outbox like a failure.
    if (!outcome && this.phase === 'sending') this.set('queued');
  }

  /** Sends a waiting response now ("Try again now"). */
  async retry(): Promise<void> {
    if (this.#pending && this.phase === 'queued') await outboxRunner.attempt(this.#pending.id, true);
  }

  /** Back to an empty form after a response was sent; one waiting or in flight is unaffected. */
  reset(notice?: Notice): void {
    if (this.phase === 'sent') this.#pending = undefined;
    this.set(this.phase === 'sent' ? 'form' : this.phase, notice);
  }

  #onOutcome(response: SurveyResponse, outcome: SendOutcome) {
    if (response.id !== this.#pending?.id) return;
    const first = this.phase === 'sending';
    const host = this.#host;
    if (outcome.kind === 'accepted') {
      this.set('sent');
      this.#settled('sent');
      emit(host, 'mor-submitted', { response, status: outcome.status });
      void focusAfterUpdate(host, '.confirmation');
    } else if (outcome.kind === 'rejected') {
      this.#pending = undefined;
      this.set('form', { kind: 'rejected', status: outcome.status, message: outcome.message });
      emit(host, 'mor-error', {
        response,
        kind: 'rejected',
        status: outcome.status,
        queued: false,
        ...(outcome.message !== undefined && { message: outcome.message }),
      });
      void focusAfterUpdate(host, '.rejected');
    } else {
      this.set('queued');
      // The answers are safe in the outbox now; a stale draft would invite a second response.
      this.#settled('queued');
      emit(host, 'mor-error', {
        response,
        kind: outcome.kind,
        queued: true,
        ...(outcome.status !== undefined && { status: outcome.status }),
      });
      if (first) void focusAfterUpdate(host, '.queued');
    }
  }
}
