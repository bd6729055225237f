// R5: operations — card points, boost, income, place, invest, destabilise, stabilise, diplomacy,
// and operations ending by themselves.
import { describe, expect, it } from 'vitest';
import { activeSeat, applyMove, legalMoves, newGame } from '../support/kernel.js';
import { controlOf } from '../../src/rules/index.js';
import { handleOf } from '../support/kernel.js';
import type { GameState, Power, RejectionCode, SpaceId } from '../../src/rules/index.js';
import { rngRolling } from '../support/dice.js';
import { MINI } from '../support/mini-scenario.js';
import { clearBoard, passOutRound, play, playWithLog, turnOf } from '../support/play.js';

const base = clearBoard(newGame(MINI, 1));

/** `power`'s turn on a clean board with `card` as its only card, after `setup`. */
function ready(power: Power, card: string, setup: (s: GameState) => void = () => {}): GameState {
  const s = turnOf(base, power);
  s.unrest = 2;
  for (const p of ['russia', 'turkey', 'china'] as const) s.pool[p] = 0;
  s.hands[power] = [card];
  setup(s);
  return s;
}

function opsOf(power: Power, card: string, setup: (s: GameState) => void = () => {}): GameState {
  return play(ready(power, card, setup), { type: 'playOps', power, card });
}

function rejected(s: GameState, move: unknown): RejectionCode {
  const out = applyMove(s, move);
  if (out.ok) return expect.fail(`expected ${JSON.stringify(move)} to be rejected`);
  return out.code;
}

describe('R5.1 card points', () => {
  it('R5.1 a card played for operations gives its operations value in points', () => {
    expect(opsOf('turkey', 'm_elite_purge').pending?.pointsLeft).toBe(3);
    expect(opsOf('china', 'm_caspian_pipeline').pending?.pointsLeft).toBe(4);
  });

  it('R5.1 Russia overstretched (4 or more) gets 1 point less, never below 1; others are not affected', () => {
    expect(opsOf('russia', 'm_elite_purge', (s) => (s.overstretch = 3)).pending?.pointsLeft).toBe(3);
    expect(opsOf('russia', 'm_elite_purge', (s) => (s.overstretch = 4)).pending?.pointsLeft).toBe(2);
    expect(opsOf('russia', 'm_caspian_pipeline', (s) => (s.overstretch = 6)).pending?.pointsLeft).toBe(3);
    expect(opsOf('russia', 'm_analysts_meet', (s) => (s.overstretch = 6)).pending?.pointsLeft).toBe(1);
    expect(opsOf('turkey', 'm_elite_purge', (s) => (s.overstretch = 6)).pending?.pointsLeft).toBe(3);
  });

  it('R5.1 the card goes to the discard pile when played for operations (R7.2), even a one-off event', () => {
    const s = opsOf('turkey', 'm_elite_purge');
    expect(s.hands.turkey).toEqual([]);
    expect(s.discard).toContain('m_elite_purge');
    expect(s.removed).not.toContain('m_elite_purge');
  });
});

