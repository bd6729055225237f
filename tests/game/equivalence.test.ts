// The boardgame.io adapter is the kernel and nothing more: the same seed and moves sent through a
// Local() master and one Client per seat give, at every step, the kernel's state on the master,
// the kernel's viewFor on each seat's client, the kernel's active seat as boardgame.io's current
// player, and the kernel's result as the gameover.
import { describe, expect, it } from 'vitest';
import { seatOfPower } from '../../src/game/seats.js';
import { activeSeat, applyMove, legalMoves, legalMovesForView, newGame, result, viewFor } from '../support/kernel.js';
import { seedRng } from '../../src/rules/index.js';
import { type ScenarioId } from '../../src/rules/index.js';
import { bundledScenario } from '../support/kernel.js';
import { POWERS, type GameEvent, type GameState, type Rejection, type Scenario } from '../../src/rules/index.js';
import { openMatch, type Match } from '../support/bgio.js';
import { pickFrom } from '../support/play.js';

function sameAtThisStep(match: Match, s: GameState, step: number): void {
  const master = match.master();
  expect(master.G.state, `master state at step ${step}`).toEqual(s);
  for (const power of POWERS) {
    const g = match.clientG(power);
    expect(g.view, `${power}'s view at step ${step}`).toEqual(viewFor(s, power));
    expect(match.clients[power].getState()?.ctx.currentPlayer).toBe(s.over ? master.ctx.currentPlayer : seatOfPower(activeSeat(s)));
  }
}

function playBoth(scenario: Scenario, seed: number): number {
  const match = openMatch(scenario, seed);
  const policy = seedRng(seed * 31 + 1);
  let s = newGame(scenario, seed);
  let step = 0;
  sameAtThisStep(match, s, step);
  while (!s.over) {
    const seat = activeSeat(s);
    const legal = legalMoves(s, seat);
    // The seat's client can work out its legal moves from its view alone.
    const view = match.clientG(seat).view;
    if (!view) return expect.fail('the active seat has no view');
    expect(legalMovesForView(view)).toEqual(legal);
    const move = pickFrom(policy, legal);
    const out = applyMove(s, move);
    if (!out.ok) return expect.fail(`kernel rejected a legal move: ${out.code}`);
    s = out.state;
    match.play(move);
    step++;
    sameAtThisStep(match, s, step);
    // The adapter's public log carries exactly the kernel's events of the move.
    const last = match.master().G.log.at(-1);
    expect(last?.move).toEqual(move);
    expect(last?.events).toEqual(out.events as GameEvent[]);
  }
  const r = result(s);
  expect(match.master().ctx.gameover).toEqual(r.winner ? { winner: seatOfPower(r.winner), result: r } : { draw: true, result: r });
  match.stop();
  return step;
}

describe('the boardgame.io adapter against the kernel', () => {
  const cases: [ScenarioId, number][] = [
    ['classroom', 1],
    ['classroom', 2],
    ['classroom', 3],
    ['historical', 7],
    ['historical', 8],
    ['turkey-prepared', 4],
  ];
  for (const [id, seed] of cases) {
    it(`${id}, seed ${seed}: one full game gives the same state, views, turn and result at every step`, () => {
      const steps = playBoth(bundledScenario(id), seed);
      expect(steps).toBeGreaterThan(20);
    });
  }

  it('the first state after connecting is the kernel’s new game', () => {
    const scenario = bundledScenario('historical');
    const match = openMatch(scenario, 99);
    const s = newGame(scenario, 99);
    expect(match.master().G.state).toEqual(s);
    for (const power of POWERS) expect(match.clientG(power).view).toEqual(viewFor(s, power));
    match.stop();
  });

  it('an illegal move through the active seat’s client changes nothing on the master and reaches the rejection sink', () => {
    const scenario = bundledScenario('classroom');
    const rejections: Rejection[] = [];
    const match = openMatch(scenario, 5, { onReject: (_power, _move, r) => rejections.push(r) });
    const before = match.master();
    const seat = activeSeat(before.G.state);
    const stranger = scenario.deck.find((c) => !before.G.state.hands[seat].includes(c)) ?? 'none';
    match.play({ type: 'playOps', power: seat, card: stranger });
    const after = match.master();
    expect(after.G).toEqual(before.G);
    expect(rejections).toEqual([{ ok: false, code: 'notInHand', params: { card: stranger } }]);
    // A seat that is not to act cannot move at all: boardgame.io drops it before the kernel.
    const idle = POWERS.find((p) => p !== seat) ?? 'china';
    match.play({ type: 'pass', power: idle });
    expect(match.master().G).toEqual(before.G);
    match.stop();
  });
});
