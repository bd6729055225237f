// STYLE §5: the scenario is a handle passed by hand. Two scenarios that share an id play side by
// side in one process, a state is refused by a handle it was not made with, and src/rules keeps
// no module-level mutable state for any of this to leak through.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  activeSeat,
  applyMove,
  bundledGame,
  checkMoveInView,
  legalMoves,
  legalMovesForView,
  newGame,
  openGame,
  result,
  viewFor,
  type GameHandle,
  type GameState,
  type Scenario,
} from '../../src/rules/index.js';
import { nextInt, seedRng } from '../../src/rules/index.js';

const classroom = bundledGame('classroom');

/** The classroom scenario under the same id, with Kazakhstan North worth 5 more and unrest 3 higher. */
function twin(): GameHandle {
  const base = classroom.scenario;
  const scenario: Scenario = {
    ...structuredClone(base),
    spaces: base.spaces.map((s) => (s.id === 'kz_north' ? { ...s, value: s.value + 5 } : s)),
    startUnrest: base.startUnrest + 3,
  };
  return openGame(scenario);
}

describe('the game handle', () => {
  it('two scenarios with one id get different hashes, and each state records its own', () => {
    const other = twin();
    expect(other.scenario.id).toBe(classroom.scenario.id);
    expect(other.hash).not.toBe(classroom.hash);
    expect(newGame(classroom, 3).scenarioHash).toBe(classroom.hash);
    expect(newGame(other, 3).scenarioHash).toBe(other.hash);
    expect(newGame(other, 3).unrest).toBe(newGame(classroom, 3).unrest + 3);
  });

  it('plays two same-id scenarios interleaved, move by move, each exactly as when played alone', () => {
    const other = twin();
    const solo = (game: GameHandle, seed: number): GameState => {
      const rng = seedRng(seed);
      let s = newGame(game, seed);
      while (!s.over) {
        const legal = legalMoves(game, s, activeSeat(s));
        const out = applyMove(game, s, legal[nextInt(rng, 0, legal.length - 1)]);
        if (!out.ok) throw new Error(out.code);
        s = out.state;
      }
      return s;
    };
    const aloneA = solo(classroom, 21);
    const aloneB = solo(other, 21);
    // The same seeds, now one move of each in turn.
    const rngA = seedRng(21);
    const rngB = seedRng(21);
    let a = newGame(classroom, 21);
    let b = newGame(other, 21);
    while (!a.over || !b.over) {
      if (!a.over) {
        const legal = legalMoves(classroom, a, activeSeat(a));
        const out = applyMove(classroom, a, legal[nextInt(rngA, 0, legal.length - 1)]);
        if (!out.ok) throw new Error(out.code);
        a = out.state;
      }
      if (!b.over) {
        const legal = legalMoves(other, b, activeSeat(b));
        const out = applyMove(other, b, legal[nextInt(rngB, 0, legal.length - 1)]);
        if (!out.ok) throw new Error(out.code);
        b = out.state;
      }
    }
    expect(a).toEqual(aloneA);
    expect(b).toEqual(aloneB);
    // Control of Kazakhstan North scores 5 more in the twin: the scores follow each handle's own facts.
    expect(result(classroom, a).vp).toEqual(result(classroom, aloneA).vp);
    expect(result(other, b).vp).toEqual(result(other, aloneB).vp);
  });

  it('refuses a state made with another handle, with the code wrongScenario, and changes nothing', () => {
    const other = twin();
    const s = newGame(classroom, 5);
    const move = legalMoves(classroom, s, activeSeat(s))[0];
    const before = structuredClone(s);
    const out = applyMove(other, s, move);
    expect(out).toEqual({ ok: false, code: 'wrongScenario', params: {} });
    expect(s).toEqual(before);
    expect(legalMoves(other, s, activeSeat(s))).toEqual([]);
    const view = viewFor(classroom, s, activeSeat(s));
    expect(checkMoveInView(other, view, move)?.code).toBe('wrongScenario');
    expect(legalMovesForView(other, view)).toEqual([]);
    expect(legalMovesForView(classroom, view).length).toBeGreaterThan(0);
  });

  it('is frozen: a caller cannot change the facts every game shares', () => {
    expect(Object.isFrozen(classroom)).toBe(true);
    expect(Object.isFrozen(classroom.scenario.spaces[0])).toBe(true);
    expect(Object.isFrozen(classroom.neighbours)).toBe(true);
    expect(() => {
      (classroom.scenario.options as { handSize: number }).handSize = 99;
    }).toThrow();
  });

  it('src/rules has no module-level mutable state (no top-level let or var, no module Map, Set or array cache)', () => {
    const dir = join(import.meta.dirname, '../../src/rules');
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^(export\s+)?(let|var)\s/.test(line) || /^(export\s+)?const\s+\w+(\s*:\s*[^=]+)?\s*=\s*new\s+(Map|Set|WeakMap|Array)\b/.test(line)) {
            offenders.push(`${file}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offenders).toEqual([]);
  });
});
