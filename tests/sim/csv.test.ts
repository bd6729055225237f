// games.csv: records survive the round trip, whatever their fields hold.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvToRecords, parseCsv, recordsToCsv } from '../../src/sim/csv.js';
import { noOps, noUnrest } from '../../src/sim/record.js';
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
        capital: 'china',
        midVp: { russia: -2, turkey: 0, china: 9 },
        ops: {
          ...noOps(),
          russia: { place: 31, stabilise: 0, destabilise: 4, invest: 0, diplomacy: 1 },
          china: { place: 50, stabilise: 0, destabilise: 0, invest: 6, diplomacy: 0 },
        },
        unrestUp: { ...noUnrest(), turkey: 2, scheduled: 5, check: 1 },
        unrestDown: { ...noUnrest(), russia: 4, fall: 3 },
        vpTally: [
          { power: 'china', reason: 'control', detail: '', amount: 12 },
          { power: 'russia', reason: 'event', detail: 'wang_yi_calls', amount: 1 },
          { power: 'russia', reason: 'event', detail: 'wang_yi_calls', amount: -2 },
          // A reason the rules may add later still round-trips.
          { power: 'turkey', reason: 'culpritFell', detail: '', amount: -3 },
        ],
      }),
      record(2, { bots: { russia: 'hard', turkey: 'heuristic', china: 'easy' }, orderShift: 2, reason: 'suddenDeath', seed: 4294967295 }),
    ];
    const text = recordsToCsv(records);
    expect(text.split('\n')[0]).toBe(
      'index,seed,botSeed,bot_russia,bot_turkey,bot_china,orderShift,winner,reason,rounds,moves,vp_russia,vp_turkey,vp_china,regime,rescuedBy,calledInRound,first_russia,first_turkey,first_china,plays,capital,midVp_russia,midVp_turkey,midVp_china,ops_russia,ops_turkey,ops_china,unrestUp,unrestDown,vpTally,rivalEvents',
    );
    const rows = parseCsv(text) ?? [];
    const added = CSV_COLUMNS.indexOf('capital');
    expect(rows[2]?.slice(added)).toEqual([
      'china',
      '-2',
      '0',
      '9',
      'place:31|destabilise:4|diplomacy:1',
      '',
      'place:50|invest:6',
      'turkey:2|scheduled:5|check:1',
      'russia:4|fall:3',
      'china:control::12|russia:event:wang_yi_calls:1|russia:event:wang_yi_calls:-2|turkey:culpritFell::-3',
      '0',
    ]);
    // Nobody in the capital, no middle scoring reached, nothing counted: empty cells.
    expect(rows[1]?.slice(added)).toEqual(['', '', '', '', '', '', '', '', '', '', '0']);
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
    const row = (over: Parameters<typeof record>[1]): string => recordsToCsv([record(0, over)]);
    const badOp = row({ ops: { ...noOps(), china: { ...noOps().china, place: 2 } } }).replace('place:2', 'stabilize:2');
    expect(csvToRecords(badOp)).toEqual({
      ok: false,
      message: 'line 2, column ops_china: expected "key:count" items joined by "|", each key one of place, stabilise, destabilise, invest, diplomacy, found "stabilize:2"',
    });
    const badCause = row({ unrestUp: { ...noUnrest(), check: 1 } }).replace('check:1', 'weather:1');
    expect(csvToRecords(badCause)).toMatchObject({ ok: false, message: expect.stringContaining('column unrestUp') });
    const zero = row({ vpTally: [{ power: 'russia', reason: 'control', detail: '', amount: 3 }] }).replace('russia:control::3', 'russia:control::0');
    expect(csvToRecords(zero)).toMatchObject({ ok: false, message: expect.stringContaining('column vpTally') });
    const halfMid = row({ midVp: { russia: 1, turkey: 2, china: 3 } }).replace(',1,2,3,', ',1,,3,');
    expect(csvToRecords(halfMid)).toEqual({ ok: false, message: 'line 2, column midVp_turkey: expected a whole number, found ""' });
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
    expect(fault((c) => (c[at('plays')] = 'alpha:ops:turkey|beta:both:china'))).toBe(
      'line 2, column plays: expected "card:ops|event:power" items joined by "|", found "alpha:ops:turkey|beta:both:china"',
    );
    expect(fault((c) => (c[at('plays')] = 'alpha:ops:turkey:x'))).toMatch(/^line 2, column plays: /);
    // The leftmost fault is the one reported.
    expect(fault((c) => ((c[at('moves')] = 'many'), (c[at('bot_china')] = 'genius')))).toMatch(/^line 2, column bot_china: /);
  });
});
