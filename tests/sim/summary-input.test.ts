// summary.json read back by --merge: the run facts survive the round trip, and a file another
// program broke gives one message with the file, the field's path and what was expected.
import { describe, expect, it } from 'vitest';
import { aggregate, summaryJson } from '../../src/sim/aggregate.js';
import { metaFromSummary } from '../../src/sim/summary-input.js';
import { META, record } from './records.js';

const FILE = 'shard-2/summary.json';

function written(): Record<string, unknown> {
  return JSON.parse(summaryJson(aggregate(META, [record(0), record(1, { plays: [{ card: 'gamma', mode: 'ops', power: 'china' }] })]))) as Record<string, unknown>;
}

function faultOf(json: unknown): string {
  const read = metaFromSummary(json, FILE);
  if (read.ok) throw new Error('accepted');
  return read.message;
}

describe('metaFromSummary', () => {
  it('gives back the run facts the summary was written from, played cards included', () => {
    expect(metaFromSummary(written(), FILE)).toEqual({ ok: true, meta: { ...META, cards: ['alpha', 'beta', 'gamma'] } });
  });

  it('names the file, the field and what was expected', () => {
    const broken = (change: (s: Record<string, unknown>) => void): Record<string, unknown> => {
      const s = written();
      change(s);
      return s;
    };
    expect(faultOf(null)).toBe(`${FILE}: (root): expected an object: the summary.json that npm run sim writes`);
    expect(faultOf([1, 2])).toBe(`${FILE}: (root): expected an object: the summary.json that npm run sim writes`);
    expect(faultOf(broken((s) => delete s.seed))).toBe(`${FILE}: seed: expected a whole number from 0 to 4294967295`);
    expect(faultOf(broken((s) => (s.seed = '7')))).toBe(`${FILE}: seed: expected a whole number from 0 to 4294967295`);
    expect(faultOf(broken((s) => (s.seed = 2 ** 40)))).toBe(`${FILE}: seed: expected a whole number from 0 to 4294967295`);
    expect(faultOf(broken((s) => (s.bots = { russia: 'random', turkey: 'genius', china: 'random' })))).toBe(
      `${FILE}: bots.turkey: expected one of random, heuristic, easy, medium, hard`,
    );
    expect(faultOf(broken((s) => (s.firstOrder = ['russia', 'russia', 'china'])))).toBe(
      `${FILE}: firstOrder: expected a list of the three powers (russia, turkey, china), each once`,
    );
    expect(faultOf(broken((s) => (s.firstOrder = ['russia', 'turkey', 'iran'])))).toBe(
      `${FILE}: firstOrder[2]: expected a list of the three powers (russia, turkey, china), each once`,
    );
    expect(faultOf(broken((s) => ((s.cards as unknown[])[1] = { plays: 3 })))).toBe(`${FILE}: cards[1].card: expected a text`);
    expect(faultOf(broken((s) => (s.cards = 'alpha')))).toBe(`${FILE}: cards: expected a list of card entries`);
    expect(faultOf(broken((s) => (s.gamesPlanned = -1)))).toBe(`${FILE}: gamesPlanned: expected a whole number 0 or more`);
    expect(faultOf(broken((s) => (s.complete = 'yes')))).toBe(`${FILE}: complete: expected true or false`);
  });
});
