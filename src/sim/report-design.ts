// "How the game played" in report.html: the figures the second edition's design targets read
// (Summary.design, GAME-DESIGN.md's design targets), as charts and a list of targets met or not.
import { hasMessage, t } from '../i18n/catalogue.js';
import { OPERATIONS, POWERS } from '../rules/index.js';
import { UNREST_PUSHERS, type Summary } from './aggregate.js';
import { OPERATIONS_OF } from './power-operations.js';
import { NEUTRAL_COLOURS, VP_SOURCE_COLOURS } from '../palette.js';
import { chartBlock, check, COLOURS, esc, m, pct, pctValue, powerName, type ChartSpec } from './report-html.js';

/** Design targets from the brief's second edition (GAME-DESIGN.md, Design targets) that one run can show. */
export const DESIGN_TARGETS = {
  crisisShare: 0.25,
  eventShare: 0.3,
  eventSharePower: 0.2,
  rescuedLow: 0.55,
  rescuedHigh: 0.85,
  rescuedByRussia: 0.45,
  outcomeWinMax: 0.5,
  opsPerGame: 1,
  closeFinish: 0.4,
  tieBreak: 0.03,
  leaderLow: 0.4,
  leaderHigh: 0.65,
  capitalNobody: 0.6,
} as const;

const SOURCE_COLOURS: Readonly<Record<string, string>> = VP_SOURCE_COLOURS;
const OTHER_SOURCE_COLOUR = NEUTRAL_COLOURS.otherSource;

/** A catalogue message for `key`, or `fallback` when the catalogue has none (a reason the rules added later). */
function named(key: string, fallback: string): string {
  return hasMessage(key) ? t(key) : fallback;
}

function outcomeName(key: string): string {
  const power = POWERS.find((p) => key === `rescuedBy${p[0]?.toUpperCase()}${p.slice(1)}`);
  if (power) return t('sim.report.regime.rescuedBy', { power: powerName(power) });
  return named(`sim.report.design.outcome.${key}`, key);
}

