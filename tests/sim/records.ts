// Hand-made game records and run facts for the runner's pure-module tests.
import type { RunMeta } from '../../src/sim/aggregate.js';
import { noOps, noUnrest, type GameRecord } from '../../src/sim/record.js';

export function record(index: number, over: Partial<GameRecord> = {}): GameRecord {
  return {
    index,
    seed: 1000 + index,
    botSeed: 2000 + index,
    bots: { russia: 'random', turkey: 'random', china: 'random' },
    orderShift: 0,
    winner: 'russia',
    reason: 'lastRound',
    rounds: 8,
    moves: 120,
    vp: { russia: 10, turkey: 5, china: 3 },
    regime: 'standing',
    rescuedBy: null,
    calledInRound: 0,
    firstMoves: { russia: 'pass', turkey: 'pass', china: 'pass' },
    plays: [],
    capital: null,
    midVp: null,
    ops: noOps(),
    unrestUp: noUnrest(),
    unrestDown: noUnrest(),
    vpTally: [],
    rivalEvents: 0,
    ...over,
  };
}

export const META: RunMeta = {
  scenario: 'test',
  scenarioSource: 'test',
  scenarioHash: '00000000',
  scenarioRounds: 8,
  seed: 1,
  bots: { russia: 'random', turkey: 'random', china: 'random' },
  rotateSeats: false,
  rotateOrder: false,
  firstOrder: ['russia', 'china', 'turkey'],
  agendas: false,
  cards: ['alpha', 'beta'],
  gamesPlanned: 4,
  complete: true,
};
