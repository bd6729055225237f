// The side panel's list of powers: seat, score, pool, cards, actions and each power's own tracks.
import { t } from '../../i18n/catalogue.js';
import { POWERS, type Scenario } from '../../game/index.js';
import { powerName } from '../describe.js';
import { h, replace } from '../dom.js';
import type { PublicView, UiModel } from '../types.js';

/** Fill `root` with the powers; `model` is null in the replay viewer (no seats, nobody to act). */
export function renderPowers(root: HTMLElement, scenario: Scenario, board: PublicView, model: UiModel | null): void {
  const seats = model?.config.seats;
  const rows = POWERS.map((p) => {
    const kind = seats?.[p];
    const extra: (string | HTMLElement)[] = [];
    if (p === 'russia') extra.push(t('ui.powers.overstretch', { value: board.overstretch, max: scenario.options.overstretchMax }));
    if (p === 'turkey') extra.push(t('ui.powers.ots', { value: board.otsReadiness, need: scenario.options.otsReadyAt }));
    if (p === 'russia') {
      extra.push(h('span', { title: t('ui.powers.cstoLong') }, t('ui.powers.csto', { value: board.cstoWilling ? t('ui.yes') : t('ui.no') })));
    }
    // R6.5: who would pay for a fall, shown to everyone (the culprit track).
    extra.push(
      h(
        'span',
        {
          class: `agitation${board.agitation[p] > 0 && board.agitation[p] === Math.max(...POWERS.map((q) => board.agitation[q])) ? ' culprit' : ''}`,
          title: t('ui.powers.agitationLong'),
        },
        t('ui.powers.agitation', { value: board.agitation[p] }),
      ),
    );
    // R10.3: the tie-break keys after VP, always in view.
    extra.push(
      h('span', { class: 'tie-break', title: t('ui.powers.tieBreakLong') }, t('ui.powers.tieBreak', { value: board.tieBreak[p].value, influence: board.tieBreak[p].influence })),
    );
    const active = model?.active === p;
    return h(
      'li',
      { class: `power power-${p}${active ? ' active' : ''}`, 'data-power': p },
      h(
        'div',
        { class: 'power-head' },
        h('span', { class: `shape shape-${p}`, 'aria-hidden': 'true' }),
        h('strong', {}, powerName(p)),
        h('span', { class: 'seat' }, kind ? (kind === 'human' ? t('ui.powers.human') : t('ui.powers.bot', { level: t(`ui.level.${kind}`) })) : ''),
        model?.thinking === p ? h('span', { class: 'thinking' }, t('ui.powers.thinking')) : active ? h('span', { class: 'to-act' }, t('ui.powers.active')) : null,
      ),
      h(
        'div',
        { class: 'power-stats' },
        h('span', { class: 'vp', title: t('ui.powers.vpLong', { vp: board.vp[p] }) }, h('b', {}, String(board.vp[p])), ` ${t('ui.powers.vp')}`),
        h('span', { class: 'ip', title: t('ui.powers.ipLong', { ip: board.pool[p] }) }, h('b', {}, String(board.pool[p])), ` ${t('ui.powers.ip')}`),
        h('span', { class: 'cards', title: t('ui.powers.cards', { count: board.handCounts[p] }) }, t('ui.powers.cardsShort', { count: board.handCounts[p] })),
        h('span', { class: 'actions' }, t('ui.powers.actions', { taken: board.actionsTaken[p], max: scenario.options.turnsPerRound })),
        board.hasAgenda[p] ? h('span', { class: 'agenda', title: t('ui.powers.agenda') }, t('ui.powers.agendaShort')) : null,
      ),
      extra.length > 0
        ? h(
            'div',
            { class: 'power-extra' },
            extra.map((x) => h('span', {}, x)),
          )
        : null,
    );
  });
  replace(root, h('h2', {}, t('ui.powers.heading')), h('ul', { class: 'power-list' }, rows));
}
