// A designer's trial of the strong bot: one search bot with any options (src/ai/ismcts.ts) in one
// seat against two heuristic bots, over games 0..N−1 of a seed, the way BALANCE.md measured each
// change it tried. The games are the runner's (planGame), so a trial is exactly reproducible.
//
//   npm run seat-trial -- --seat turkey --games 200 --seed 7 --options '{"iterations":300,"opsIterations":90,"opsWidth":4}'
//   npm run seat-trial -- --seat china --games 300 --seed 12 --rotate-order
//
// Prints one JSON line: wins, the rate with its 95% Wilson interval, the mean point margin over the
// best rival, the pairings it finished ahead in (the runner's head-to-head) with theirs, and the
// seconds it took. Single-threaded: run two seats in two shells to use two cores.
import { DIFFICULTY, makeHeuristic, makeIsmcts, type IsmctsOptions } from '../src/ai/index.js';
import { t } from '../src/i18n/catalogue.js';
import { bundledGame, POWERS, SCENARIO_IDS } from '../src/rules/index.js';
import { HELP_OPTION, countOption, exitWithUsageError, readCommandLine } from '../src/sim/command-line.js';
import { finishedAhead, rateOf } from '../src/sim/aggregate.js';
import { planGame, playGame } from '../src/sim/play.js';

const COMMAND = 'npm run seat-trial --';
const { values } = readCommandLine(
  {
    args: process.argv.slice(2),
    options: {
      seat: { type: 'string', default: 'turkey' },
      games: { type: 'string', default: '200' },
      'first-game': { type: 'string', default: '0' },
      seed: { type: 'string', default: '7' },
      scenario: { type: 'string', default: 'historical' },
      options: { type: 'string', default: '{}' },
      // Round 1's order as the runner's --rotate-order turns it (play.ts); without it every game
      // starts in the scenario's order, so a seat also carries that seat's komi (R4.2).
      'rotate-order': { type: 'boolean', default: false },
      ...HELP_OPTION,
    },
  },
  () => t('sim.usage.seatTrial', { powers: POWERS.join(', '), scenarios: SCENARIO_IDS.join(', ') }),
  COMMAND,
);

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

const seat = values.seat;
if (!isOneOf(POWERS, seat)) exitWithUsageError(t('sim.cli.badChoice', { option: '--seat', values: POWERS.join(', '), value: seat }), COMMAND);
const scenarioId = values.scenario;
if (!isOneOf(SCENARIO_IDS, scenarioId)) exitWithUsageError(t('sim.cli.badChoice', { option: '--scenario', values: SCENARIO_IDS.join(', '), value: scenarioId }), COMMAND);
const games = countOption('--games', values.games, 200, 1, COMMAND);
const first = countOption('--first-game', values['first-game'], 0, 0, COMMAND);
const seed = countOption('--seed', values.seed, 7, 0, COMMAND);
let overrides: Partial<IsmctsOptions>;
try {
  overrides = JSON.parse(values.options) as Partial<IsmctsOptions>;
} catch (error) {
  exitWithUsageError(t('sim.cli.badJson', { option: '--options', reason: error instanceof Error ? error.message : String(error) }), COMMAND);
}

const game = bundledGame(scenarioId);
const started = performance.now();
let wins = 0;
let margin = 0;
// The runner's head-to-head measure (aggregate.ts), two pairings a game.
let ahead = 0;
for (let i = first; i < first + games; i++) {
  const plan = planGame({ seed, bots: ['heuristic', 'heuristic', 'heuristic'], rotateSeats: false, rotateOrder: values['rotate-order'] }, i);
  const trial = { ...plan, bots: { ...plan.bots, [seat]: 'hard' as const } };
  const record = playGame(game, trial, { makeBot: (name) => (name === 'hard' ? makeIsmcts(game, { ...DIFFICULTY.hard, ...overrides }) : makeHeuristic(game)) });
  if (record.winner === seat) wins++;
  for (const rival of POWERS) if (rival !== seat && finishedAhead(record, seat, rival)) ahead++;
  margin += record.vp[seat] - Math.max(...POWERS.filter((p) => p !== seat).map((p) => record.vp[p]));
  if (process.stderr.isTTY) process.stderr.write(`\r${i - first + 1}/${games} games, ${wins} won`);
}
if (process.stderr.isTTY) process.stderr.write('\n');
const rate = rateOf(wins, games);
const pairings = rateOf(ahead, 2 * games);
const seconds = Math.round((performance.now() - started) / 100) / 10;
console.log(
  JSON.stringify({
    seat,
    scenario: scenarioId,
    seed,
    firstGame: first,
    games,
    rotateOrder: values['rotate-order'],
    options: overrides,
    wins,
    rate: rate.rate,
    low: rate.low,
    high: rate.high,
    meanMargin: Math.round((margin / games) * 100) / 100,
    pairingsAhead: ahead,
    pairingsRate: pairings.rate,
    pairingsLow: pairings.low,
    pairingsHigh: pairings.high,
    seconds,
  }),
);
