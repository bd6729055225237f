// The bar above the map: date and round, turn order, the unrest track, the regime, the scenario
// name and whether undo is possible. The replay viewer draws it too, with no live model.
import { t } from '../../i18n/catalogue.js';
import { formatDate, powerName } from '../describe.js';
import { byId, h, replace } from '../dom.js';
import { restartAnimation } from '../effects.js';
import type { Scenario } from '../../game/index.js';
import type { PublicView, UiModel } from '../types.js';

export class TopBar {
  /** The unrest last drawn: the track flashes when it moves, not on the first draw of a game. */
  private lastUnrest: number | null = null;
  /** What each block shows now: a block is rebuilt only when its own facts change. Rebuilding the
   *  unrest track for another block's change replayed its flash (the new cells start the
   *  animation afresh), and every rebuild costs layout. */
  private readonly shown = new Map<string, string>();

  /** `onAnimate` counts the flash for the test probe. */
  constructor(private readonly onAnimate: () => void) {}

  /** A new game or replay: its first unrest value is no move, and every block is drawn afresh. */
  reset(): void {
    this.lastUnrest = null;
    this.shown.clear();
    byId('top-unrest').classList.remove('moved');
  }

  private changed(block: string, facts: unknown): boolean {
    const key = JSON.stringify(facts);
    if (this.shown.get(block) === key) return false;
    this.shown.set(block, key);
    return true;
  }

  render(scenario: Scenario, board: PublicView, model: UiModel | null): void {
    const rounds = scenario.rounds.length;
    const round = Math.min(board.round, rounds);
    const date = scenario.rounds[round - 1]?.date ?? '';
    if (this.changed('date', [date, round, rounds, board.phase]))
      replace(
        byId('top-date'),
        h('span', { class: 'date' }, formatDate(date)),
        h('span', { class: 'round' }, t('ui.top.round', { round, rounds })),
        board.phase ? h('span', { class: `phase phase-${board.phase}`, title: t('ui.top.phaseLong') }, t(`ui.phase.${board.phase}`)) : null,
      );
    const active = model?.active ?? null;
    if (this.changed('order', [board.order, active]))
      replace(
        byId('top-order'),
        h('span', { class: 'label' }, t('ui.top.order')),
        h(
          'ol',
          { class: 'order' },
          board.order.map((p) =>
            h(
              'li',
              { class: `chip power-${p}${active === p ? ' active' : ''}`, 'aria-current': active === p ? 'true' : null },
              h('span', { class: `shape shape-${p}`, 'aria-hidden': 'true' }),
              powerName(p),
            ),
          ),
        ),
      );
    const threshold = scenario.options.callThreshold;
    const track = byId('top-unrest');
    if (this.changed('unrest', [board.unrest, threshold])) {
      const cells = [];
      for (let i = 0; i <= 10; i++) {
        cells.push(
          h(
            'li',
            {
              class: `cell${i === board.unrest ? ' current' : ''}${i >= threshold ? ' danger' : ''}${i === 10 ? ' fall' : ''}`,
              'aria-current': i === board.unrest ? 'true' : null,
            },
            String(i),
          ),
        );
      }
      replace(
        track,
        h('span', { class: 'label' }, t('ui.top.unrest')),
        h('ol', { class: 'track', 'aria-label': t('ui.top.unrestValue', { value: board.unrest, threshold }) }, cells),
      );
    }
    if (this.lastUnrest !== null && this.lastUnrest !== board.unrest) {
      restartAnimation(track, 'moved');
      // Done flashing, the track drops the class: cells drawn later (a new game, back from the
      // replay) must not flash for a move they did not show.
      track.addEventListener('animationend', () => track.classList.remove('moved'), { once: true });
      this.onAnimate();
    }
    this.lastUnrest = board.unrest;
    if (this.changed('regime', [board.regime, board.rescuedBy, board.capital])) {
      const regime = board.regime === 'rescued' ? t('ui.regime.rescued', { power: powerName(board.rescuedBy) }) : t(`ui.regime.${board.regime}`);
      replace(
        byId('top-regime'),
        h('span', { class: 'label' }, t('ui.top.regime')),
        h('span', { class: `regime regime-${board.regime}` }, regime),
        // R6.7: the elite struggle is always shown, nobody included.
        h(
          'span',
          { class: `capital${board.capital ? ` power-${board.capital}` : ''}` },
          board.capital ? t('ui.top.capital', { power: powerName(board.capital) }) : t('ui.top.capitalNobody'),
        ),
      );
    }
    const undo = byId<HTMLButtonElement>('btn-undo');
    undo.disabled = !(model?.canUndo ?? false);
    byId('top-scenario').textContent = t(`scenario.${board.scenarioId}.title`);
  }
}
