// The setup screen: scenario (title and description from the catalogue), each seat human or bot,
// the seed (shown and editable, so a class can replay the same game), secret agendas.
import { t } from '../../i18n/catalogue.js';
import { POWERS, type ByPower, type Power } from '../../game/index.js';
import { formatDate, powerName } from '../describe.js';
import { h, replace } from '../dom.js';
import { DEFAULT_SCENARIO, gameById, scenarioIds } from '../scenarios.js';
import type { StoredGame } from '../save.js';
import { SEAT_KINDS, type GameConfig, type SeatKind } from '../types.js';
import { renderStoredNotice } from './stored-notice.js';

export interface SetupChoice {
  readonly config: GameConfig;
  readonly fastBots: boolean;
}

export interface SetupOptions {
  readonly fastBots: boolean;
  /** The game kept in this browser: resumable, or a text that cannot be resumed (shown in a notice). */
  readonly stored: StoredGame;
  readonly onStart: (choice: SetupChoice) => void;
  readonly onResume: (() => void) | null;
  readonly onImport: () => void;
  /** The player dismissed the notice about a stored game that cannot be resumed. */
  readonly onDismissStored: () => void;
}

/** A fresh seed from the browser's crypto source (a new game; never used inside the rules). */
export function freshSeed(): number {
  const buf = new Uint32Array(1);
  crypto.getRandomValues(buf);
  return (buf[0] ?? 1) % 1_000_000;
}

/** Whether a scenario's rules deal secret agendas (R1.7). */
function agendasByDefault(id: string): boolean {
  return gameById(id)?.scenario.options.agendas ?? false;
}

