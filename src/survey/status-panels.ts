/**
 * The message boxes of SPEC §5 and §8: sending, sent, not sent yet, not accepted, cleared, and
 * the set-up error. Server messages and texts are bound as text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../i18n/strings.js';
import { heading } from '../internal/heading.js';
import type { Notice, Phase } from './submission.js';

/** A message box; `name` is its class and its second part name beside `panel`. */
function panel(name: string, level: number, title: string, body: TemplateResult) {
  return html`<div class="panel ${name}" part="panel ${name}">
    ${heading(level, title, 'panel-title')} ${body}
  </div>`;
}

export function renderConfigError(strings: Translator, level: number) {
  return panel('config-error', level, strings.t('config.title'), html`<p>${strings.t('config.body')}</p>`);
}

/** What the polite status region holds in each phase. */
export function renderStatus(p: { phase: Phase; notice: Notice; strings: Translator; level: number; onRetry: () => void }) {
  const { strings, level } = p;
  switch (p.phase) {
    case 'sending':
      return html`<p>${strings.t('sending')}</p>`;
    case 'sent':
      return panel('confirmation', level, strings.t('sent.title'), html`<p>${strings.t('sent.body')}</p>`);
    case 'queued':
      return panel(
        'queued',
        level,
        strings.t('queued.title'),
        html`<p>${strings.t('queued.body')}</p>
          <button type="button" class="button secondary" part="retry-button" @click=${p.onRetry}>
            ${strings.t('queued.retry')}
          </button>`,
      );
    default:
      if (p.notice?.kind === 'rejected') {
        return panel(
          'rejected',
          level,
          strings.t('rejected.title'),
          html`${p.notice.message ? html`<p>${p.notice.message}</p>` : nothing}
            <p>${strings.t(p.notice.status === 422 ? 'rejected.body' : 'rejected.refused')}</p>`,
        );
      }
      return p.notice?.kind === 'cleared' ? html`<p>${strings.t('cleared')}</p>` : nothing;
  }
}