/** "How the game played": the figures the second edition's design targets read (Summary.design). */
export function designSection(s: Summary, body: string[], charts: ChartSpec[]): void {
  const d = s.design;
  const T = DESIGN_TARGETS;
  const last = (): ChartSpec => charts[charts.length - 1] as ChartSpec;
  body.push(`<h2>${m('sim.report.design.heading')}</h2><p>${m('sim.report.design.explained')}</p>`);

  // Where the points came from.
  body.push(`<h3>${m('sim.report.design.vpHeading')}</h3>`);
  body.push(
    `<p>${m('sim.report.design.crisisLine', { share: pct(d.crisisShare), target: pct(T.crisisShare), russia: pct(d.crisisShareByPower.russia), turkey: pct(d.crisisShareByPower.turkey), china: pct(d.crisisShareByPower.china) })}</p>`,
  );
  // The map's sources first, then the crisis's, in SOURCE_COLOURS's order; a reason added later goes last.
  const order = Object.keys(SOURCE_COLOURS);
  const rank = (source: string): number => (order.includes(source) ? order.indexOf(source) : order.length);
  const sources = Object.keys(d.vpBySource.russia).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  charts.push({
    id: 'chart-design-vp',
    type: 'bar',
    labels: POWERS.map(powerName),
    datasets: sources.map((source) => ({
      label: named(`sim.report.design.source.${source}`, source),
      data: POWERS.map((p) => d.vpBySource[p][source] ?? 0),
      backgroundColor: SOURCE_COLOURS[source] ?? OTHER_SOURCE_COLOUR,
    })),
    xTitle: '',
    yTitle: t('sim.report.design.vpAxis'),
    percent: false,
    horizontal: false,
    legend: true,
    stacked: true,
  });
  body.push(chartBlock(last(), t('sim.report.design.vpHeading'), 380));
  body.push(`<p class="note">${m('sim.report.design.vpNote')}</p>`);

  // Cards and operations.
  body.push(`<h3>${m('sim.report.design.cardsHeading')}</h3>`);
  body.push(`<p>${m('sim.report.design.eventLine', { share: pct(d.eventShare.all), target: pct(T.eventShare), powerTarget: pct(T.eventSharePower) })}</p>`);
  const eventKeys = ['all', ...POWERS] as const;
  charts.push({
    id: 'chart-design-events',
    type: 'bar',
    labels: eventKeys.map((k) => (k === 'all' ? t('sim.report.design.allPowers') : powerName(k))),
    datasets: [
      {
        label: t('sim.report.design.eventAxis'),
        data: eventKeys.map((k) => pctValue(d.eventShare[k])),
        backgroundColor: eventKeys.map((k) => (k === 'all' ? '#5d6d7e' : COLOURS[k])),
      },
    ],
    xTitle: '',
    yTitle: t('sim.report.design.eventAxis'),
    percent: true,
    horizontal: false,
    legend: false,
  });
  body.push(chartBlock(last(), t('sim.report.design.cardsHeading'), 260));
  body.push(`<p>${m('sim.report.design.opsLine')}</p>`);
  const opRows = POWERS.map((p) => {
    const cells = OPERATIONS.map((op) => {
      const value = d.opsPerGame[p][op];
      if (value === undefined) return `<td class="num note">${m('sim.report.design.notAllowed')}</td>`;
      const style = value < T.opsPerGame ? ' style="background:rgba(200,60,50,0.25)"' : '';
      return `<td class="num"${style}>${esc(value.toFixed(1))}</td>`;
    });
    return `<tr><td>${esc(powerName(p))}</td>${cells.join('')}</tr>`;
  });
  body.push(
    `<table><thead><tr><th>${m('sim.report.col.power')}</th>${OPERATIONS.map((op) => `<th>${m(`sim.report.design.op.${op}`)}</th>`).join('')}</tr></thead><tbody>${opRows.join('')}</tbody></table>`,
  );

  // The regime, and who won in each of its outcomes.
  body.push(`<h3>${m('sim.report.design.regimeHeading')}</h3>`);
  body.push(
    `<p>${m('sim.report.design.regimeLine', { rescued: pct(d.regime.rescued), russia: pct(d.regime.rescuedByRussia), turkey: pct(d.regime.rescuedByTurkey), fell: pct(d.regime.fell) })}</p>`,
  );
  const outcomes = Object.keys(d.winsByOutcome);
  charts.push({
    id: 'chart-design-outcomes',
    type: 'bar',
    labels: outcomes.map((o) => t('sim.report.design.outcomeLabel', { outcome: outcomeName(o), games: d.winsByOutcome[o]?.games ?? 0 })),
    datasets: POWERS.map((p) => ({ label: powerName(p), data: outcomes.map((o) => pctValue(d.winsByOutcome[o]?.[p] ?? 0)), backgroundColor: COLOURS[p] })),
    xTitle: '',
    yTitle: t('sim.report.winRateAxis'),
    percent: true,
    horizontal: false,
    legend: true,
  });
  body.push(chartBlock(last(), t('sim.report.design.regimeHeading')));
  body.push(`<p class="note">${m('sim.report.design.outcomeNote', { max: pct(T.outcomeWinMax) })}</p>`);

  // Who moved the unrest.
  body.push(`<h3>${m('sim.report.design.unrestHeading')}</h3><p>${m('sim.report.design.unrestExplained')}</p>`);
  charts.push({
    id: 'chart-design-unrest',
    type: 'bar',
    labels: UNREST_PUSHERS.map((c) => named(`sim.report.design.cause.${c}`, c)),
    datasets: [
      { label: t('sim.report.design.raised'), data: UNREST_PUSHERS.map((c) => d.unrestRaisedBy[c]), backgroundColor: VP_SOURCE_COLOURS.answeredCall },
      { label: t('sim.report.design.lowered'), data: UNREST_PUSHERS.map((c) => d.unrestLoweredBy[c]), backgroundColor: '#27ae60' },
    ],
    xTitle: '',
    yTitle: t('sim.report.design.unrestAxis'),
    percent: false,
    horizontal: false,
    legend: true,
  });
  body.push(chartBlock(last(), t('sim.report.design.unrestHeading'), 280));

  // The finish.
  body.push(`<h3>${m('sim.report.design.finishHeading')}</h3>`);
  const finish = [
    m('sim.report.design.marginLine', { close: pct(d.margin.le2), level: pct(d.margin.tieBreak), mean: d.margin.mean.toFixed(1) }),
    d.leaderAfterMidScoringWins === null
      ? m('sim.report.design.noLeader')
      : m('sim.report.design.leaderLine', { share: pct(d.leaderAfterMidScoringWins), games: d.leaderAfterMidScoringGames }),
    m('sim.report.design.capitalLine', { nobody: pct(d.capitalAtEnd.nobody) }),
  ];
  body.push(`<ul>${finish.map((line) => `<li>${line}</li>`).join('')}</ul>`);
  const capitalKeys = ['nobody', ...POWERS] as const;
  charts.push({
    id: 'chart-design-capital',
    type: 'bar',
    labels: capitalKeys.map((k) => (k === 'nobody' ? t('sim.report.design.nobody') : powerName(k))),
    datasets: [
      {
        label: t('sim.report.design.capitalAxis'),
        data: capitalKeys.map((k) => pctValue(d.capitalAtEnd[k])),
        backgroundColor: capitalKeys.map((k) => (k === 'nobody' ? NEUTRAL_COLOURS.draw : COLOURS[k])),
      },
    ],
    xTitle: t('sim.report.design.capitalTitle'),
    yTitle: t('sim.report.design.capitalAxis'),
    percent: true,
    horizontal: false,
    legend: false,
  });
  body.push(chartBlock(last(), t('sim.report.design.finishHeading'), 260));

  // The targets, checked.
  body.push(`<h3>${m('sim.report.design.targetsHeading')}</h3><p class="note">${m('sim.report.design.targetsExplained')}</p>`);
  const checks: string[] = [];
  checks.push(check(d.crisisShare >= T.crisisShare, t('sim.report.design.target.crisis', { share: pct(d.crisisShare), target: pct(T.crisisShare) })));
  checks.push(check(d.eventShare.all >= T.eventShare, t('sim.report.design.target.events', { share: pct(d.eventShare.all), target: pct(T.eventShare) })));
  for (const p of POWERS) {
    checks.push(
      check(d.eventShare[p] >= T.eventSharePower, t('sim.report.design.target.eventsPower', { power: powerName(p), share: pct(d.eventShare[p]), target: pct(T.eventSharePower) })),
    );
  }
  checks.push(
    check(
      d.regime.rescued >= T.rescuedLow && d.regime.rescued <= T.rescuedHigh,
      t('sim.report.design.target.rescued', { share: pct(d.regime.rescued), low: pct(T.rescuedLow), high: pct(T.rescuedHigh) }),
    ),
  );
  checks.push(
    check(d.regime.rescuedByRussia >= T.rescuedByRussia, t('sim.report.design.target.rescuedByRussia', { share: pct(d.regime.rescuedByRussia), target: pct(T.rescuedByRussia) })),
  );
  for (const o of ['rescuedByRussia', 'fell'] as const) {
    const wins = d.winsByOutcome[o];
    if (!wins || wins.games === 0) continue;
    const top = Math.max(...POWERS.map((p) => wins[p]));
    checks.push(check(top <= T.outcomeWinMax, t('sim.report.design.target.outcome', { outcome: outcomeName(o), games: wins.games, top: pct(top), max: pct(T.outcomeWinMax) })));
  }
  for (const p of POWERS) {
    const ops = OPERATIONS_OF[p].map((op) => ({ op, value: d.opsPerGame[p][op] ?? 0 }));
    const least = ops.reduce((a, b) => (b.value < a.value ? b : a));
    checks.push(
      check(least.value >= T.opsPerGame, t('sim.report.design.target.ops', { power: powerName(p), op: t(`sim.report.design.op.${least.op}`), value: least.value.toFixed(1) })),
    );
  }
  checks.push(check(d.margin.le2 < T.closeFinish, t('sim.report.design.target.close', { share: pct(d.margin.le2), target: pct(T.closeFinish) })));
  checks.push(check(d.margin.tieBreak < T.tieBreak, t('sim.report.design.target.tieBreak', { share: pct(d.margin.tieBreak), target: pct(T.tieBreak) })));
  if (d.leaderAfterMidScoringWins !== null) {
    const share = d.leaderAfterMidScoringWins;
    checks.push(check(share >= T.leaderLow && share <= T.leaderHigh, t('sim.report.design.target.leader', { share: pct(share), low: pct(T.leaderLow), high: pct(T.leaderHigh) })));
  }
  checks.push(check(d.capitalAtEnd.nobody <= T.capitalNobody, t('sim.report.design.target.capital', { share: pct(d.capitalAtEnd.nobody), target: pct(T.capitalNobody) })));
  body.push(`<ul class="checks">${checks.join('')}</ul>`);
  body.push(`<p class="note">${m('sim.report.design.notHere')}</p>`);
}
