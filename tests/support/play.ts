// Helpers shared by the rule, property and replay tests: driving the kernel with checked moves,
// seeded random playouts, and a from-scratch recount of control (R3.1) to compare against.
import { expect } from 'vitest';
import { activeSeat, applyMove, legalMoves, newGame } from './kernel.js';
import { nextInt, seedRng } from '../../src/rules/index.js';
import { POWERS, type GameEvent, type GameHandle, type GameState, type Move, type Power, type Scenario, type SpaceId } from '../../src/rules/index.js';

/** Apply a move that must be legal; fails the test with the kernel's reason otherwise. */
export function play(state: GameState, move: Move): GameState {
  const out = applyMove(state, move);
  if (!out.ok) expect.fail(`move ${JSON.stringify(move)} rejected: ${out.code} ${JSON.stringify(out.params)}`);
  return out.state;
}

/** Apply a move that must be legal and return the log too. */
export function playWithLog(state: GameState, move: Move): { state: GameState; events: readonly GameEvent[] } {
  const out = applyMove(state, move);
  if (!out.ok) expect.fail(`move ${JSON.stringify(move)} rejected: ${out.code} ${JSON.stringify(out.params)}`);
  return { state: out.state, events: out.events };
}

/** A deep copy through JSON, for setting up situations without touching the original. */
export function copy(state: GameState): GameState {
  return JSON.parse(JSON.stringify(state)) as GameState;
}

/** Make it `power`'s turn, with no operations pending and nobody's actions used up. */
export function turnOf(state: GameState, power: Power): GameState {
  const s = copy(state);
  s.turn = s.order.indexOf(power);
  s.pending = null;
  for (const p of POWERS) s.actionsTaken[p] = 0;
  return s;
}

/** Zero influence, investment and VP everywhere, for situations built from a clean board. */
export function clearBoard(state: GameState): GameState {
  const s = copy(state);
  for (const id of Object.keys(s.influence) as SpaceId[]) {
    s.influence[id] = { russia: 0, turkey: 0, china: 0 };
    s.investment[id] = 0;
    s.stabilityShift[id] = 0;
  }
  // No points either: round 1's last power starts with a point (R4.2) that situations built on a clean board do not want.
  for (const p of POWERS) s.vp[p] = 0;
  s.scoreLog = [];
  return s;
}

/** Every power passes until the round number changes (or the game ends): runs R2.2 steps 4–6. */
export function passOutRound(state: GameState): GameState {
  let s = state;
  const round = s.round;
  let guard = 0;
  while (!s.over && s.round === round) {
    if (++guard > 100) expect.fail('the round did not end after 100 passes');
    const power = activeSeat(s);
    s = s.pending ? play(s, { type: 'endOps', power }) : play(s, { type: 'pass', power });
  }
  return s;
}

export function pickFrom<T>(rng: number[], items: readonly T[]): T {
  if (items.length === 0) throw new Error('pickFrom: empty list');
  return items[nextInt(rng, 0, items.length - 1)] as T;
}

export interface Playout {
  readonly moves: Move[];
  readonly states: GameState[];
}

/**
 * A random legal game: at each step the active seat's legal moves, one chosen with a generator
 * seeded `policySeed`. `states[0]` is the new game, `states[i + 1]` the state after `moves[i]`.
 * `maxMoves` stops a game early (the caller checks whether it ended).
 */
export function randomGame(
  scenario: Scenario | GameHandle,
  seed: number,
  policySeed: number,
  maxMoves = 5_000,
  visit?: (before: GameState, move: Move, after: GameState) => void,
): Playout {
  const rng = seedRng(policySeed);
  let s = newGame(scenario, seed);
  const moves: Move[] = [];
  const states: GameState[] = [s];
  while (!s.over && moves.length < maxMoves) {
    const legal = legalMoves(s, activeSeat(s));
    if (legal.length === 0) expect.fail(`no legal move for the active seat in round ${s.round}`);
    const move = pickFrom(rng, legal);
    const next = play(s, move);
    visit?.(s, move, next);
    moves.push(move);
    states.push(next);
    s = next;
  }
  return { moves, states };
}

/** R3.1 worked out again from nothing: the reference the kernel's control must agree with. */
export function recountControl(scenario: Scenario, state: GameState, space: SpaceId): Power | null {
  const def = scenario.spaces.find((d) => d.id === space);
  if (!def) return null;
  const stability = Math.min(4, Math.max(1, def.stability + state.stabilityShift[space]));
  const inf = state.influence[space];
  const owners = POWERS.filter((p) => inf[p] >= stability && POWERS.every((r) => r === p || inf[p] - inf[r] >= stability));
  return owners[0] ?? null;
}

/** Cards as a sorted multiset, for conservation checks. */
export function sortedCards(state: GameState): string[] {
  return [...state.hands.russia, ...state.hands.turkey, ...state.hands.china, ...state.deck, ...state.future, ...state.discard, ...state.removed].sort();
}
