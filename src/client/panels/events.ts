// The side panel's coming events: what each later round brings, and whether this round scores.
import { t } from '../../i18n/catalogue.js';
import { shortDate } from '../describe.js';
import { h, replace } from '../dom.js';
import type { Scenario } from '../../game/index.js';
import type { PublicView } from '../types.js';

export function renderEvents(root: HTMLElement, scenario: Scenario, board: PublicView): void {
  const items = [];
  for (let r = board.round + 1; r <= scenario.rounds.length; r++) {
    const def = scenario.rounds[r - 1];
    if (!def) continue;
    items.push(
      h(
        'li',
        {},
        h('div', { class: 'ev-round' }, t('ui.events.round', { round: r, date: shortDate(def.date) })),
        def.events.map((id) => h('div', { class: 'ev', title: t(`event.${id}.text`) }, t(`event.${id}.title`))),
        def.scoring ? h('div', { class: 'ev scoring' }, t('ui.events.scoring')) : null,
      ),
    );
  }
  const current = scenario.rounds[board.round - 1];
  replace(
    root,
    h('h2', { id: 'events-heading' }, t('ui.events.heading')),
    current?.scoring && !board.over ? h('p', { class: 'ev scoring now' }, t('ui.events.scoring')) : null,
    items.length > 0 ? h('ol', { class: 'event-list' }, items) : h('p', { class: 'muted' }, t('ui.events.none')),
  );
}
