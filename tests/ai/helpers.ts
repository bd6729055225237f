// Shared helpers of the bot tests: the scenarios to play, positions reached by seeded random play,
// two full states that differ only in what one seat cannot see, and whole games between bots.
import { activeSeat, applyLegalMoveInPlace, copyState, legalMoves, newGame, result, viewFor } from '../support/kernel.js';
import { deriveSeed, nextInt, seedRng, shuffleInPlace } from '../../src/rules/index.js';
import { SCENARIO_IDS } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import { POWERS, type GameResult, type GameState, type Power, type Scenario } from '../../src/rules/index.js';
import type { Bot } from '../../src/ai/bot.js';
import { FIXTURE } from './fixture-scenario.js';

/** Every bundled scenario and the bot tests' own fixture. */
export function allScenarios(): Scenario[] {
  return [...SCENARIO_IDS.map((id) => bundledScenario(id)), FIXTURE];
}

/**
 * `count` positions of `scenario` reached by seeded random play: each game is played at random to
 * its end and positions are sampled along the way (with and without operations pending).
 */
export function randomPositions(scenario: Scenario, count: number, seed: number, options: { readonly agendas?: boolean } = {}): GameState[] {
  const out: GameState[] = [];
  const rng = seedRng(seed);
  for (let game = 0; out.length < count; game++) {
    const s = newGame(scenario, deriveSeed(seed, game), options);
    while (!s.over && out.length < count) {
      if (nextInt(rng, 0, 5) === 0) out.push(copyState(s));
      const legal = legalMoves(s, activeSeat(s));
      applyLegalMoveInPlace(s, legal[nextInt(rng, 0, legal.length - 1)]!);
    }
  }
  return out;
}

/**
 * A copy of `state` that differs only in what `seat` cannot see: the other hands and the draw pile
 * are dealt again from the same cards (same counts), and the dice generator is different.
 */
export function hideAndReshuffle(state: GameState, seat: Power, seed: number): GameState {
  const s = copyState(state);
  const rng = seedRng(seed);
  const hidden: string[] = [];
  for (const p of POWERS) if (p !== seat) hidden.push(...s.hands[p]);
  hidden.push(...s.deck);
  shuffleInPlace(rng, hidden);
  for (const p of POWERS) if (p !== seat) s.hands[p] = hidden.splice(0, s.hands[p].length);
  s.deck = hidden;
  s.rng = seedRng(seed ^ 0x5bd1e995);
  return s;
}

export interface Table {
  readonly bots: Record<Power, Bot>;
}

/** Play one whole game; each seat's bot gets its own seeded generator. */
export function playGame(scenario: Scenario, seed: number, bots: Record<Power, Bot>): { result: GameResult; state: GameState } {
  const s = newGame(scenario, seed);
  const rngs = { russia: seedRng(seed ^ 0x1111), turkey: seedRng(seed ^ 0x2222), china: seedRng(seed ^ 0x3333) };
  let guard = 5000;
  while (!s.over && guard-- > 0) {
    const seat = activeSeat(s);
    const legal = legalMoves(s, seat);
    const choice = bots[seat].choose(viewFor(s, seat), legal, rngs[seat]);
    applyLegalMoveInPlace(s, choice.move);
  }
  return { result: result(s), state: s };
}

/**
 * `games` games of `hero` against two copies of `rival`, the hero's seat rotating through the
 * three powers; returns how many the hero won.
 */
export function heroWins(scenario: Scenario, games: number, seed: number, hero: () => Bot, rival: () => Bot): { wins: number; results: GameResult[] } {
  let wins = 0;
  const results: GameResult[] = [];
  for (let g = 0; g < games; g++) {
    const seat = POWERS[g % 3] as Power;
    const bots = { russia: rival(), turkey: rival(), china: rival() };
    bots[seat] = hero();
    const { result: r } = playGame(scenario, deriveSeed(seed, g), bots);
    results.push(r);
    if (r.winner === seat) wins++;
  }
  return { wins, results };
}
