// games.csv: records survive the round trip, whatever their fields hold.
import { describe, expect, it } from 'vitest';
import { csvField, csvToRecords, parseCsv, recordsToCsv } from '../../src/sim/csv.js';
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
});
