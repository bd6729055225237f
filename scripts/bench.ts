// Benchmarks: `npm run bench` prints a table; `npm run bench -- --out bench.json` also writes the
// figures. Each section is one function that fills its part of one result object, so other
// sections (bots, sim) can be added beside "playouts".
//
// playouts: random games of the historical scenario, the same games twice: once through the rules
// kernel (newGame + legalMoves + applyLegalMoveInPlace) and once through a boardgame.io Client
// running makeQantarGame (singleplayer: its reducer runs every move, `client: false` only matters
// to multiplayer clients). On both sides the move is the same draw from the same seeded generator
// over the same legal-move list (boardgame.io's side lists them with the game's ai.enumerate, as
// its own bots do), and the final state hashes are compared, so both sides play identical games.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { State } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { makeQantarGame, moveArgs, seatOfPower, type QantarG } from '../src/game/index.js';
import {
  activeSeat,
  applyLegalMoveInPlace,
  bundledGame,
  deriveSeed,
  legalMoves,
  newGame,
  nextInt,
  seedRng,
  stateHash,
  viewFor,
  type GameHandle,
  type GameState,
  type Move,
} from '../src/rules/index.js';
import { benchSim, type SimBenchResult } from '../src/sim/bench.js';
import { HELP_OPTION, countOption, exitWithUsageError, readCommandLine } from '../src/sim/command-line.js';
import { t } from '../src/i18n/catalogue.js';
import { MCTSBot } from 'boardgame.io/ai';
import { DIFFICULTY, makeBot } from '../src/ai/index.js';
import { factsFor } from '../src/ai/facts.js';
import { search } from '../src/ai/ismcts.js';
import { Sampler } from '../src/ai/sample.js';
import { SearchRng } from '../src/ai/search-rng.js';

interface PlayoutFigures {
  readonly kernelPerSec: number;
  readonly boardgameioPerSec: number;
  readonly ratio: number;
  readonly movesPerGame: number;
  readonly stateBytes: number;
}

/** Everything the sections measured; each section adds its own key. */
interface BenchResult {
  playouts?: PlayoutFigures;
  sim?: SimBenchResult;
  bots?: BotsBench;
}

interface Options {
  readonly out: string | null;
  readonly kernelGames: number;
  readonly bgioGames: number;
  readonly seed: number;
}

const COMMAND = 'npm run bench --';

/** The options, or the process ends: the usage for --help, one line and exit code 2 for a bad option. */
function parseArgs(argv: readonly string[]): Options {
  const options = {
    out: { type: 'string' },
    'kernel-games': { type: 'string' },
    'bgio-games': { type: 'string' },
    seed: { type: 'string' },
    ...HELP_OPTION,
  } as const;
  const { values } = readCommandLine({ args: [...argv], options }, () => t('sim.usage.bench'), COMMAND);
  if (values.out === '') exitWithUsageError(t('sim.cli.missingValue', { option: '--out' }), COMMAND);
  return {
    out: values.out ?? null,
    kernelGames: countOption('--kernel-games', values['kernel-games'], 5_000, 1, COMMAND),
    bgioGames: countOption('--bgio-games', values['bgio-games'], 40, 1, COMMAND),
    seed: countOption('--seed', values.seed, 1, 1, COMMAND),
  };
}

// ---------------------------------------------------------------------------------------------
// Section: playouts

/** The seeds of game `index`: one for the deal and dice, one for the random policy. */
function gameSeeds(seed: number, index: number): { game: number; policy: number } {
  return { game: deriveSeed(seed, index), policy: deriveSeed(seed ^ 0x51a7, index) };
}

/** One random game through the kernel's hot path; returns the final state and its length. */
function kernelPlayout(scenario: GameHandle, seed: number, index: number, midGame?: (s: GameState, moves: number) => void): { state: GameState; moves: number } {
  const seeds = gameSeeds(seed, index);
  const policy = seedRng(seeds.policy);
  const s = newGame(scenario, seeds.game);
  let moves = 0;
  while (!s.over) {
    const legal = legalMoves(scenario, s, activeSeat(s));
    const move = legal[nextInt(policy, 0, legal.length - 1)];
    if (!move) throw new Error('no legal move');
    applyLegalMoveInPlace(scenario, s, move);
    moves++;
    midGame?.(s, moves);
  }
  return { state: s, moves };
}

