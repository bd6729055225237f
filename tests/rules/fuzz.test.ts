// Fuzzing the move checker (STYLE §2): over random reachable states of every bundled scenario, a
// seeded generator makes malformed and illegal moves; each must come back as
// { ok: false, code, reason } with a known code and a reason, and leave the state as it was.
// And the other way round: every move legalMoves lists is accepted.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { activeSeat, applyMove, legalMoves, parseMove } from '../support/kernel.js';
import { sameMove } from '../../src/rules/index.js';
import { say } from '../../src/i18n/catalogue.js';
import { nextInt, seedRng } from '../../src/rules/index.js';
import { SCENARIO_IDS } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import { POWERS, REJECTIONS, SPACE_IDS, type GameState, type Move, type Power, type RejectionCode, type Scenario } from '../../src/rules/index.js';
import { pickFrom, randomGame } from '../support/play.js';

interface Bad {
  readonly move: unknown;
  readonly kind: string;
  /** The code the kernel must give, when the case pins it down. */
  readonly code?: RejectionCode;
}

const HUGE = 'x'.repeat(1_000_000);

/** Payloads that are not moves at all, whatever the state. */
const GARBAGE: readonly unknown[] = [
  null,
  undefined,
  0,
  42,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  '',
  'pass',
  HUGE,
  [],
  [1, 2],
  ['pass', 'russia'],
  {},
  { type: 'pass' },
  { power: 'russia' },
  { type: 'pass', power: 'usa' },
  { type: 42, power: 'russia' },
  { type: 'PASS', power: 'russia' },
  { type: 'pass', power: 'Russia' },
  { type: 'pass ', power: 'russia' },
  { type: 'place', power: 'russia' },
  { type: 'place', power: 'russia', space: 'moon' },
  { type: 'place', power: 'russia', space: 7 },
  { type: 'place', power: 'russia', space: ['kz_west'] },
  { type: 'playOps', power: 'turkey', card: 7 },
  { type: 'playOps', power: 'china', card: null },
  { type: 'playOps', power: 'china' },
  { type: 'playEvent', power: 'china', card: { id: 'x' } },
  { type: 'playEvent', power: 'turkey', card: 'bayraktar_delivery', target: 'moon' },
  { type: 'playEvent', power: 'turkey', card: 'bayraktar_delivery', target: 3 },
  { type: 'destabilise', power: 'russia', space: 'kz_west' },
  { type: 'destabilise', power: 'russia', space: 'kz_west', rival: 'usa' },
  { type: 'destabilise', power: 'russia', space: 'kz_west', rival: null },
  { type: 'invest', power: 'china', space: HUGE },
  { type: HUGE, power: 'china' },
  { type: 'pass', power: HUGE },
  { type: 'answerCall', power: 0 },
  { type: 'endOps', power: ['russia'] },
  JSON.parse('{"__proto__": {"type": "pass", "power": "russia"}}'),
  JSON.parse('{"__proto__": {"type": "pass", "power": "turkey"}}'),
  JSON.parse('{"__proto__": {"type": "pass", "power": "china"}}'),
  JSON.parse('{"type": "__proto__", "power": "russia"}'),
  JSON.parse('{"type": "pass", "power": "__proto__"}'),
  JSON.parse('{"type": "place", "power": "china", "space": "__proto__"}'),
  JSON.parse('{"type": "constructor", "power": "turkey"}'),
  JSON.parse('{"type": "place", "power": "turkey", "space": "constructor"}'),
  JSON.parse('{"type": "destabilise", "power": "turkey", "space": "kz_west", "rival": "__proto__"}'),
  JSON.parse('{"type": "playEvent", "power": "russia", "card": "il76_air_bridge", "target": "__proto__"}'),
];

/** Card names no catalogue has, including the names of Object.prototype's own members. */
const UNKNOWN_CARDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'no_such_card', '', ' ', 'PARATROOPERS', HUGE, 'il76_air_bridge ', '💥'];

function others(power: Power): Power[] {
  return POWERS.filter((p) => p !== power);
}

/** Illegal moves for `s`, drawn with `rng`; each kind is illegal by construction (and re-checked against legalMoves). */
/** A bad move as short text (JSON.stringify gives undefined for some garbage, such as a function). */
function describeBad(move: unknown): string {
  return (JSON.stringify(move) as string | undefined)?.slice(0, 200) ?? String(move);
}

