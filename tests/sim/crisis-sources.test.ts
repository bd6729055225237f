// The crisis sources: the listed events are exactly the bundled cards and scheduled events whose
// points are the crisis's, so a new event that pays for the crisis cannot be left out unnoticed.
import { describe, expect, it } from 'vitest';
import { bundledCatalogue } from '../../src/rules/index.js';
import type { Condition, Effect } from '../../src/rules/index.js';
import { CRISIS_SOURCES, isCrisisSource } from '../../src/sim/crisis-sources.js';

/** Conditions on the crisis: the regime, the rescuer, unrest, overstretch, OTS readiness, the capital (R6). */
const CRISIS_CONDITIONS: readonly Condition['kind'][] = ['regimeIs', 'rescuedBy', 'unrestAtLeast', 'unrestAtMost', 'overstretchAtLeast', 'otsReadyAtLeast', 'capitalListensTo'];
/** Effects that move the crisis (R6, R9.5). */
const CRISIS_EFFECTS: readonly Effect['op'][] = ['unrest', 'overstretch', 'otsReadiness', 'capital', 'cstoWilling'];

function walk(effects: readonly Effect[], seen: { vp: boolean; crisis: boolean }): void {
  for (const e of effects) {
    if (e.op === 'vp') seen.vp = true;
    if (CRISIS_EFFECTS.includes(e.op)) seen.crisis = true;
    if (e.op === 'if') {
      if (CRISIS_CONDITIONS.includes(e.cond.kind)) seen.crisis = true;
      walk(e.then, seen);
      walk(e.else ?? [], seen);
    }
    if (e.op === 'roll') for (const row of e.rows) walk(row.effects, seen);
  }
}

describe('crisis sources', () => {
  it('list every bundled event that scores points and reads or moves the crisis, and no other', () => {
    const catalogue = bundledCatalogue();
    const crisisEvents = [...catalogue.cards, ...catalogue.events]
      .filter((def) => {
        const seen = { vp: false, crisis: false };
        walk(def.effects, seen);
        return seen.vp && seen.crisis;
      })
      .map((def) => `event:${def.id}`)
      .sort();
    expect(CRISIS_SOURCES.filter((s) => s.startsWith('event:')).sort()).toEqual(crisisEvents);
  });

  it("judge a line by its reason, and an event's by its id", () => {
    expect(isCrisisSource({ reason: 'answeredCall' })).toBe(true);
    expect(isCrisisSource({ reason: 'regimeFell', detail: '' })).toBe(true);
    expect(isCrisisSource({ reason: 'control' })).toBe(false);
    expect(isCrisisSource({ reason: 'event', detail: 'wang_yi_calls' })).toBe(true);
    expect(isCrisisSource({ reason: 'event', detail: 'middle_corridor_deal' })).toBe(false);
    expect(isCrisisSource({ reason: 'event' })).toBe(false);
    expect(isCrisisSource({ reason: 'agenda', detail: 'wang_yi_calls' })).toBe(false);
  });
});

describe('agendas among the crisis sources', () => {
  it('exactly the agendas whose goal is the crisis’s outcome are listed, and counted by their id', () => {
    const crisisGoals: readonly string[] = ['rescuedBy', 'otsReadyAtLeast', 'unrestAtMost'];
    const expected = bundledCatalogue()
      .agendas.filter((a) => crisisGoals.includes(a.goal.kind))
      .map((a) => `agenda:${a.id}`)
      .sort();
    expect(CRISIS_SOURCES.filter((s) => s.startsWith('agenda:')).sort()).toEqual(expected);
    expect(isCrisisSource({ reason: 'agenda', detail: 'csto_credibility' })).toBe(true);
    expect(isCrisisSource({ reason: 'agenda', detail: 'hold_the_north' })).toBe(false);
  });
});
