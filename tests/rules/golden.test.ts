// Golden replay (STYLE §13): the historical scenario with seed 7 and a seeded random policy. The
// move list, the hash after every step and the final hash are committed in
// tests/golden/historical-seed7.json; any change to the rules' behaviour shows up as a diff there.
// After an intended change of behaviour, regenerate with:
//   UPDATE_GOLDEN=1 npx vitest run tests/rules/golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activeSeat, applyMove, legalMoves, newGame, result, stateHash } from '../support/kernel.js';
import { seedRng } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import type { GameResult, GameState, Move } from '../../src/rules/index.js';
import { pickFrom } from '../support/play.js';

const FILE = fileURLToPath(new URL('../golden/historical-seed7.json', import.meta.url));
const SCENARIO = 'historical';
const SEED = 7;
const POLICY_SEED = 7;

interface Golden {
  readonly scenario: string;
  readonly seed: number;
  readonly policySeed: number;
  /** Hash of the new game, before any move. */
  readonly initialHash: string;
  readonly moves: readonly Move[];
  /** hashes[i] is the hash after moves[i]. */
  readonly hashes: readonly string[];
  readonly finalHash: string;
  readonly result: GameResult;
}

/** Play the game the golden file records: at each step a legal move drawn with the policy's generator. */
function record(): { golden: Golden; states: GameState[] } {
  const scenario = bundledScenario(SCENARIO);
  const rng = seedRng(POLICY_SEED);
  let s = newGame(scenario, SEED);
  const states = [s];
  const moves: Move[] = [];
  const hashes: string[] = [];
  while (!s.over) {
    if (moves.length > 5_000) throw new Error('the golden game did not end');
    const move = pickFrom(rng, legalMoves(s, activeSeat(s)));
    const out = applyMove(s, move);
    if (!out.ok) throw new Error(`legal move rejected: ${out.code}`);
    s = out.state;
    moves.push(move);
    hashes.push(stateHash(s));
    states.push(s);
  }
  const first = states[0] as GameState;
  return {
    golden: { scenario: SCENARIO, seed: SEED, policySeed: POLICY_SEED, initialHash: stateHash(first), moves, hashes, finalHash: stateHash(s), result: result(s) },
    states,
  };
}

function replay(moves: readonly Move[]): GameState[] {
  let s = newGame(bundledScenario(SCENARIO), SEED);
  const states = [s];
  for (const move of moves) {
    const out = applyMove(s, move);
    if (!out.ok) throw new Error(`recorded move ${JSON.stringify(move)} rejected on replay: ${out.code} ${JSON.stringify(out.params)}`);
    s = out.state;
    states.push(s);
  }
  return states;
}

function committed(): Golden {
  if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/rules/golden.test.ts`);
  return JSON.parse(readFileSync(FILE, 'utf8')) as Golden;
}

describe('golden replay of historical, seed 7', () => {
  if (process.env.UPDATE_GOLDEN === '1') {
    it('regenerates tests/golden/historical-seed7.json', () => {
      const { golden } = record();
      mkdirSync(dirname(FILE), { recursive: true });
      writeFileSync(FILE, `${JSON.stringify(golden, null, 1)}\n`);
      expect(committed().finalHash).toBe(golden.finalHash);
    });
    return;
  }

  it('the seeded random policy plays today exactly the recorded game', () => {
    const golden = committed();
    const { golden: now } = record();
    expect(now.initialHash).toBe(golden.initialHash);
    expect(now.moves).toEqual(golden.moves);
    expect(now.hashes).toEqual(golden.hashes);
    expect(now.finalHash).toBe(golden.finalHash);
    expect(now.result).toEqual(golden.result);
  });

  it('replaying the recorded move list reproduces every intermediate hash and the final one', () => {
    const golden = committed();
    const states = replay(golden.moves);
    expect(stateHash(states[0] as GameState)).toBe(golden.initialHash);
    expect(states.slice(1).map(stateHash)).toEqual(golden.hashes);
    const last = states[states.length - 1] as GameState;
    expect(last.over).toBe(true);
    expect(stateHash(last)).toBe(golden.finalHash);
    expect(result(last)).toEqual(golden.result);
  });

  it('the same seed and moves twice give byte-identical JSON at every step', () => {
    const golden = committed();
    const a = replay(golden.moves).map((s) => JSON.stringify(s));
    const b = replay(golden.moves).map((s) => JSON.stringify(s));
    expect(a.length).toBe(golden.moves.length + 1);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) expect.fail(`step ${i} differs between two replays`);
  });

  it('a different seed gives a different game (the hashes are not blind)', () => {
    const golden = committed();
    const other = newGame(bundledScenario(SCENARIO), SEED + 1);
    expect(stateHash(other)).not.toBe(golden.initialHash);
  });
});