function illegalMoves(scenario: Scenario, s: GameState, rng: number[]): Bad[] {
  const out: Bad[] = [];
  out.push({ move: pickFrom(rng, GARBAGE), kind: 'garbage', code: 'malformed' });
  if (s.over) {
    out.push({ move: { type: 'pass', power: pickFrom(rng, POWERS) }, kind: 'after the end', code: 'gameOver' });
    out.push({ move: { type: 'playOps', power: 'russia', card: pickFrom(rng, scenario.deck) }, kind: 'after the end', code: 'gameOver' });
    return out;
  }
  const active = activeSeat(s);
  const legal = legalMoves(s, active);
  const idle = pickFrom(rng, others(active));
  // Wrong seat: a move the active power could make, sent by another.
  out.push({ move: { ...pickFrom(rng, legal), power: idle }, kind: 'wrong seat', code: 'notYourTurn' });
  // R6.4: while Russia is asked out of turn, anything but answering or letting the call pass waits.
  if (s.interrupt !== null) {
    out.push({ move: { type: 'pass', power: active }, kind: 'pass during an interrupt', code: 'mustAnswerOrDecline' });
    out.push({ move: { type: 'playOps', power: active, card: pickFrom(rng, UNKNOWN_CARDS) }, kind: 'unknown card', code: 'unknownCard' });
    return out;
  }
  const spaces = scenario.spaces.map((d) => d.id);
  const space = pickFrom(rng, spaces);
  const notInHand = scenario.deck.filter((c) => !s.hands[active].includes(c));
  if (s.pending) {
    out.push({
      move: { type: 'playOps', power: active, card: pickFrom(rng, s.hands[active].length ? s.hands[active] : scenario.deck) },
      kind: 'card during operations',
      code: 'opsPending',
    });
    out.push({ move: { type: 'pass', power: active }, kind: 'pass during operations', code: 'opsPending' });
    out.push({ move: { type: 'answerCall', power: active }, kind: 'answer during operations', code: 'opsPending' });
    if (active !== 'china') out.push({ move: { type: 'invest', power: active, space }, kind: 'wrong power invests', code: 'notAllowedForPower' });
    else {
      out.push({ move: { type: 'stabilise', power: 'china', space }, kind: 'China stabilises', code: 'notAllowedForPower' });
      out.push({ move: { type: 'destabilise', power: 'china', space, rival: pickFrom(rng, others('china')) }, kind: 'China destabilises', code: 'notAllowedForPower' });
    }
    if (active !== 'china') out.push({ move: { type: 'destabilise', power: active, space, rival: active }, kind: 'destabilise oneself' });
    out.push({ move: { type: 'place', power: active, space: pickFrom(rng, [...SPACE_IDS]) }, kind: 'place anywhere' });
    out.push({ move: { type: 'diplomacy', power: active, space }, kind: 'diplomacy anywhere' });
    out.push({ move: { type: 'stabilise', power: active, space }, kind: 'stabilise anywhere' });
  } else {
    out.push({ move: { type: 'playOps', power: active, card: pickFrom(rng, UNKNOWN_CARDS) }, kind: 'unknown card', code: 'unknownCard' });
    out.push({ move: { type: 'playEvent', power: active, card: pickFrom(rng, UNKNOWN_CARDS) }, kind: 'unknown card', code: 'unknownCard' });
    if (notInHand.length) {
      out.push({ move: { type: 'playOps', power: active, card: pickFrom(rng, notInHand) }, kind: 'card not in hand', code: 'notInHand' });
      out.push({ move: { type: 'playEvent', power: active, card: pickFrom(rng, notInHand) }, kind: 'card not in hand', code: 'notInHand' });
    }
    const op = pickFrom(rng, ['place', 'stabilise', 'invest', 'diplomacy', 'endOps'] as const);
    out.push({ move: op === 'endOps' ? { type: op, power: active } : { type: op, power: active, space }, kind: 'operation without a card', code: 'noOpsPending' });
    out.push({ move: { type: 'destabilise', power: active, space, rival: pickFrom(rng, others(active)) }, kind: 'operation without a card', code: 'noOpsPending' });
    if (s.regime !== 'calling') out.push({ move: { type: 'answerCall', power: active }, kind: 'answer without a call', code: 'noCall' });
    const inHand = s.hands[active];
    if (inHand.length) {
      const card = pickFrom(rng, inHand);
      // Events with a target outside their list, or none given.
      out.push({ move: { type: 'playEvent', power: active, card, target: pickFrom(rng, [...SPACE_IDS]) }, kind: 'event target' });
      out.push({ move: { type: 'playEvent', power: active, card }, kind: 'event without target' });
    }
  }
  return out.filter((bad) => {
    // Keep only what is truly illegal: a shaped move that happens to be legal is not a fuzz case.
    const shaped = parseMove(bad.move);
    return !(shaped && legalMoves(s, shaped.power).some((m) => sameMove(m, shaped)));
  });
}