/** The same game through a boardgame.io Client; returns the final kernel state held in G. */
function bgioPlayout(scenario: GameHandle, seed: number, index: number): { state: GameState; moves: number } {
  const seeds = gameSeeds(seed, index);
  const policy = seedRng(seeds.policy);
  const base = makeQantarGame(scenario);
  const setup = base.setup;
  const enumerate = base.ai?.enumerate;
  if (!setup || !enumerate) throw new Error('makeQantarGame has no setup or ai.enumerate');
  const game = { ...base, seed: String(seeds.game), setup: (context: Parameters<typeof setup>[0]) => setup(context, { seed: seeds.game }) };
  const client = Client<QantarG>({ game, numPlayers: 3, debug: false });
  client.start();
  const full = (): State<QantarG> => client.store.getState() as State<QantarG>;
  let moves = 0;
  while (!full().G.state.over) {
    const { G, ctx } = full();
    const choices = enumerate(G, ctx, ctx.currentPlayer);
    const choice = choices[nextInt(policy, 0, choices.length - 1)];
    if (!choice || !('move' in choice)) throw new Error('ai.enumerate gave no move');
    const dispatch = client.moves[choice.move];
    if (!dispatch) throw new Error(`no boardgame.io move ${choice.move}`);
    dispatch(...((choice.args ?? []) as unknown[]));
    moves++;
  }
  client.stop();
  return { state: full().G.state, moves };
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const start = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - start) / 1000 };
}

function playouts(options: Options, out: BenchResult): void {
  const scenario = bundledGame('historical');
  // Warm up both paths so the JIT has compiled them before the clock runs.
  for (let i = 0; i < 20; i++) kernelPlayout(scenario, options.seed + 1, i);
  bgioPlayout(scenario, options.seed + 1, 0);

  let stateBytes = 0;
  const kernel = timed(() => {
    let moves = 0;
    const hashes: string[] = [];
    for (let i = 0; i < options.kernelGames; i++) {
      const game = kernelPlayout(scenario, options.seed, i);
      moves += game.moves;
      if (i < options.bgioGames) hashes.push(stateHash(game.state));
    }
    return { moves, hashes };
  });
  // A mid-game state's size: game 0 halfway through.
  const length = kernelPlayout(scenario, options.seed, 0).moves;
  kernelPlayout(scenario, options.seed, 0, (s, moves) => {
    if (moves === Math.floor(length / 2)) stateBytes = JSON.stringify(s).length;
  });

  const bgio = timed(() => {
    let moves = 0;
    const hashes: string[] = [];
    for (let i = 0; i < options.bgioGames; i++) {
      const game = bgioPlayout(scenario, options.seed, i);
      moves += game.moves;
      hashes.push(stateHash(game.state));
    }
    return { moves, hashes };
  });

  // Honesty check: the boardgame.io side played exactly the kernel's first games.
  const common = Math.min(options.kernelGames, options.bgioGames);
  for (let i = 0; i < common; i++) {
    if (kernel.value.hashes[i] !== bgio.value.hashes[i]) throw new Error(`game ${i} differs between the kernel and boardgame.io`);
  }

  const kernelPerSec = options.kernelGames / kernel.seconds;
  const boardgameioPerSec = options.bgioGames / bgio.seconds;
  out.playouts = {
    kernelPerSec: round(kernelPerSec),
    boardgameioPerSec: round(boardgameioPerSec),
    ratio: round(kernelPerSec / boardgameioPerSec),
    movesPerGame: round(kernel.value.moves / options.kernelGames),
    stateBytes,
  };
  printTable('playouts (historical, random legal moves)', [
    ['side', 'games', 'seconds', 'games/s', 'moves/s', 'moves/game'],
    [
      'kernel',
      String(options.kernelGames),
      kernel.seconds.toFixed(2),
      kernelPerSec.toFixed(1),
      (kernel.value.moves / kernel.seconds).toFixed(0),
      (kernel.value.moves / options.kernelGames).toFixed(1),
    ],
    [
      'boardgame.io',
      String(options.bgioGames),
      bgio.seconds.toFixed(2),
      boardgameioPerSec.toFixed(1),
      (bgio.value.moves / bgio.seconds).toFixed(0),
      (bgio.value.moves / options.bgioGames).toFixed(1),
    ],
  ]);
  console.log(
    `ratio kernel/boardgame.io: ${(kernelPerSec / boardgameioPerSec).toFixed(1)}×; mid-game state: ${stateBytes} bytes of JSON; first ${common} games identical on both sides`,
  );
}

