// games.csv: records survive the round trip, whatever their fields hold.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvToRecords, parseCsv, recordsToCsv } from '../../src/sim/csv.js';
import { record } from './records.js';

describe('games.csv', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(parseCsv('a,"b,""c""",\n"x\ny",z,\n')).toEqual([
      ['a', 'b,"c"', ''],
      ['x\ny', 'z', ''],
    ]);
  });

  it('round-trips records, sorted by index, with awkward fields', () => {
    const records = [
      record(7, {
        winner: null,
        rescuedBy: 'turkey',
        regime: 'rescued',
        calledInRound: 3,
        vp: { russia: -4, turkey: 0, china: 12 },
        firstMoves: { russia: 'playEvent:a,b"c', turkey: 'answerCall', china: '' },
        plays: [
          { card: 'a,b"c', mode: 'event', power: 'russia' },
          { card: 'line\nbreak', mode: 'ops', power: 'china' },
        ],
      }),
      record(2, { bots: { russia: 'hard', turkey: 'heuristic', china: 'easy' }, orderShift: 2, reason: 'suddenDeath', seed: 4294967295 }),
    ];
    const text = recordsToCsv(records);
    expect(text.split('\n')[0]).toBe(
      'index,seed,botSeed,bot_russia,bot_turkey,bot_china,orderShift,winner,reason,rounds,moves,vp_russia,vp_turkey,vp_china,regime,rescuedBy,calledInRound,first_russia,first_turkey,first_china,plays',
    );
    const back = csvToRecords(text);
    expect(back).toEqual({ ok: true, records: [records[1], records[0]] });
    if (back.ok) expect(recordsToCsv(back.records)).toBe(text);
  });

  it('rejects a bad row with its line and column', () => {
    const text = recordsToCsv([record(0), record(1)]).replace('\n1,1001,2001,random', '\n1,1001,2001,genius');
    expect(csvToRecords(text)).toEqual({ ok: false, message: 'line 3, column bot_russia: expected one of random, heuristic, easy, medium, hard, found "genius"' });
    expect(csvToRecords('index\n')).toMatchObject({ ok: false });
    const shifted = recordsToCsv([record(0)]).replace('random,random,random,0,', 'random,random,random,3,');
    expect(csvToRecords(shifted)).toEqual({ ok: false, message: 'line 2, column orderShift: expected one of 0, 1, 2, found "3"' });
  });

  it('refuses rows no run writes: the first column at fault, with what it should hold', () => {
    const row = (change: (cells: string[]) => void): string => {
      const [header, line] = recordsToCsv([record(0, { plays: [{ card: 'alpha', mode: 'ops', power: 'turkey' }] })]).split('\n');
      const cells = (line as string).split(',');
      change(cells);
      return `${header}\n${cells.join(',')}\n`;
    };
    const at = (column: string): number => (CSV_COLUMNS as readonly string[]).indexOf(column);
    const fault = (change: (cells: string[]) => void): string => {
      const read = csvToRecords(row(change));
      return read.ok ? 'accepted' : read.message;
    };
    expect(fault(() => undefined)).toBe('accepted');
    expect(fault((c) => (c[at('index')] = '-1'))).toBe('line 2, column index: expected a whole number 0 or more, found "-1"');
    expect(fault((c) => (c[at('seed')] = '99999999999999999999'))).toBe('line 2, column seed: expected a whole number 0 or more, found "99999999999999999999"');
    expect(fault((c) => (c[at('vp_turkey')] = '1e3'))).toBe('line 2, column vp_turkey: expected a whole number from -10000 to 10000, found "1e3"');
    // A score this far out would have the summary allocate a histogram entry per point.
    expect(fault((c) => (c[at('vp_china')] = '-900000000000'))).toBe('line 2, column vp_china: expected a whole number from -10000 to 10000, found "-900000000000"');
    expect(fault((c) => (c[at('winner')] = 'iran'))).toBe('line 2, column winner: expected one of russia, turkey, china or "draw", found "iran"');
    expect(fault((c) => (c[at('regime')] = ''))).toBe('line 2, column regime: expected one of standing, calling, rescued, fallen, found ""');
    expect(fault((c) => (c[at('plays')] = 'alpha:ops:turkey|beta:both:china'))).toBe('line 2, column plays: expected "card:ops|event:power" items joined by "|", found "alpha:ops:turkey|beta:both:china"');
    expect(fault((c) => (c[at('plays')] = 'alpha:ops:turkey:x'))).toMatch(/^line 2, column plays: /);
    // The leftmost fault is the one reported.
    expect(fault((c) => ((c[at('moves')] = 'many'), (c[at('bot_china')] = 'genius')))).toMatch(/^line 2, column bot_china: /);
  });
});
