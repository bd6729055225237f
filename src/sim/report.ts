// report.html: one self-contained page a teacher can open with no network. The charting library is
// passed in as text and inlined; every word comes from the message catalogue (sim.*); the page
// depends only on the summary, so the same games always give the same bytes.
import { hasMessage, t } from '../i18n/catalogue.js';
import { parseMoveId, POWERS } from '../rules/index.js';
import type { BotName } from '../ai/bot.js';
import type { Rate, Summary } from './aggregate.js';
import { designSection } from './report-design.js';
import { chartBlock, check, COLOURS, esc, m, pct, pctValue, powerName, table, type ChartSpec } from './report-html.js';

export interface ReportOptions {
  /** The UMD build of Chart.js, inlined into the page. */
  readonly chartJs: string;
}

/** Balance targets from the design brief (GAME-DESIGN.md). */
export const TARGETS = { winLow: 0.25, winHigh: 0.42, firstMoveShare: 0.6, suddenDeath: 1 / 3 } as const;

const BOT_COLOURS: Record<BotName, string> = { random: '#9e9e9e', heuristic: '#5b8c5a', easy: '#7fb3d5', medium: '#2e86c1', hard: '#1b2631' };

function botName(b: BotName): string {
  return t(`sim.bot.${b}`);
}

export function scenarioTitle(id: string): string {
  const key = `scenario.${id}.title`;
  return hasMessage(key) ? t(key) : id;
}

function cardTitle(id: string): string {
  const key = `card.${id}.title`;
  return hasMessage(key) ? t(key) : id;
}