// ---------------------------------------------------------------------------------------------
// Section: sim (the AI-vs-AI runner: games per second, inline and on 2 worker threads)

async function sim(out: BenchResult): Promise<void> {
  const result = await benchSim();
  out.sim = result;
  printTable(`sim (${result.scenario}, whole games through the runner, worker start-up included)`, [
    ['bots', 'workers', 'games', 'seconds', 'games/s'],
    ...result.cases.map((c) => [c.bots, String(c.workers), String(c.games), c.seconds.toFixed(2), c.gamesPerSecond.toFixed(2)]),
  ]);
  for (const note of result.notes) console.log(`note: ${note}`);
}

// ---------------------------------------------------------------------------------------------
// Section: bots (the hard ISMCTS bot's decision time and speed, against boardgame.io's MCTSBot)
//
// Two positions of the historical scenario: the opening (Russia's first card) and a mid-game one
// (the first card-level decision of round 5, reached by heuristic bots from the same seed). On each,
// the hard bot's whole decision (sampling, search, explanation) is timed, and the search alone
// gives iterations per second. boardgame.io's MCTSBot runs on the same position through a Client
// fed the same moves (its iterations each expand one node and play out `playoutDepth` random
// moves through the framework's reducer); the ratio compares iterations per second. Then whole
// games with three hard bots estimate the runner's 1,000-game time on two workers.

interface BotsPosition {
  readonly label: string;
  readonly seat: string;
  readonly legalMoves: number;
  /** Median wall-clock time of a whole hard decision, ms. */
  readonly hardDecisionMs: number;
  readonly ismctsIterationsPerSec: number;
  readonly boardgameioIterationsPerSec: number;
  readonly ratio: number;
}

interface BotsBench {
  readonly hardIterations: number;
  readonly boardgameioPlayoutDepth: number;
  readonly positions: readonly BotsPosition[];
  /** Mean wall-clock seconds of one whole game with three hard bots (historical). */
  readonly hardGameSeconds: number;
  /** hardGameSeconds × 1,000 games / 2 workers, in minutes (target ≤ 10). */
  readonly thousandGamesMinutesOn2Workers: number;
}

const BOTS_SEED = 2022;
const BGIO_ITERATIONS = 20;
const BGIO_PLAYOUT_DEPTH = 50;

/** The kernel moves from the start of `seed`'s game to the first card-level decision of `round`, by heuristic bots. */
function movesToRound(scenario: GameHandle, seed: number, round: number): Move[] {
  const s = newGame(scenario, seed);
  const bot = makeBot('heuristic', scenario);
  const rng = seedRng(seed);
  const moves: Move[] = [];
  while (!s.over && (s.round < round || s.pending !== null)) {
    const seat = activeSeat(s);
    const move = bot.choose(viewFor(scenario, s, seat), legalMoves(scenario, s, seat), rng).move;
    applyLegalMoveInPlace(scenario, s, move);
    moves.push(move);
  }
  return moves;
}

/** A boardgame.io Client of `seed`'s game after `moves`, its state checked against the kernel's. */
function bgioStateAfter(scenario: GameHandle, seed: number, moves: readonly Move[], expected: GameState): { game: ReturnType<typeof makeQantarGame>; state: State<QantarG> } {
  const base = makeQantarGame(scenario);
  const setup = base.setup;
  if (!setup) throw new Error('makeQantarGame has no setup');
  const game = { ...base, seed: String(seed), setup: (context: Parameters<typeof setup>[0]) => setup(context, { seed }) };
  const client = Client<QantarG>({ game, numPlayers: 3, debug: false });
  client.start();
  for (const move of moves) {
    const dispatch = client.moves[move.type];
    if (!dispatch) throw new Error(`no boardgame.io move ${move.type}`);
    dispatch(...moveArgs(move));
  }
  const state = client.store.getState() as State<QantarG>;
  client.stop();
  if (stateHash(state.G.state) !== stateHash(expected)) throw new Error('boardgame.io reached a different position than the kernel');
  return { game, state };
}

