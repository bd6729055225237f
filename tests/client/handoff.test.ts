import { describe, expect, it } from 'vitest';
import { relock, screenFor } from '../../src/client/handoff.js';
import type { SeatKind } from '../../src/client/types.js';
import type { ByPower } from '../../src/rules/index.js';

const seats = (russia: SeatKind, turkey: SeatKind, china: SeatKind): ByPower<SeatKind> => ({ russia, turkey, china });

describe('handoff rules', () => {
  it('three humans: the seat to act must confirm before its hand shows', () => {
    const s = seats('human', 'human', 'human');
    expect(screenFor({ seats: s, active: 'russia', over: false, unlocked: null })).toEqual({ viewer: null, handoff: 'russia' });
    expect(screenFor({ seats: s, active: 'russia', over: false, unlocked: 'russia' })).toEqual({ viewer: 'russia', handoff: null });
    // The turn passed to Turkey: Russia's unlock does not show Turkey's hand.
    expect(screenFor({ seats: s, active: 'turkey', over: false, unlocked: 'russia' })).toEqual({ viewer: null, handoff: 'turkey' });
  });

  it('one human with two bots: no handoff, the human hand always shows, even on bot turns', () => {
    const t = seats('easy', 'human', 'hard');
    expect(screenFor({ seats: t, active: 'russia', over: false, unlocked: null })).toEqual({ viewer: 'turkey', handoff: null });
    expect(screenFor({ seats: t, active: 'turkey', over: false, unlocked: null })).toEqual({ viewer: 'turkey', handoff: null });
  });

  it('two humans and a bot: the bot turn shows no hand and locks the screen again', () => {
    const s = seats('human', 'human', 'medium');
    expect(screenFor({ seats: s, active: 'china', over: false, unlocked: 'russia' })).toEqual({ viewer: null, handoff: null });
    expect(relock(s, 'russia', 'china')).toBeNull();
    // Back to Russia after the bot: Russia must confirm again.
    expect(screenFor({ seats: s, active: 'russia', over: false, unlocked: relock(s, 'russia', 'china') })).toEqual({ viewer: null, handoff: 'russia' });
    // Russia to Turkey directly keeps the unlock on Russia, so Turkey gets a handoff.
    expect(relock(s, 'russia', 'turkey')).toBe('russia');
  });

  it('no humans: spectators see no hand; the end screen shows no hand', () => {
    expect(screenFor({ seats: seats('easy', 'easy', 'easy'), active: 'china', over: false, unlocked: null })).toEqual({ viewer: null, handoff: null });
    expect(screenFor({ seats: seats('human', 'human', 'human'), active: null, over: true, unlocked: 'turkey' })).toEqual({ viewer: null, handoff: null });
    expect(screenFor({ seats: seats('human', 'easy', 'easy'), active: null, over: true, unlocked: null })).toEqual({ viewer: null, handoff: null });
  });
});