/** A first move, as its moveId ("playEvent:russia:card"), in words. */
function moveName(key: string): string {
  const move = parseMoveId(key);
  if (move?.type === 'playEvent') return t('sim.move.playEvent', { card: cardTitle(move.card) });
  if (move?.type === 'playOps') return t('sim.move.playOps', { card: cardTitle(move.card) });
  if (move?.type === 'answerCall') return t('sim.move.answerCall');
  if (move?.type === 'pass') return t('sim.move.pass');
  return key;
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command that plays these games again (the output folder is the reader's choice). */
export function reproduceCommand(s: Summary, games = s.games): string {
  const words = ['npm', 'run', 'sim', '--', '--scenario', shellWord(s.scenarioSource), '--games', String(games), '--seed', String(s.seed)];
  words.push('--bots', POWERS.map((p) => s.bots[p]).join(','));
  if (s.firstGame !== 0) words.push('--first-game', String(s.firstGame));
  if (s.rotateSeats) words.push('--rotate-seats');
  if (s.rotateOrder) words.push('--rotate-order');
  if (s.agendas) words.push('--agendas');
  words.push('--out', t('sim.report.outPlaceholder'));
  return words.join(' ');
}

function interval(r: Rate): [number, number] {
  return [Math.round(r.low * 1000) / 10, Math.round(r.high * 1000) / 10];
}

/** The cells of a rate row: games, count, rate and its interval. */
function rateCells(r: Rate): string {
  return `<td class="num">${r.games}</td><td class="num">${r.count}</td><td class="num">${esc(pct(r.rate))}</td><td class="num">${esc(pct(r.low))} – ${esc(pct(r.high))}</td>`;
}

/** Tone of a card-impact cell against the power's overall win rate: green above, red below. */
function cellStyle(rate: number, games: number, base: number): string {
  if (games < 5) return '';
  const d = Math.max(-0.3, Math.min(0.3, rate - base));
  const alpha = (Math.abs(d) / 0.3) * 0.55;
  if (alpha < 0.03) return '';
  const rgb = d > 0 ? '46,160,67' : '200,60,50';
  return ` style="background:rgba(${rgb},${alpha.toFixed(2)})"`;
}

// The page's own script: reads the chart specs and draws them. Static text; data comes from JSON.
const PAGE_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('sim-data').textContent);
  var intervalPlugin = {
    id: 'intervals',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var horizontal = chart.options.indexAxis === 'y';
      var scale = horizontal ? chart.scales.x : chart.scales.y;
      chart.data.datasets.forEach(function (ds, i) {
        if (!ds.intervals || !chart.isDatasetVisible(i)) return;
        chart.getDatasetMeta(i).data.forEach(function (bar, j) {
          var iv = ds.intervals[j];
          if (!iv) return;
          var a = scale.getPixelForValue(iv[0]);
          var b = scale.getPixelForValue(iv[1]);
          var w = Math.max(3, Math.min(10, (bar.width || bar.height || 20) / 4));
          ctx.save();
          ctx.strokeStyle = '#111';
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          if (horizontal) {
            ctx.moveTo(a, bar.y); ctx.lineTo(b, bar.y);
            ctx.moveTo(a, bar.y - w); ctx.lineTo(a, bar.y + w);
            ctx.moveTo(b, bar.y - w); ctx.lineTo(b, bar.y + w);
          } else {
            ctx.moveTo(bar.x, a); ctx.lineTo(bar.x, b);
            ctx.moveTo(bar.x - w, a); ctx.lineTo(bar.x + w, a);
            ctx.moveTo(bar.x - w, b); ctx.lineTo(bar.x + w, b);
          }
          ctx.stroke();
          ctx.restore();
        });
      });
    }
  };
  Chart.defaults.font.size = 14;
  Chart.defaults.animation = false;
  data.charts.forEach(function (spec) {
    var canvas = document.getElementById(spec.id);
    if (!canvas) return;
    var valueAxis = spec.horizontal ? 'x' : 'y';
    var categoryAxis = spec.horizontal ? 'y' : 'x';
    var scales = {};
    scales[valueAxis] = { beginAtZero: true, title: { display: true, text: spec.yTitle } };
    if (spec.percent) {
      scales[valueAxis].max = 100;
      scales[valueAxis].ticks = { callback: function (v) { return v + '%'; } };
    }
    scales[categoryAxis] = { title: { display: !!spec.xTitle, text: spec.xTitle } };
    if (spec.stacked) {
      scales[valueAxis].stacked = true;
      scales[categoryAxis].stacked = true;
    }
    new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: spec.datasets },
      plugins: [intervalPlugin],
      options: {
        indexAxis: spec.horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        scales: scales,
        plugins: {
          legend: { display: spec.legend },
          tooltip: {
            callbacks: {
              label: function (item) {
                var ds = item.dataset;
                var text = (ds.label ? ds.label + ': ' : '') + item.formattedValue + (spec.percent ? '%' : '');
                var iv = ds.intervals && ds.intervals[item.dataIndex];
                return iv ? text + ' (' + data.intervalWord + ' ' + iv[0] + '–' + iv[1] + '%)' : text;
              }
            }
          }
        }
      }
    });
  });
})();
`;

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1.5rem; color: #1c1c1c; line-height: 1.45; }
h1 { margin-bottom: .2rem; }
h2 { margin-top: 2.2rem; border-bottom: 2px solid #e3e3e3; padding-bottom: .2rem; }
.lead { font-size: 1.1rem; }
.chart { position: relative; width: 100%; margin: 1rem 0; }
code, pre { background: #f3f3f3; border-radius: 4px; padding: .15rem .35rem; }
pre { padding: .6rem; white-space: pre-wrap; word-break: break-all; }
table { border-collapse: collapse; margin: .8rem 0; font-size: .92rem; }
.scroll { overflow-x: auto; }
table.cards { font-size: .8rem; }
table.cards th, table.cards td { padding: .25rem .35rem; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f6f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.checks { list-style: none; padding-left: 0; }
.checks .mark { display: inline-block; width: 1.4rem; font-weight: bold; }
.checks .pass .mark { color: #1e7d32; }
.checks .fail .mark { color: #b3261e; }
.warning { background: #fff4e5; border-left: 4px solid #e69500; padding: .5rem .8rem; }
.note { color: #555; font-size: .92rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem; vertical-align: -1px; }
`;