/** Random reachable states of every bundled scenario, ends of games included. */
function reachableStates(gamesPerScenario: number): { scenario: Scenario; state: GameState }[] {
  const out: { scenario: Scenario; state: GameState }[] = [];
  for (const id of SCENARIO_IDS) {
    const scenario = bundledScenario(id);
    for (let g = 0; g < gamesPerScenario; g++) {
      const { states } = randomGame(scenario, 1000 + g, 2000 + g);
      for (const state of states) out.push({ scenario, state });
    }
  }
  return out;
}

describe('fuzzing applyMove', () => {
  const states = reachableStates(8);

  it('10,000+ malformed or illegal moves are each rejected with a known code and a reason, and change nothing', () => {
    const rng = seedRng(2022);
    let count = 0;
    const byKind = new Map<string, number>();
    for (let round = 0; count < 12_000; round++) {
      expect(round).toBeLessThan(10);
      for (const { scenario, state } of states) {
        const before = JSON.stringify(state);
        const copy = structuredClone(state);
        for (const bad of illegalMoves(scenario, state, rng)) {
          const out = applyMove(state, bad.move);
          if (out.ok) return expect.fail(`${bad.kind}: ${describeBad(bad.move)} was accepted`);
          if (!(REJECTIONS as readonly string[]).includes(out.code)) expect.fail(`unknown code ${out.code}`);
          // The kernel gives a code and params; the catalogue must have words for every one of them.
          const words = say({ key: `reject.${out.code}`, params: out.params });
          if (words.trim().length === 0) expect.fail(`${bad.kind}: empty reason`);
          if (words.startsWith('[') || /\{\w+\}/.test(words)) expect.fail(`${bad.kind}: reason ${words} is missing from the catalogue or leaves a placeholder unfilled`);
          if (bad.code && out.code !== bad.code) expect.fail(`${bad.kind}: ${describeBad(bad.move)} gave ${out.code}, not ${bad.code}`);
          if (Object.keys(out).sort().join() !== 'code,ok,params') expect.fail(`rejection has keys ${Object.keys(out).join()}`);
          byKind.set(bad.kind, (byKind.get(bad.kind) ?? 0) + 1);
          count++;
        }
        if (JSON.stringify(state) !== before || !isDeepStrictEqual(state, copy)) expect.fail('a rejected move changed the state');
        // Next state of this round gets another draw from the generator.
        nextInt(rng, 0, 1);
      }
    }
    expect(count).toBeGreaterThanOrEqual(10_000);
    // Every kind of bad input was tried many times.
    for (const kind of [
      'garbage',
      'wrong seat',
      'unknown card',
      'card not in hand',
      'operation without a card',
      'card during operations',
      'wrong power invests',
      'China stabilises',
      'event target',
      'after the end',
    ]) {
      expect(byKind.get(kind) ?? 0, kind).toBeGreaterThan(50);
    }
    // Nothing leaked into Object.prototype.
    const probe: Record<string, unknown> = {};
    expect(probe.type).toBeUndefined();
    expect(probe.power).toBeUndefined();
  });

  it('every move legalMoves lists is accepted by applyMove', () => {
    let checked = 0;
    for (const { state } of states.filter((_, i) => i % 2 === 0)) {
      if (state.over) {
        for (const p of POWERS) expect(legalMoves(state, p)).toEqual([]);
        continue;
      }
      const active = activeSeat(state);
      for (const p of others(active)) expect(legalMoves(state, p)).toEqual([]);
      const moves: Move[] = legalMoves(state, active);
      expect(moves.length).toBeGreaterThan(0);
      for (const move of moves) {
        const out = applyMove(state, move);
        if (!out.ok) expect.fail(`legal ${JSON.stringify(move)} rejected: ${out.code} ${JSON.stringify(out.params)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5_000);
  });
});