describe('R5.2 boost', () => {
  it('R5.2 card points are spent first, then up to 2 IP from the pool; then operations end', () => {
    let s = opsOf('russia', 'm_analysts_meet', (st) => (st.pool.russia = 5));
    s = play(s, { type: 'place', power: 'russia', space: 'kz_west' });
    expect(s.pool.russia).toBe(5);
    expect(s.pending).toMatchObject({ pointsLeft: 0, boostLeft: 2 });
    s = play(s, { type: 'place', power: 'russia', space: 'kz_west' });
    expect(s.pool.russia).toBe(4);
    expect(s.pending).toMatchObject({ pointsLeft: 0, boostLeft: 1 });
    s = play(s, { type: 'place', power: 'russia', space: 'kz_west' });
    // Boost used up: nothing affordable, operations end by themselves (R5.9) with 3 IP kept.
    expect(s.influence.kz_west.russia).toBe(3);
    expect(s.pool.russia).toBe(3);
    expect(s.pending).toBeNull();
    expect(activeSeat(s)).toBe('china');
  });

  it('R5.2 China, whose strength is money, may add up to 4 IP to one card', () => {
    let s = opsOf('china', 'm_border_security', (st) => {
      st.pool.china = 6;
      st.influence.kz_south.china = 1;
    }); // 1 card point
    expect(s.pending).toMatchObject({ pointsLeft: 1, boostLeft: 4 });
    for (let i = 0; i < 5; i++) s = play(s, { type: 'place', power: 'china', space: 'kz_south' });
    // 1 from the card and 4 from the pool: 5 placed, 2 IP kept, operations over (R5.9).
    expect(s.influence.kz_south.china).toBe(6);
    expect(s.pool.china).toBe(2);
    expect(s.pending).toBeNull();
  });

  it('R5.2 a cost of 2 with 1 card point left takes the other point from the pool', () => {
    const setup = (st: GameState): void => {
      st.influence.georgia.turkey = 2; // Turkey controls Georgia: placing there costs Russia 2.
      st.pool.russia = 3;
    };
    let s = opsOf('russia', 'm_analysts_meet', setup);
    s = play(s, { type: 'place', power: 'russia', space: 'georgia' });
    expect(s.influence.georgia.russia).toBe(1);
    expect(s.pool.russia).toBe(2);
    expect(s.pending).toMatchObject({ pointsLeft: 0, boostLeft: 1 });
  });

  it('R5.2 without IP in the pool an operation costing more than the card is not affordable', () => {
    const s = opsOf('russia', 'm_analysts_meet', (st) => (st.influence.georgia.turkey = 2));
    expect(legalMoves(s, 'russia')).not.toContainEqual({ type: 'place', power: 'russia', space: 'georgia' });
    expect(rejected(s, { type: 'place', power: 'russia', space: 'georgia' })).toBe('cannotAfford');
  });

  it('R5.2 unspent card points are lost when operations end; unspent IP stay in the pool', () => {
    let s = opsOf('russia', 'm_caspian_pipeline', (st) => (st.pool.russia = 4));
    s = play(s, { type: 'place', power: 'russia', space: 'kz_west' });
    const out = applyMove(s, { type: 'endOps', power: 'russia' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.events).toContainEqual({ kind: 'opsEnded', power: 'russia', unused: 3 });
    expect(out.state.pool.russia).toBe(4);
    expect(out.state.pending).toBeNull();
  });
});

describe('R5.3 income', () => {
  it('R5.3 each round every power gains its base income plus 1 per controlled space of its own bloc', () => {
    let s = turnOf(base, 'russia');
    s.unrest = 2;
    s.pool = { russia: 0, turkey: 0, china: 0 };
    s.influence.armenia.russia = 2; // CSTO, stability 2: controlled.
    s.influence.tajikistan.russia = 2; // CSTO and SCO: controlled.
    s.influence.georgia.russia = 2; // no bloc: controlled, no income.
    s.influence.azerbaijan.turkey = 3; // OTS, stability 3: controlled.
    s.influence.tajikistan.china = 0;
    s = passOutRound(s);
    expect(s.round).toBe(2);
    expect(s.pool).toEqual({ russia: 4, turkey: 3, china: 2 });
  });

  it('R5.3 a pool holds at most 6 IP; more is lost', () => {
    let s = turnOf(base, 'russia');
    s.unrest = 2;
    s.pool = { russia: 5, turkey: 6, china: 0 };
    s = passOutRound(s);
    expect(s.pool).toEqual({ russia: 6, turkey: 6, china: 2 });
  });
});

describe('R5.4 place influence', () => {
  function costOfPlacing(power: Power, space: SpaceId, setup: (s: GameState) => void = () => {}): number {
    const s = opsOf(power, 'm_caspian_pipeline', setup);
    const after = play(s, { type: 'place', power, space });
    expect(after.influence[space][power]).toBe(s.influence[space][power] + 1);
    return 4 - (after.pending?.pointsLeft ?? 0);
  }

  it('R5.4 placing costs 1 in an uncontrolled space or one you control', () => {
    expect(costOfPlacing('russia', 'kz_west', () => {})).toBe(1);
    expect(costOfPlacing('russia', 'kz_west', (s) => (s.influence.kz_west.russia = 3))).toBe(1);
    expect(costOfPlacing('russia', 'kz_west', (s) => (s.influence.kz_west = { russia: 1, turkey: 2, china: 0 }))).toBe(1);
  });

  it('R5.4 placing costs 2 where a rival controls the space', () => {
    expect(costOfPlacing('russia', 'azerbaijan', (s) => (s.influence.azerbaijan.turkey = 3))).toBe(2);
    expect(costOfPlacing('turkey', 'armenia', (s) => (s.influence.armenia.russia = 2))).toBe(2);
    expect(costOfPlacing('china', 'kz_north', (s) => (s.influence.kz_north.russia = 3))).toBe(2);
  });

  it('R5.4 kinship: Turkey pays 1 in a Turkic space even when a rival controls it', () => {
    // Kazakhstan West is Turkic; Turkey reaches it across the Caspian from Azerbaijan.
    const setup = (s: GameState): void => {
      s.influence.kz_west.russia = 3;
      s.influence.azerbaijan.turkey = 1;
    };
    expect(costOfPlacing('turkey', 'kz_west', setup)).toBe(1 + 1); // kinship, plus the first foothold across the Caspian
    expect(costOfPlacing('turkey', 'kz_west', (s) => (setup(s), (s.influence.kz_west.turkey = 1)))).toBe(1);
    // Georgia is not Turkic: full price.
    expect(costOfPlacing('turkey', 'georgia', (s) => (s.influence.georgia.russia = 2))).toBe(2);
    // Kinship is Turkey's alone: China pays 2 in Turkic Kyrgyzstan controlled by Russia.
    expect(costOfPlacing('china', 'kyrgyzstan', (s) => (s.influence.kyrgyzstan.russia = 1))).toBe(2);
  });

  it('R5.4 a new foothold: a first influence in a space the power’s home does not touch costs 1 more', () => {
    // Uzbekistan touches no home area: China's first influence there costs 2, the next 1.
    const reachUz = (s: GameState): void => {
      s.influence.kz_south.china = 1;
    };
    expect(costOfPlacing('china', 'uzbekistan', reachUz)).toBe(2);
    expect(costOfPlacing('china', 'uzbekistan', (s) => (reachUz(s), (s.influence.uzbekistan.china = 1)))).toBe(1);
    // Kazakhstan North touches China's home: no foothold cost even with no influence there.
    expect(costOfPlacing('china', 'kz_north')).toBe(1);
    // A rival's control and a new foothold add up: 3.
    expect(costOfPlacing('china', 'uzbekistan', (s) => (reachUz(s), (s.influence.uzbekistan.russia = 3)))).toBe(3);
  });
});

describe('R5.5 invest', () => {
  it('R5.5 China invests for 2 points where it has influence: +1 investment and +1 influence, and the loan brings 1 IP back', () => {
    const before = opsOf('china', 'm_belt_and_road', (st) => (st.influence.kyrgyzstan.china = 1));
    const s = play(before, { type: 'invest', power: 'china', space: 'kyrgyzstan' });
    expect(s.investment.kyrgyzstan).toBe(1);
    expect(s.influence.kyrgyzstan.china).toBe(2);
    expect(s.pending?.pointsLeft).toBe(1);
    expect(s.pool.china).toBe(Math.min(6, before.pool.china + 1));
  });

  it('R5.5 investment needs influence already there', () => {
    const s = opsOf('china', 'm_belt_and_road', (st) => (st.influence.kyrgyzstan.china = 1));
    expect(rejected(s, { type: 'invest', power: 'china', space: 'kz_north' })).toBe('badTarget');
    expect(legalMoves(s, 'china').filter((m) => m.type === 'invest')).toEqual([{ type: 'invest', power: 'china', space: 'kyrgyzstan' }]);
  });

  it('R5.5 only China invests', () => {
    const r = opsOf('russia', 'm_caspian_pipeline', (st) => (st.influence.kz_west.russia = 1));
    expect(rejected(r, { type: 'invest', power: 'russia', space: 'kz_west' })).toBe('notAllowedForPower');
    expect(legalMoves(r, 'russia').some((m) => m.type === 'invest')).toBe(false);
    const t = opsOf('turkey', 'm_caspian_pipeline', (st) => (st.influence.azerbaijan.turkey = 1));
    expect(rejected(t, { type: 'invest', power: 'turkey', space: 'azerbaijan' })).toBe('notAllowedForPower');
  });

  it('R5.5 investment counts as influence for control (R3.1)', () => {
    let s = opsOf('china', 'm_belt_and_road', (st) => {
      st.influence.tajikistan = { russia: 0, turkey: 0, china: 1 };
    });
    s = play(s, { type: 'invest', power: 'china', space: 'tajikistan' });
    // 2 influence (1 of it investment) at stability 2: China controls Tajikistan.
    expect(s.influence.tajikistan.china).toBe(2);
    expect(controlOf(handleOf(MINI), s, 'tajikistan')).toBe('china');
  });
});

describe('R5.6 destabilise', () => {
  function destabilise(roll: number, space: 'georgia' | 'kz_west' | 'kz_north', rival: Power, setup: (s: GameState) => void): { s: GameState; events: readonly unknown[] } {
    let s = opsOf('russia', 'm_caspian_pipeline', (st) => {
      setup(st);
      st.rng = rngRolling(roll);
    });
    const out = playWithLog(s, { type: 'destabilise', power: 'russia', space, rival });
    s = out.state;
    return { s, events: out.events };
  }

  it('R5.6 a roll not higher than the stability removes nothing', () => {
    // Georgia: stability 2.
    for (const roll of [1, 2]) {
      const { s } = destabilise(roll, 'georgia', 'turkey', (st) => (st.influence.georgia.turkey = 3));
      expect(s.influence.georgia.turkey).toBe(3);
      expect(s.pending?.pointsLeft).toBe(2);
    }
  });

  it('R5.6 a roll higher than the stability removes 1, a 6 removes 2', () => {
    for (const [roll, left] of [
      [3, 2],
      [5, 2],
      [6, 1],
    ] as const) {
      const { s, events } = destabilise(roll, 'georgia', 'turkey', (st) => (st.influence.georgia.turkey = 3));
      expect(s.influence.georgia.turkey).toBe(left);
      expect(events).toContainEqual({ kind: 'dieRolled', power: 'russia', roll, purpose: 'destabilise' });
    }
  });

  it('R5.6 destabilising a Kazakhstan region raises unrest by 1 whatever the roll', () => {
    for (const [roll, left] of [
      [1, 2],
      [6, 0],
    ] as const) {
      const { s } = destabilise(roll, 'kz_west', 'turkey', (st) => {
        st.influence.kz_west.turkey = 2;
        st.unrest = 2;
      });
      expect(s.unrest).toBe(3);
      expect(s.influence.kz_west.turkey).toBe(left);
    }
  });

  it('R5.6 destabilisation cannot remove China’s investment (R5.5)', () => {
    const { s } = destabilise(6, 'kz_north', 'china', (st) => {
      st.influence.kz_north.china = 2;
      st.investment.kz_north = 1;
    });
    expect(s.influence.kz_north.china).toBe(1);
    expect(s.investment.kz_north).toBe(1);
  });

  it('R5.6 the rival needs plain influence there: investment alone is no target', () => {
    const s = opsOf('russia', 'm_caspian_pipeline', (st) => {
      st.influence.kz_north.china = 1;
      st.investment.kz_north = 1;
    });
    expect(legalMoves(s, 'russia').some((m) => m.type === 'destabilise')).toBe(false);
    expect(rejected(s, { type: 'destabilise', power: 'russia', space: 'kz_north', rival: 'china' })).toBe('noRival');
    expect(rejected(s, { type: 'destabilise', power: 'russia', space: 'kz_north', rival: 'russia' })).toBe('noRival');
  });

  it('R5.6 once per card', () => {
    const { s } = destabilise(1, 'georgia', 'turkey', (st) => {
      st.influence.georgia.turkey = 3;
      st.influence.kz_west.turkey = 3;
    });
    expect(s.pending?.pointsLeft).toBe(2);
    expect(legalMoves(s, 'russia').some((m) => m.type === 'destabilise')).toBe(false);
    expect(rejected(s, { type: 'destabilise', power: 'russia', space: 'kz_west', rival: 'turkey' })).toBe('alreadyDestabilised');
  });

  it('R5.6 the space must be within reach', () => {
    const s = opsOf('russia', 'm_caspian_pipeline', (st) => (st.influence.uzbekistan.turkey = 3));
    expect(rejected(s, { type: 'destabilise', power: 'russia', space: 'uzbekistan', rival: 'turkey' })).toBe('unreachable');
  });

  it('R5.6 China cannot destabilise', () => {
    const s = opsOf('china', 'm_caspian_pipeline', (st) => (st.influence.kz_north.russia = 2));
    expect(rejected(s, { type: 'destabilise', power: 'china', space: 'kz_north', rival: 'russia' })).toBe('notAllowedForPower');
    expect(legalMoves(s, 'china').some((m) => m.type === 'destabilise')).toBe(false);
  });
});

describe('R5.7 stabilise', () => {
  it('R5.7 costs 2 points and lowers unrest by 1 in a Kazakhstan region where you have influence', () => {
    let s = opsOf('turkey', 'm_elite_purge', (st) => {
      st.influence.kz_south.turkey = 1;
      st.unrest = 5;
    });
    s = play(s, { type: 'stabilise', power: 'turkey', space: 'kz_south' });
    expect(s.unrest).toBe(4);
    expect(s.pending?.pointsLeft).toBe(1);
  });

  it('R5.7 calming protests that feed on themselves (unrest 5 or more) scores 1 VP; below 5 it scores nothing', () => {
    const at = (unrest: number): GameState =>
      play(
        opsOf('russia', 'm_caspian_pipeline', (st) => {
          st.influence.kz_south.russia = 1;
          st.unrest = unrest;
        }),
        { type: 'stabilise', power: 'russia', space: 'kz_south' },
      );
    expect(at(5).vp.russia).toBe(1);
    expect(at(5).scoreLog.filter((l) => l.reason === 'calmedUnrest')).toHaveLength(1);
    expect(at(4).vp.russia).toBe(0);
    expect(at(4).unrest).toBe(3);
  });

  it('R5.7 not without influence there, not outside Kazakhstan, and never by China', () => {
    const s = opsOf('russia', 'm_caspian_pipeline', (st) => {
      st.influence.kz_south.russia = 1;
      st.influence.georgia.russia = 1;
      st.unrest = 5;
    });
    expect(rejected(s, { type: 'stabilise', power: 'russia', space: 'kz_north' })).toBe('badTarget');
    expect(rejected(s, { type: 'stabilise', power: 'russia', space: 'georgia' })).toBe('badTarget');
    expect(legalMoves(s, 'russia').filter((m) => m.type === 'stabilise')).toEqual([{ type: 'stabilise', power: 'russia', space: 'kz_south' }]);
    const c = opsOf('china', 'm_caspian_pipeline', (st) => {
      st.influence.kz_south.china = 2;
      st.unrest = 5;
    });
    expect(rejected(c, { type: 'stabilise', power: 'china', space: 'kz_south' })).toBe('notAllowedForPower');
  });
});

describe('R5.8 diplomacy', () => {
  it('R5.8 costs 2 points and puts 1 influence in a member of your own bloc, ignoring reach; Russia’s sheds 1 overstretch', () => {
    // Armenia is CSTO but not next to Russia's home, and Russia has no influence near it.
    let s = opsOf('russia', 'm_caspian_pipeline', (st) => (st.overstretch = 4));
    expect(rejected(s, { type: 'place', power: 'russia', space: 'armenia' })).toBe('unreachable');
    s = play(s, { type: 'diplomacy', power: 'russia', space: 'armenia' });
    expect(s.influence.armenia.russia).toBe(1);
    expect(s.overstretch).toBe(3);
    expect(s.pending?.pointsLeft).toBe(1); // overstretched at 4, the card gave a point less (R5.1)
    expect(s.otsReadiness).toBe(1);
  });

  it('R5.8 only in your own bloc', () => {
    const s = opsOf('russia', 'm_caspian_pipeline');
    expect(rejected(s, { type: 'diplomacy', power: 'russia', space: 'azerbaijan' })).toBe('badTarget');
    expect(rejected(s, { type: 'diplomacy', power: 'russia', space: 'georgia' })).toBe('badTarget');
    const chinaBloc = legalMoves(opsOf('china', 'm_caspian_pipeline'), 'china')
      .filter((m) => m.type === 'diplomacy')
      .map((m) => ('space' in m ? m.space : ''));
    expect(chinaBloc.sort()).toEqual(['kyrgyzstan', 'kz_north', 'kz_south', 'kz_west', 'tajikistan', 'uzbekistan']);
  });

  it('R5.8 Turkey’s diplomacy raises OTS readiness by 1 while it is below 3: statements, not the means of a mission', () => {
    let s = opsOf('turkey', 'm_caspian_pipeline', (st) => (st.otsReadiness = 2));
    s = play(s, { type: 'diplomacy', power: 'turkey', space: 'uzbekistan' });
    expect(s.influence.uzbekistan.turkey).toBe(1);
    expect(s.otsReadiness).toBe(3);
    s = play(s, { type: 'diplomacy', power: 'turkey', space: 'uzbekistan' });
    expect(s.influence.uzbekistan.turkey).toBe(2);
    expect(s.otsReadiness).toBe(3);
  });

  it('R5.8 China’s diplomacy puts 2 influence (plain, not investment)', () => {
    const before = opsOf('china', 'm_caspian_pipeline', (st) => (st.pool.china = 2));
    const s = play(before, { type: 'diplomacy', power: 'china', space: 'uzbekistan' });
    expect(s.influence.uzbekistan.china).toBe(2);
    expect(s.investment.uzbekistan).toBe(0);
    expect(s.pool.china).toBe(2);
  });
});

describe('R5.9 ending operations', () => {
  it('R5.9 operations end by themselves when no operation is affordable, and the turn passes on', () => {
    let s = opsOf('russia', 'm_analysts_meet');
    expect(s.pending?.pointsLeft).toBe(1);
    s = play(s, { type: 'place', power: 'russia', space: 'kz_north' });
    expect(s.pending).toBeNull();
    expect(s.actionsTaken.russia).toBe(1);
    expect(activeSeat(s)).toBe('china');
  });

  it('R5.9 a power may end its operations at any time; while they are open it may not play another card', () => {
    let s = ready('turkey', 'm_caspian_pipeline');
    s.hands.turkey.push('m_ots_summit');
    s = play(s, { type: 'playOps', power: 'turkey', card: 'm_caspian_pipeline' });
    expect(rejected(s, { type: 'playOps', power: 'turkey', card: 'm_ots_summit' })).toBe('opsPending');
    expect(rejected(s, { type: 'pass', power: 'turkey' })).toBe('opsPending');
    expect(legalMoves(s, 'turkey')).toContainEqual({ type: 'endOps', power: 'turkey' });
    s = play(s, { type: 'endOps', power: 'turkey' });
    expect(s.hands.turkey).toEqual(['m_ots_summit']);
    expect(rejected(turnOf(s, 'turkey'), { type: 'endOps', power: 'turkey' })).toBe('noOpsPending');
  });
});