/** The whole page for `summary`. */
export function renderReport(s: Summary, options: ReportOptions): string {
  const title = scenarioTitle(s.scenario);
  const charts: ChartSpec[] = [];
  const body: string[] = [];
  const n = s.games;

  // Header.
  body.push(`<h1>${m('sim.report.title', { scenario: title })}</h1>`);
  const seats = s.rotateSeats
    ? t('sim.report.botsRotating', { bots: POWERS.map((p) => botName(s.bots[p])).join(t('sim.report.listSeparator')) })
    : POWERS.map((p) => t('sim.report.seatBot', { power: powerName(p), bot: botName(s.bots[p]) })).join(t('sim.report.listSeparator'));
  body.push(`<p class="lead">${m('sim.report.intro', { games: n, seats, seed: s.seed })}</p>`);
  if (s.rotateSeats) body.push(`<p>${m('sim.report.rotated')}</p>`);
  if (s.rotateOrder) body.push(`<p>${m('sim.report.rotatedOrder')}</p>`);
  if (s.agendas) body.push(`<p>${m('sim.report.agendas')}</p>`);
  if (!s.complete) body.push(`<p class="warning">${m('sim.report.incomplete', { games: n, planned: s.gamesPlanned })}</p>`);
  if (s.contiguous) {
    body.push(`<p>${m('sim.report.reproduce')}</p><pre><code>${esc(reproduceCommand(s))}</code></pre>`);
  } else {
    body.push(`<p>${m('sim.report.reproduceRows')}</p>`);
  }
  if (n === 0) {
    body.push(`<p class="warning">${m('sim.report.noGames')}</p>`);
    return page(title, body, charts, options);
  }

  // Who won.
  body.push(`<h2>${m('sim.report.winsHeading')}</h2>`);
  const lines = POWERS.map((p) => {
    const r = s.winRates[p];
    return `<li>${m('sim.report.winLine', { power: powerName(p), rate: pct(r.rate), wins: r.count, games: n, low: pct(r.low), high: pct(r.high) })}</li>`;
  });
  lines.push(`<li>${m('sim.report.drawLine', { rate: pct(s.winRates.draw.rate), draws: s.wins.draw })}</li>`);
  body.push(`<ul>${lines.join('')}</ul>`);
  body.push(`<p class="note">${m('sim.report.intervalExplained')}</p>`);
  const winKeys = [...POWERS, 'draw'] as const;
  charts.push({
    id: 'chart-wins',
    type: 'bar',
    labels: winKeys.map((k) => (k === 'draw' ? t('sim.report.draw') : powerName(k))),
    datasets: [
      {
        label: t('sim.report.winRate'),
        data: winKeys.map((k) => pctValue(s.winRates[k].rate)),
        backgroundColor: winKeys.map((k) => COLOURS[k]),
        intervals: winKeys.map((k) => interval(s.winRates[k])),
      },
    ],
    xTitle: '',
    yTitle: t('sim.report.winRateAxis'),
    percent: true,
    horizontal: false,
    legend: false,
  });
  body.push(chartBlock(charts[charts.length - 1] as ChartSpec, t('sim.report.winsHeading')));

  // Bots and seats.
  const botsUsed = [...new Set(s.bySeat.map((r) => r.bot))];
  if (s.rotateSeats || botsUsed.length > 1) {
    body.push(`<h2>${m('sim.report.seatsHeading')}</h2><p>${m('sim.report.seatsExplained')}</p>`);
    charts.push({
      id: 'chart-seats',
      type: 'bar',
      labels: POWERS.map(powerName),
      datasets: botsUsed.map((bot) => {
        const rows = POWERS.map((p) => s.bySeat.find((r) => r.bot === bot && r.power === p));
        return {
          label: botName(bot),
          data: rows.map((r) => (r ? pctValue(r.rate) : 0)),
          backgroundColor: BOT_COLOURS[bot],
          intervals: rows.map((r) => (r ? interval(r) : ([0, 0] as [number, number]))),
        };
      }),
      xTitle: t('sim.report.seatAxis'),
      yTitle: t('sim.report.winRateAxis'),
      percent: true,
      horizontal: false,
      legend: true,
    });
    body.push(chartBlock(charts[charts.length - 1] as ChartSpec, t('sim.report.seatsHeading')));
    const rows = s.bySeat.map((r) => `<tr><td>${esc(botName(r.bot))}</td><td>${esc(powerName(r.power))}</td>${rateCells(r)}</tr>`);
    const overall = botsUsed.map((bot) => {
      const r = s.byBot[bot];
      return r ? `<tr><td>${esc(botName(bot))}</td><td>${m('sim.report.allSeats')}</td>${rateCells(r)}</tr>` : '';
    });
    body.push(
      table(
        ['sim.report.col.bot', 'sim.report.col.seat', 'sim.report.col.games', 'sim.report.col.wins', 'sim.report.col.winRate', 'sim.report.col.interval'],
        [...rows, ...overall],
      ),
    );
  }

  // Head to head.
  if (s.headToHead.length > 0) {
    body.push(`<h3>${m('sim.report.headHeading')}</h3><p>${m('sim.report.headExplained')}</p>`);
    const rows = s.headToHead.map((r) => `<tr><td>${esc(botName(r.bot))}</td><td>${esc(powerName(r.power))}</td><td>${esc(botName(r.rival))}</td>${rateCells(r)}</tr>`);
    body.push(
      table(
        [
          'sim.report.col.bot',
          'sim.report.col.seat',
          'sim.report.col.rival',
          'sim.report.col.pairings',
          'sim.report.col.ahead',
          'sim.report.col.aheadShare',
          'sim.report.col.interval',
        ],
        rows,
      ),
    );
  }

  // Turn order.
  if (s.rotateOrder) {
    body.push(`<h2>${m('sim.report.orderHeading')}</h2><p>${m('sim.report.orderExplained', { spread: s.turnPlaceSpread.toFixed(1) })}</p>`);
    const rows = s.byTurnPlace.map((r) => `<tr><td>${m(`sim.report.place.${r.place}`)}</td>${rateCells(r)}</tr>`);
    body.push(table(['sim.report.col.place', 'sim.report.col.games', 'sim.report.col.wins', 'sim.report.col.winRate', 'sim.report.col.interval'], rows));
  }

  // Scores.
  body.push(`<h2>${m('sim.report.scoresHeading')}</h2>`);
  body.push(
    `<ul>${POWERS.map((p) => `<li>${m('sim.report.scoreLine', { power: powerName(p), mean: s.scores[p].mean.toFixed(1), min: s.scores[p].min, max: s.scores[p].max })}</li>`).join('')}</ul>`,
  );
  const vpLabels: string[] = [];
  for (let v = s.scoreRange.from; v <= s.scoreRange.to; v++) vpLabels.push(String(v));
  charts.push({
    id: 'chart-scores',
    type: 'bar',
    labels: vpLabels,
    datasets: POWERS.map((p) => ({ label: powerName(p), data: s.scores[p].histogram, backgroundColor: COLOURS[p] })),
    xTitle: t('sim.report.vpAxis'),
    yTitle: t('sim.report.gamesAxis'),
    percent: false,
    horizontal: false,
    legend: true,
  });
  body.push(chartBlock(charts[charts.length - 1] as ChartSpec, t('sim.report.scoresHeading')));

  // Length.
  body.push(`<h2>${m('sim.report.lengthHeading')}</h2>`);
  body.push(
    `<p>${m('sim.report.lengthLine', { mean: s.avgRounds.toFixed(2), rounds: s.scenarioRounds, suddenDeath: pct(s.suddenDeathRate), count: s.endReasons.suddenDeath })}</p>`,
  );
  charts.push({
    id: 'chart-length',
    type: 'bar',
    labels: s.rounds.histogram.map((h) => String(h.rounds)),
    datasets: [{ label: t('sim.report.gamesAxis'), data: s.rounds.histogram.map((h) => h.games), backgroundColor: '#5d6d7e' }],
    xTitle: t('sim.report.roundsAxis'),
    yTitle: t('sim.report.gamesAxis'),
    percent: false,
    horizontal: false,
    legend: false,
  });
  body.push(chartBlock(charts[charts.length - 1] as ChartSpec, t('sim.report.lengthHeading'), 260));

  // The crisis.
  const r = s.regime;
  body.push(`<h2>${m('sim.report.crisisHeading')}</h2>`);
  const crisis: string[] = [];
  crisis.push(r.avgCallRound === null ? m('sim.report.neverCalled') : m('sim.report.callLine', { rate: pct(r.callRate), count: r.calls, round: r.avgCallRound.toFixed(1) }));
  for (const p of POWERS) {
    if (r.rescuedBy[p] > 0 || p !== 'china') crisis.push(m('sim.report.rescueLine', { power: powerName(p), rate: pct(r.rescuedBy[p] / n), count: r.rescuedBy[p] }));
  }
  crisis.push(m('sim.report.fellLine', { rate: pct(r.fellRate), count: r.endStates.fallen }));
  body.push(`<ul>${crisis.map((c) => `<li>${c}</li>`).join('')}</ul>`);
  const outcomes: { label: string; count: number; colour: string }[] = [
    { label: t('sim.report.regime.standing'), count: r.endStates.standing, colour: '#7f8c8d' },
    { label: t('sim.report.regime.calling'), count: r.endStates.calling, colour: '#AA4499' },
    ...POWERS.filter((p) => r.rescuedBy[p] > 0 || p !== 'china').map((p) => ({
      label: t('sim.report.regime.rescuedBy', { power: powerName(p) }),
      count: r.rescuedBy[p],
      colour: COLOURS[p],
    })),
    { label: t('sim.report.regime.fallen'), count: r.endStates.fallen, colour: '#2c3e50' },
  ];
  charts.push({
    id: 'chart-regime',
    type: 'bar',
    labels: outcomes.map((o) => o.label),
    datasets: [{ label: t('sim.report.gamesAxis'), data: outcomes.map((o) => o.count), backgroundColor: outcomes.map((o) => o.colour) }],
    xTitle: '',
    yTitle: t('sim.report.gamesAxis'),
    percent: false,
    horizontal: true,
    legend: false,
  });
  body.push(chartBlock(charts[charts.length - 1] as ChartSpec, t('sim.report.crisisHeading'), 260));

  // First moves.
  body.push(`<h2>${m('sim.report.firstMovesHeading')}</h2><p>${m('sim.report.firstMovesExplained')}</p>`);
  const fmRows: string[] = [];
  for (const p of POWERS) {
    const fm = s.firstMoves[p];
    fm.top.forEach((entry, i) => {
      const head = i === 0 ? `<td rowspan="${fm.top.length}">${esc(powerName(p))}</td>` : '';
      fmRows.push(`<tr>${head}<td>${esc(moveName(entry.move))}</td><td class="num">${entry.count}</td><td class="num">${esc(pct(entry.count / n))}</td></tr>`);
    });
  }
  body.push(table(['sim.report.col.power', 'sim.report.col.firstMove', 'sim.report.col.games', 'sim.report.col.share'], fmRows));

  // Card impact.
  body.push(`<h2>${m('sim.report.cardsHeading')}</h2><p>${m('sim.report.cardsExplained')}</p>`);
  const cell = (o: { games: number; wins: number; rate: number }, base: number): string =>
    o.games === 0 ? `<td class="num">–</td>` : `<td class="num"${cellStyle(o.rate, o.games, base)}>${esc(pct(o.rate))} <span class="note">(${o.games})</span></td>`;
  const head1 = POWERS.map((p) => `<th colspan="3">${esc(powerName(p))} <span class="note">(${esc(pct(s.winRates[p].rate))})</span></th>`).join('');
  const head2 = POWERS.map(() => `<th>${m('sim.report.col.event')}</th><th>${m('sim.report.col.ops')}</th><th>${m('sim.report.col.notPlayed')}</th>`).join('');
  const byTitle = [...s.cards].sort((a, b) => cardTitle(a.card).localeCompare(cardTitle(b.card), 'en') || (a.card < b.card ? -1 : 1));
  const cardRows = byTitle.map((c) => {
    const cells = POWERS.map((p) => {
      const base = s.winRates[p].rate;
      const b = c.byPower[p];
      return cell(b.event, base) + cell(b.ops, base) + cell(b.none, base);
    }).join('');
    return `<tr><td>${esc(cardTitle(c.card))}</td><td class="num">${c.plays}</td>${cells}</tr>`;
  });
  body.push(
    `<div class="scroll"><table class="cards"><thead><tr><th rowspan="2">${m('sim.report.col.card')}</th><th rowspan="2">${m('sim.report.col.plays')}</th>${head1}</tr><tr>${head2}</tr></thead><tbody>${cardRows.join('')}</tbody></table></div>`,
  );

  designSection(s, body, charts);

  // Balance targets.
  body.push(`<h2>${m('sim.report.targetsHeading')}</h2><p class="note">${m('sim.report.targetsExplained')}</p>`);
  const checks: string[] = [];
  for (const p of POWERS) {
    const rate = s.winRates[p].rate;
    checks.push(
      check(
        rate >= TARGETS.winLow && rate <= TARGETS.winHigh,
        t('sim.report.target.winRate', { power: powerName(p), rate: pct(rate), low: pct(TARGETS.winLow), high: pct(TARGETS.winHigh) }),
      ),
    );
  }
  for (const p of POWERS) {
    const share = s.firstMoves[p].topShare;
    checks.push(check(share <= TARGETS.firstMoveShare, t('sim.report.target.firstMove', { power: powerName(p), share: pct(share), max: pct(TARGETS.firstMoveShare) })));
  }
  checks.push(check(s.suddenDeathRate < TARGETS.suddenDeath, t('sim.report.target.suddenDeath', { rate: pct(s.suddenDeathRate) })));
  checks.push(check(s.avgRounds <= s.scenarioRounds, t('sim.report.target.length', { mean: s.avgRounds.toFixed(2), rounds: s.scenarioRounds })));
  body.push(`<ul class="checks">${checks.join('')}</ul>`);

  return page(title, body, charts, options);
}

function page(title: string, body: readonly string[], charts: readonly ChartSpec[], options: ReportOptions): string {
  const data = JSON.stringify({ charts, intervalWord: t('sim.report.intervalWord') }).replace(/</g, '\\u003c');
  const chartJs = options.chartJs.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n').replace(/<\/script/gi, '<\\/script');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${m('sim.report.pageTitle', { scenario: title })}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<p class="note">${m('sim.report.footer')}</p>`,
    `<script id="sim-data" type="application/json">${data}</script>`,
    charts.length > 0 ? `<script>${chartJs}</script>` : '',
    charts.length > 0 ? `<script>${PAGE_SCRIPT}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
