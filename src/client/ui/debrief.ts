// The debrief: final scores with every point explained, how the crisis went in this game next to
// what really happened from 2 to 19 January 2022, and the turning points. Printable as a one- or
// two-page after-action report (see the print stylesheet).
import { t } from '../../i18n/catalogue.js';
import { POWERS, type Power, type SpaceId } from '../../game/index.js';
import { buildDebrief, type CrisisStory } from '../debrief.js';
import { moveText, formatDate, powerName, spaceName, vpReason } from '../describe.js';
import { h, replace } from '../dom.js';
import type { UiModel } from '../types.js';

export interface DebriefActions {
  readonly onPrint: () => void;
  readonly onReplay: () => void;
  readonly onExport: () => void;
  readonly onNew: () => void;
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

function unrestChart(crisis: CrisisStory, threshold: number, rounds: number, dateOf: (round: number) => string): SVGSVGElement {
  const w = 460;
  const hgt = 190;
  const left = 34;
  const right = 12;
  const top = 12;
  const bottom = 34;
  const x = (r: number): number => left + ((w - left - right) * r) / Math.max(1, rounds);
  const y = (u: number): number => top + ((hgt - top - bottom) * (10 - u)) / 10;
  const chart = svg('svg', { viewBox: `0 0 ${w} ${hgt}`, class: 'unrest-chart', role: 'img', 'aria-label': t('ui.debrief.unrestChart') });
  for (const u of [0, 5, 10]) {
    chart.append(svg('line', { x1: left, x2: w - right, y1: y(u), y2: y(u), class: 'grid' }));
    chart.append(svg('text', { x: left - 6, y: y(u) + 4, 'text-anchor': 'end', class: 'axis' }, String(u)));
  }
  chart.append(svg('line', { x1: left, x2: w - right, y1: y(threshold), y2: y(threshold), class: 'threshold' }));
  chart.append(svg('text', { x: w - right, y: y(threshold) - 4, 'text-anchor': 'end', class: 'threshold-label' }, t('ui.debrief.threshold')));
  for (let r = 0; r <= rounds; r++) {
    chart.append(svg('text', { x: x(r), y: hgt - bottom + 16, 'text-anchor': 'middle', class: 'axis' }, r === 0 ? '·' : String(r)));
    if (r > 0) chart.append(svg('text', { x: x(r), y: hgt - bottom + 29, 'text-anchor': 'middle', class: 'axis small' }, dateOf(r)));
  }
  const pts = crisis.unrest.map((u, r) => `${x(r)},${y(u)}`).join(' ');
  chart.append(svg('polyline', { points: pts, class: 'line' }));
  crisis.unrest.forEach((u, r) => chart.append(svg('circle', { cx: x(r), cy: y(u), r: 4, class: 'dot' })));
  if (crisis.answered) chart.append(svg('text', { x: x(crisis.answered.round), y: top + 10, 'text-anchor': 'middle', class: `mark power-${crisis.answered.power}` }, '↓'));
  return chart;
}

export function renderDebrief(root: HTMLElement, model: UiModel, actions: DebriefActions): void {
  const board = model.board;
  const scenario = model.scenario;
  const valueOf = (space: SpaceId): number => scenario.spaces.find((s) => s.id === space)?.value ?? 0;
  const report = buildDebrief(board, model.log, scenario.startUnrest, valueOf);
  const dateOf = (round: number): string => {
    const d = scenario.rounds[round - 1]?.date.split('/')[0] ?? '';
    const [, , day] = d.split('-');
    return day ? `${Number(day)}/1` : '';
  };
  const longDate = (round: number): string => formatDate(scenario.rounds[round - 1]?.date ?? '');
  const winnerLine = report.winner ? t('ui.debrief.winner', { power: powerName(report.winner) }) : t('ui.debrief.draw');
  const reasonLine = report.reason === 'suddenDeath' ? t('ui.debrief.reason.suddenDeath', { lead: scenario.options.suddenDeathLead }) : t('ui.debrief.reason.lastRound');

  const scores = h(
    'table',
    { class: 'scores' },
    h('thead', {}, h('tr', {}, h('td', {}, ''), h('th', { scope: 'col' }, t('ui.debrief.total')))),
    h(
      'tbody',
      {},
      report.ranking.map((p, i) =>
        h(
          'tr',
          { class: `power-${p}${i === 0 && report.winner ? ' winner' : ''}` },
          h('th', { scope: 'row' }, h('span', { class: `shape shape-${p}`, 'aria-hidden': 'true' }), `${i + 1}. ${powerName(p)}`),
          h('td', { class: 'num' }, String(report.vp[p])),
        ),
      ),
    ),
  );

  const pointsFor = (p: Power): HTMLElement => {
    const lines = report.points[p];
    return h(
      'div',
      { class: `points power-${p}` },
      h('h4', {}, h('span', { class: `shape shape-${p}`, 'aria-hidden': 'true' }), t('ui.debrief.powerTotal', { power: powerName(p), vp: report.vp[p] })),
      lines.length === 0
        ? h('p', { class: 'muted' }, t('ui.debrief.noPoints'))
        : h(
            'ul',
            {},
            lines.map((l) =>
              h(
                'li',
                {},
                h('span', { class: `amt ${l.amount >= 0 ? 'plus' : 'minus'}` }, `${l.amount >= 0 ? '+' : '−'}${Math.abs(l.amount)}`),
                ' ',
                t('ui.debrief.pointLine', { round: l.round, reason: vpReason(l.reason, l.space, l.detail) }),
              ),
            ),
          ),
    );
  };

  const crisis = report.crisis;
  const facts: string[] = [];
  facts.push(crisis.calledRound ? t('ui.debrief.called', { round: crisis.calledRound, date: longDate(crisis.calledRound) }) : t('ui.debrief.neverCalled'));
  if (crisis.calledRound)
    facts.push(
      crisis.answered
        ? t('ui.debrief.answered', { power: powerName(crisis.answered.power), round: crisis.answered.round, date: longDate(crisis.answered.round) })
        : t('ui.debrief.notAnswered'),
    );
  facts.push(crisis.fellRound ? t('ui.debrief.fell', { round: crisis.fellRound, date: longDate(crisis.fellRound) }) : t('ui.debrief.survived'));
  let compare = t('ui.debrief.compare.noCall');
  if (crisis.fellRound) compare = t('ui.debrief.compare.fell');
  else if (crisis.answered)
    compare =
      crisis.answered.power === 'russia'
        ? t('ui.debrief.compare.sameAnswer', { power: powerName('russia') })
        : t('ui.debrief.compare.otherAnswer', { power: powerName(crisis.answered.power) });
  else if (crisis.calledRound) compare = t('ui.debrief.compare.noAnswer');

  const turning = report.turning.map((tp) => {
    const parts = [
      ...tp.vp.map((v) =>
        t('ui.debrief.swing.vp', {
          power: powerName(v.power),
          amount: `${v.amount >= 0 ? '+' : '−'}${Math.abs(v.amount)}`,
          reason: vpReason(v.reason, v.space, v.detail),
        }),
      ),
      ...tp.control.map((c) =>
        c.to
          ? t('ui.debrief.swing.control', { space: spaceName(c.space), power: powerName(c.to) })
          : t('ui.debrief.swing.controlLost', { space: spaceName(c.space), power: powerName(c.from) }),
      ),
    ];
    return h(
      'li',
      {},
      h('strong', {}, t('ui.debrief.turningLine', { round: tp.entry.round, move: tp.entry.move ? moveText(tp.entry.move) : '' })),
      h('span', { class: 'swing' }, ` — ${parts.join('; ')}`),
    );
  });

  const history = [1, 2, 3, 4, 5, 6, 7].map((i) => h('li', {}, t(`ui.debrief.history.${i}`)));

  replace(
    root,
    h(
      'article',
      { class: 'report', 'aria-labelledby': 'debrief-title' },
      h(
        'header',
        { class: 'report-head' },
        h(
          'div',
          {},
          h('h1', { id: 'debrief-title' }, `${t('ui.appTitle')} — ${t('ui.debrief.title')}`),
          h(
            'p',
            { class: 'subtitle' },
            t('ui.debrief.subtitle', {
              scenario: t(`scenario.${board.scenarioId}.title`),
              seed: model.config.seed,
              date: formatDate(scenario.rounds[scenario.rounds.length - 1]?.date ?? ''),
            }),
          ),
        ),
        h(
          'div',
          { class: 'report-actions no-print' },
          h('button', { class: 'btn primary', id: 'debrief-print', onclick: actions.onPrint }, t('ui.debrief.print')),
          h('button', { class: 'btn', id: 'debrief-replay', onclick: actions.onReplay }, t('ui.debrief.replay')),
          h('button', { class: 'btn', id: 'debrief-export', onclick: actions.onExport }, t('ui.debrief.export')),
          h('button', { class: 'btn', id: 'debrief-new', onclick: actions.onNew }, t('ui.debrief.newGame')),
        ),
      ),
      h('section', { class: 'result' }, h('h2', { class: report.winner ? `power-${report.winner}` : '' }, winnerLine), h('p', {}, reasonLine), scores),
      h(
        'section',
        { class: 'turning' },
        h('h3', {}, t('ui.debrief.turning')),
        h('p', { class: 'muted' }, t('ui.debrief.turningHelp')),
        turning.length > 0 ? h('ol', {}, turning) : h('p', {}, t('ui.debrief.noTurning')),
      ),
      h('section', { class: 'explained' }, h('h3', {}, t('ui.debrief.points')), h('div', { class: 'points-grid' }, POWERS.map(pointsFor))),
      h(
        'section',
        { class: 'crisis' },
        h(
          'div',
          { class: 'crisis-game' },
          h('h3', {}, t('ui.debrief.crisis')),
          h('p', { class: 'caption' }, t('ui.debrief.unrestChart')),
          unrestChart(crisis, scenario.options.callThreshold, scenario.rounds.length, dateOf),
          h(
            'ul',
            { class: 'facts' },
            facts.map((f) => h('li', {}, f)),
          ),
          h('p', { class: 'compare' }, compare),
        ),
        h(
          'div',
          { class: 'crisis-history' },
          h('h3', {}, t('ui.debrief.history')),
          h('ol', { class: 'timeline' }, history),
          h('p', { class: 'summary' }, t('ui.debrief.history.summary')),
        ),
      ),
      h('footer', { class: 'print-footer' }, t('ui.debrief.printFooter', { scenario: t(`scenario.${board.scenarioId}.title`), seed: model.config.seed })),
    ),
  );
}
