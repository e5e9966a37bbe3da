/** The rounds and how many responded in each group, with response rates (SPEC §13). */
import { html } from 'lit';
import { GROUPS, isSuppressed, type Summary } from '../../analysis/summary.js';
import { heading } from '../../survey/heading.js';
import { count, percent } from '../format.js';
import type { Context } from './context.js';

export function renderOverview(summary: Summary, { texts, rounds, level, notice }: Context) {
  return html`<section class="overview" part="overview">
    ${heading(level, texts.t('rounds.title'), 'section-title')}
    <div class="table-wrap" part="table-wrap" role="region" tabindex="0" aria-labelledby="table-1">
      <table part="table">
        <caption id="table-1">${texts.t('rounds.caption', { n: 1 })}</caption>
        <thead>
          <tr>
            <th scope="col">${texts.t('rounds.round')}</th>
            ${GROUPS.map((group) => html`<th scope="col">${texts.group(group)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rounds.map(
            (round, i) => html`<tr>
              <th scope="row"><span class="round">${round}</span><span class="interval">${texts.t(i === 0 ? 'rounds.this' : 'rounds.last')}</span></th>
              ${GROUPS.map((group) => {
                const shown = summary.rounds[round]!.groups[group];
                if (isSuppressed(shown)) return html`<td class="notice" part="notice">${notice(group)}</td>`;
                return html`<td><span class="share">${count(shown.responses)}</span>${
                  shown.rate === undefined ? '' : html`<span class="interval">${texts.t('rounds.rate', { rate: percent(shown.rate) })}</span>`
                }</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
