// One game of a runner's run, replayed move by move with the public log each move made, as JSON
// lines: for reading how a rule played out in a seeded game (the excerpts of BALANCE.md and the
// closing notes come from here). The game is the runner's own (planGame + playGame), so game K of
// `npm run sim` with the same scenario, seed, bots and rotations is exactly this game.
//
//   npm run game-log -- --scenario historical --seed 2022 --bots hard,hard,hard --rotate-seats --rotate-order --game 5
//
// Prints {"round","move","events"} per move (`--kinds a,b` keeps only moves whose events include
// those kinds), then {"result"} with the winner and points.
import { BOT_NAMES, makeBot, type BotName } from '../src/ai/index.js';
import { t } from '../src/i18n/catalogue.js';
import { bundledGame, moveId, SCENARIO_IDS, type GameEvent } from '../src/rules/index.js';
import { HELP_OPTION, countOption, exitWithUsageError, readCommandLine } from '../src/sim/command-line.js';
import { planGame, playGame } from '../src/sim/play.js';

const COMMAND = 'npm run game-log --';
const { values } = readCommandLine(
  {
    args: process.argv.slice(2),
    options: {
      scenario: { type: 'string', default: 'historical' },
      seed: { type: 'string', default: '1' },
      bots: { type: 'string', default: 'hard,hard,hard' },
      game: { type: 'string', default: '0' },
      'rotate-seats': { type: 'boolean' },
      'rotate-order': { type: 'boolean' },
      kinds: { type: 'string', default: '' },
      ...HELP_OPTION,
    },
  },
  () => t('sim.usage.gameLog', { scenarios: SCENARIO_IDS.join(', ') }),
  COMMAND,
);

const scenarioId = values.scenario;
if (!(SCENARIO_IDS as readonly string[]).includes(scenarioId)) {
  exitWithUsageError(t('sim.cli.badChoice', { option: '--scenario', values: SCENARIO_IDS.join(', '), value: scenarioId }), COMMAND);
}
const isBotName = (name: string): name is BotName => (BOT_NAMES as readonly string[]).includes(name);
const names = values.bots.split(',');
if (names.length !== 3 || !names.every(isBotName)) exitWithUsageError(t('sim.cli.badBots', { bots: BOT_NAMES.join(', '), value: values.bots }), COMMAND);
const bots = names as [BotName, BotName, BotName];
const seed = countOption('--seed', values.seed, 1, 0, COMMAND);
const index = countOption('--game', values.game, 0, 0, COMMAND);
const kinds = new Set(values.kinds.split(',').filter((k) => k !== ''));

const game = bundledGame(scenarioId as (typeof SCENARIO_IDS)[number]);
const plan = planGame({ seed, bots, rotateSeats: values['rotate-seats'] === true, rotateOrder: values['rotate-order'] === true }, index);
const wanted = (events: readonly GameEvent[]): boolean => kinds.size === 0 || events.some((e) => kinds.has(e.kind));
const record = playGame(game, plan, {
  makeBot: (name, handle) => makeBot(name, handle),
  onMove: (move, events, round) => {
    if (wanted(events)) console.log(JSON.stringify({ round, move: moveId(move), events }));
  },
});
console.log(JSON.stringify({ result: { winner: record.winner, vp: record.vp, regime: record.regime, rescuedBy: record.rescuedBy, seats: plan.bots } }));
