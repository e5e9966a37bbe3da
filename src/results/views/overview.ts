/**
 * The rounds (SPEC §13 "Read as a committee paper"): each by its title and dates, how its
 * responses were collected, and a table of how many responded in each group with response
 * rates. A rate above 100% is flagged: the population given is smaller than the responses
 * (also what ballot stuffing would look like), so it needs checking.
 */
import { html } from 'lit';
import { GROUPS, isSuppressed, type Summary } from '../../analysis/summary.js';
import { heading } from '../../internal/heading.js';
import { count, percent } from '../format.js';
import { roundDates } from '../rounds.js';
import type { Context } from './context.js';
import { tableWrap } from './group-table.js';

export function renderOverview(summary: Summary, { texts, rounds, name, level, notice }: Context) {
  return html`<section class="overview" part="overview">
    ${heading(level, texts.t('rounds.title'), 'section-title')}
    ${rounds.map((round) => {
      const { access, ...details } = summary.rounds[round]!;
      const dates = roundDates(details, texts);
      return html`<p class="round-about">${name(round)}${dates ? `, ${dates}` : ''}${access ? `: ${texts.t(`access.${access}`)}` : ''}.</p>`;
    })}
    ${tableWrap(
      'table-1',
      texts,
      html`<table part="table">
        <caption id="table-1">${texts.t('rounds.caption', { n: 1 })}</caption>
        <thead>
          <tr>
            <th scope="col">${texts.t('rounds.round')}</th>
            ${GROUPS.map((group) => html`<th scope="col">${texts.group(group)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rounds.map(
            (round) => html`<tr>
              <th scope="row">${name(round)}</th>
              ${GROUPS.map((group) => {
                const shown = summary.rounds[round]!.groups[group];
                if (isSuppressed(shown)) return html`<td class="notice" part="notice">${notice(group)}</td>`;
                const rate = shown.rate;
                return html`<td><span class="share">${count(shown.responses)}</span>${
                  rate === undefined
                    ? ''
                    : html`<span class="interval ${rate > 1 ? 'check' : ''}">${texts.t(rate > 1 ? 'rounds.rate-check' : 'rounds.rate', { rate: percent(rate) })}</span>`
                }</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>`,
    )}
  </section>`;
}