export function renderSetup(root: HTMLElement, opts: SetupOptions): void {
  const saved = opts.stored.kind === 'game' ? opts.stored.save : null;
  const last = saved?.config;
  let scenario = last?.scenarioId ?? DEFAULT_SCENARIO;
  const seats: ByPower<SeatKind> = last ? { ...last.seats } : { russia: 'human', turkey: 'human', china: 'human' };

  const scenarioList = h('div', { class: 'scenario-list', role: 'radiogroup', 'aria-label': t('ui.setup.scenario') });
  const drawScenarios = (): void => {
    replace(
      scenarioList,
      scenarioIds().map((id) => {
        const def = gameById(id)?.scenario;
        const first = def?.rounds[0]?.date ?? '';
        const lastRound = def?.rounds[def.rounds.length - 1]?.date ?? '';
        const input = h('input', { type: 'radio', name: 'scenario', value: id, id: `scenario-${id}`, checked: id === scenario });
        input.addEventListener('change', () => {
          scenario = id;
          // A scenario's rules say whether it plays with secret agendas (R1.7); the box follows the
          // scenario until the player sets it.
          if (!agendasTouched) agendas.checked = agendasByDefault(id);
        });
        return h(
          'label',
          { class: 'scenario', for: `scenario-${id}` },
          input,
          h(
            'span',
            { class: 'scenario-body' },
            h('strong', {}, t(`scenario.${id}.title`)),
            h(
              'span',
              { class: 'meta' },
              t('ui.setup.rounds', { rounds: def?.rounds.length ?? 0, from: formatDate(first.split('/')[0] ?? ''), to: formatDate(lastRound.split('/')[0] ?? '') }),
            ),
            h('span', { class: 'desc' }, t(`scenario.${id}.description`)),
          ),
        );
      }),
    );
  };
  drawScenarios();

  // What each chosen bot does, from the catalogue's descriptions, so a class picking "hard" knows
  // what it will face; it follows the selects and names each kind once.
  const botHelp = h('p', { class: 'help', id: 'seat-bots', 'aria-live': 'polite' });
  const drawBotHelp = (): void => {
    const chosen = SEAT_KINDS.filter((kind) => kind !== 'human' && POWERS.some((p) => seats[p] === kind));
    botHelp.hidden = chosen.length === 0;
    replace(
      botHelp,
      chosen.map((kind) => h('span', { class: 'bot-desc' }, t(`ai.bot.${kind}`))),
    );
  };
  drawBotHelp();

  const seatRows = POWERS.map((p: Power) => {
    const select = h(
      'select',
      { id: `seat-${p}`, 'aria-label': powerName(p), 'aria-describedby': 'seat-bots' },
      SEAT_KINDS.map((kind) => h('option', { value: kind, selected: seats[p] === kind }, t(`ui.setup.seat.${kind}`))),
    );
    select.addEventListener('change', () => {
      seats[p] = select.value as SeatKind;
      drawBotHelp();
    });
    return h('div', { class: `seat-row power-${p}` }, h('label', { for: `seat-${p}` }, h('span', { class: `shape shape-${p}`, 'aria-hidden': 'true' }), powerName(p)), select);
  });

  const seed = h('input', {
    id: 'seed',
    'aria-label': t('ui.setup.seed'),
    type: 'number',
    min: 0,
    max: 999999999,
    step: 1,
    value: String(last?.seed ?? freshSeed()),
    inputmode: 'numeric',
  });
  const agendas = h('input', { id: 'agendas', type: 'checkbox', checked: last?.agendas ?? agendasByDefault(scenario) });
  let agendasTouched = last !== undefined;
  agendas.addEventListener('change', () => {
    agendasTouched = true;
  });
  const fast = h('input', { id: 'fast-bots', type: 'checkbox', checked: opts.fastBots });
  const start = h('button', { class: 'btn primary big', id: 'start', type: 'submit' }, t('ui.setup.start'));

  const form = h(
    'form',
    { class: 'setup-panel', 'aria-labelledby': 'setup-title' },
    h('header', {}, h('h1', { id: 'setup-title' }, t('ui.appTitle')), h('p', { class: 'subtitle' }, t('ui.appSubtitle')), h('p', { class: 'blurb' }, t('ui.setup.blurb'))),
    opts.onResume && saved
      ? h(
          'div',
          { class: 'resume' },
          h('button', { class: 'btn primary', type: 'button', id: 'resume', onclick: () => opts.onResume?.() }, t('ui.setup.resume')),
          h('span', { class: 'muted' }, `${t(`scenario.${saved.config.scenarioId}.title`)} · ${t('ui.setup.seed')} ${saved.config.seed}`),
        )
      : null,
    opts.stored.kind === 'unreadable' ? renderStoredNotice({ text: opts.stored.text, problem: opts.stored.problem, onDismiss: opts.onDismissStored }) : null,
    h(
      'div',
      { class: 'setup-grid' },
      h('fieldset', { class: 'scenarios' }, h('legend', {}, t('ui.setup.scenario')), scenarioList),
      h(
        'div',
        { class: 'setup-side' },
        h('fieldset', {}, h('legend', {}, t('ui.setup.seats')), seatRows, botHelp, h('p', { class: 'help' }, t('ui.setup.hotseat'))),
        h(
          'fieldset',
          {},
          h('legend', {}, t('ui.setup.seed')),
          h(
            'div',
            { class: 'seed-row' },
            seed,
            h(
              'button',
              {
                class: 'btn',
                type: 'button',
                id: 'new-seed',
                onclick: () => {
                  seed.value = String(freshSeed());
                },
              },
              t('ui.setup.newSeed'),
            ),
          ),
          h('p', { class: 'help' }, t('ui.setup.seedHelp')),
        ),
        h(
          'fieldset',
          {},
          h('label', { class: 'check' }, agendas, h('span', {}, h('strong', {}, t('ui.setup.agendas')), h('span', { class: 'help' }, t('ui.setup.agendasHelp')))),
          h('label', { class: 'check' }, fast, h('span', {}, t('ui.setup.fastBots'))),
        ),
      ),
    ),
    h('div', { class: 'setup-actions' }, start, h('button', { class: 'btn', type: 'button', id: 'setup-import', onclick: () => opts.onImport() }, t('ui.setup.import'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = Math.max(0, Math.floor(Number(seed.value) || 0));
    opts.onStart({ config: { scenarioId: scenario, seed: value, agendas: agendas.checked, seats: { ...seats } }, fastBots: fast.checked });
  });
  replace(root, form);
  start.focus();
}
