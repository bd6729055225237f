import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/game/game.js';
import { crisisStory, turningPoints } from '../../src/client/debrief.js';
import { targetsFor, movesAt, normalise, NONE } from '../../src/client/interaction.js';
import type { Move } from '../../src/rules/index.js';

const entry = (round: number, events: LogEntry['events'], move: Move | null = null): LogEntry => ({ round, power: move?.power ?? null, move, events });

describe('debrief facts', () => {
  it('follows unrest round by round with the call, the answer and the fall', () => {
    const log = [
      entry(1, [
        { kind: 'roundStarted', round: 1, date: '2022-01-02', order: [] },
        { kind: 'unrestChanged', from: 1, to: 3, cause: 'scheduled' },
      ]),
      entry(
        1,
        [
          { kind: 'unrestChanged', from: 3, to: 6, cause: 'scheduled' },
          { kind: 'regimeChanged', from: 'standing', to: 'calling' },
        ],
        { type: 'pass', power: 'china' },
      ),
      entry(
        2,
        [
          { kind: 'roundStarted', round: 2, date: '2022-01-05', order: [] },
          { kind: 'callAnswered', power: 'russia' },
          { kind: 'unrestChanged', from: 6, to: 2, cause: 'scheduled' },
        ],
        { type: 'answerCall', power: 'russia' },
      ),
    ];
    const story = crisisStory(1, log);
    expect(story.unrest).toEqual([1, 6, 2]);
    expect(story.calledRound).toBe(1);
    expect(story.answered).toEqual({ power: 'russia', round: 2 });
    expect(story.fellRound).toBeNull();
  });

  it('ranks the moves that changed the score or control, not the round scoring', () => {
    const log = [
      entry(1, [{ kind: 'controlChanged', space: 'kz_north', from: null, to: 'russia' }], { type: 'place', power: 'russia', space: 'kz_north' }),
      entry(1, [{ kind: 'vp', power: 'turkey', amount: 5, reason: 'control', space: 'azerbaijan' }], { type: 'pass', power: 'turkey' }),
      entry(2, [{ kind: 'vp', power: 'russia', amount: 2, reason: 'answeredCall' }], { type: 'answerCall', power: 'russia' }),
    ];
    const points = turningPoints(log, () => 4);
    expect(points.map((p) => p.index)).toEqual([0, 2]);
  });
});

describe('choosing targets', () => {
  const legal: Move[] = [
    { type: 'place', power: 'russia', space: 'kz_west' },
    { type: 'place', power: 'russia', space: 'kz_north' },
    { type: 'destabilise', power: 'russia', space: 'kz_south', rival: 'china' },
    { type: 'destabilise', power: 'russia', space: 'kz_south', rival: 'turkey' },
    { type: 'endOps', power: 'russia' },
  ];
  it('highlights exactly the legal spaces of the chosen operation', () => {
    const selection = normalise(NONE, legal, ['x']);
    expect(selection).toEqual({ kind: 'op', op: 'place' });
    expect(targetsFor(selection, legal).sort()).toEqual(['kz_north', 'kz_west']);
    expect(targetsFor({ kind: 'op', op: 'destabilise' }, legal)).toEqual(['kz_south']);
    expect(movesAt({ kind: 'op', op: 'destabilise' }, 'kz_south', legal)).toHaveLength(2);
  });
});