async function bgioIterationsPerSec(scenario: GameHandle, seed: number, moves: readonly Move[], expected: GameState): Promise<number> {
  const { game, state } = bgioStateAfter(scenario, seed, moves, expected);
  const enumerate = game.ai?.enumerate;
  if (!enumerate) throw new Error('makeQantarGame has no ai.enumerate');
  const seat = seatOfPower(activeSeat(expected));
  // Warm up boardgame.io's reducer as the ISMCTS side is warmed up, then time a fresh bot.
  await new MCTSBot({ game, enumerate, seed: 'warm-up', iterations: 3, playoutDepth: BGIO_PLAYOUT_DEPTH }).play(state, seat);
  const bot = new MCTSBot({ game, enumerate, seed: 'bench', iterations: BGIO_ITERATIONS, playoutDepth: BGIO_PLAYOUT_DEPTH });
  const start = performance.now();
  await bot.play(state, seat);
  return BGIO_ITERATIONS / ((performance.now() - start) / 1000);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function bots(out: BenchResult): Promise<void> {
  const scenario = bundledGame('historical');
  const hard = DIFFICULTY.hard;
  const positions: BotsPosition[] = [];
  for (const [label, untilRound] of [
    ['opening', 1],
    ['mid-game (round 5)', 5],
  ] as const) {
    const moves = movesToRound(scenario, BOTS_SEED, untilRound);
    const s = newGame(scenario, BOTS_SEED);
    for (const move of moves) applyLegalMoveInPlace(scenario, s, move);
    const seat = activeSeat(s);
    const view = viewFor(scenario, s, seat);
    const legal = legalMoves(scenario, s, seat);
    const bot = makeBot('hard', scenario);
    bot.choose(view, legal, seedRng(0)); // warm-up
    const times: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const start = performance.now();
      bot.choose(view, legal, seedRng(i));
      times.push(performance.now() - start);
    }
    const searchStart = performance.now();
    let iterations = 0;
    for (let i = 0; i < 3; i++) {
      const srng = new SearchRng(i + 1);
      iterations += search(factsFor(scenario), view, legal, srng, hard, new Sampler(factsFor(scenario), view, srng)).iterations;
    }
    const ismcts = iterations / ((performance.now() - searchStart) / 1000);
    const bgio = await bgioIterationsPerSec(scenario, BOTS_SEED, moves, s);
    positions.push({
      label,
      seat,
      legalMoves: legal.length,
      hardDecisionMs: round(median(times)),
      ismctsIterationsPerSec: Math.round(ismcts),
      boardgameioIterationsPerSec: round(bgio),
      ratio: Math.round(ismcts / bgio),
    });
  }
  const games = 2;
  const gameStart = performance.now();
  for (let g = 0; g < games; g++) {
    const seed = deriveSeed(BOTS_SEED, g);
    const s = newGame(scenario, seed);
    const table = { russia: makeBot('hard', scenario), turkey: makeBot('hard', scenario), china: makeBot('hard', scenario) };
    const rng = seedRng(seed);
    while (!s.over) {
      const seat = activeSeat(s);
      applyLegalMoveInPlace(scenario, s, table[seat].choose(viewFor(scenario, s, seat), legalMoves(scenario, s, seat), rng).move);
    }
  }
  const hardGameSeconds = (performance.now() - gameStart) / 1000 / games;
  out.bots = {
    hardIterations: hard.iterations,
    boardgameioPlayoutDepth: BGIO_PLAYOUT_DEPTH,
    positions,
    hardGameSeconds: round(hardGameSeconds),
    thousandGamesMinutesOn2Workers: round((hardGameSeconds * 1000) / 2 / 60),
  };
  printTable(`bots (historical; hard = ISMCTS, ${hard.iterations} simulations per card; boardgame.io MCTSBot with playoutDepth ${BGIO_PLAYOUT_DEPTH})`, [
    ['position', 'seat', 'legal', 'hard ms', 'ISMCTS it/s', 'bgio MCTS it/s', 'ratio'],
    ...positions.map((p) => [
      p.label,
      p.seat,
      String(p.legalMoves),
      p.hardDecisionMs.toFixed(1),
      String(p.ismctsIterationsPerSec),
      p.boardgameioIterationsPerSec.toFixed(2),
      `${p.ratio}×`,
    ]),
  ]);
  console.log(`three hard bots: ${hardGameSeconds.toFixed(2)} s per game → 1,000 games on 2 workers ≈ ${((hardGameSeconds * 1000) / 2 / 60).toFixed(1)} min (target ≤ 10)`);
}

// ---------------------------------------------------------------------------------------------

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function printTable(title: string, rows: readonly (readonly string[])[]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  console.log(`\n${title}`);
  rows.forEach((row, i) => {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const result: BenchResult = {};
  playouts(options, result);
  await sim(result);
  await bots(result);
  if (options.out) {
    writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nwrote ${options.out}`);
  }
}

await main();
