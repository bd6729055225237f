import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/game/game.js';
import { undoAllowed } from '../../src/client/undo.js';
import type { GameEvent } from '../../src/rules/index.js';
import { HUMANS } from './helpers.js';

const step = (events: GameEvent[], power: 'russia' | 'turkey' | 'china' = 'russia'): LogEntry => ({ round: 1, power, move: { type: 'place', power, space: 'kz_west' }, events });
const setup: LogEntry = { round: 1, power: null, move: null, events: [] };
const placed: GameEvent = { kind: 'influenceChanged', power: 'russia', space: 'kz_west', from: 0, to: 1 };

describe('undo rules', () => {
  it('allows taking back a human step that revealed nothing while the turn is still theirs', () => {
    expect(undoAllowed({ seats: HUMANS, log: [setup, step([placed])], active: 'russia', over: false })).toBe(true);
  });

  it('forbids it after a die roll, a draw, a reshuffle or a new round', () => {
    for (const hidden of [
      { kind: 'dieRolled', power: 'russia', roll: 4, purpose: 'destabilise' },
      { kind: 'cardsDrawn', power: 'russia', count: 1 },
      { kind: 'deckReshuffled', size: 12 },
      { kind: 'roundStarted', round: 2, date: '2022-01-05', order: ['russia', 'turkey', 'china'] },
    ] as GameEvent[]) {
      expect(undoAllowed({ seats: HUMANS, log: [setup, step([placed, hidden])], active: 'russia', over: false })).toBe(false);
    }
  });

  it('forbids it once the turn passed, for bots, at the start and at the end', () => {
    expect(undoAllowed({ seats: HUMANS, log: [setup, step([placed])], active: 'turkey', over: false })).toBe(false);
    expect(undoAllowed({ seats: { ...HUMANS, russia: 'easy' }, log: [setup, step([placed])], active: 'russia', over: false })).toBe(false);
    expect(undoAllowed({ seats: HUMANS, log: [setup], active: 'russia', over: false })).toBe(false);
    expect(undoAllowed({ seats: HUMANS, log: [setup, step([placed])], active: null, over: true })).toBe(false);
  });
});
