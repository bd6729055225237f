// R3: control, stability changes, reach and the influence floor.
import { describe, expect, it } from 'vitest';
import { controlOf, stabilityOf } from '../../src/rules/index.js';
import { applyMove, legalMoves, newGame } from '../support/kernel.js';
import { handleOf } from '../support/kernel.js';
import type { GameState, Move, Power, SpaceId } from '../../src/rules/index.js';
import { MINI } from '../support/mini-scenario.js';
import { clearBoard, play, turnOf } from '../support/play.js';

const base = clearBoard(newGame(MINI, 1));
const ix = handleOf(MINI);

function withInfluence(space: SpaceId, inf: Partial<Record<Power, number>>, shift = 0): GameState {
  const s = clearBoard(base);
  s.influence[space] = { russia: inf.russia ?? 0, turkey: inf.turkey ?? 0, china: inf.china ?? 0 };
  s.stabilityShift[space] = shift;
  return s;
}

describe('R3.1 control', () => {
  // kz_north has stability 3 in the fixture.
  it('R3.1 control needs influence ≥ stability and a lead of ≥ stability over each rival', () => {
    expect(controlOf(ix, withInfluence('kz_north', { russia: 3 }), 'kz_north')).toBe('russia');
    expect(controlOf(ix, withInfluence('kz_north', { russia: 2 }), 'kz_north')).toBeNull();
    expect(controlOf(ix, withInfluence('kz_north', { russia: 3, china: 1 }), 'kz_north')).toBeNull();
    expect(controlOf(ix, withInfluence('kz_north', { russia: 4, china: 1 }), 'kz_north')).toBe('russia');
    expect(controlOf(ix, withInfluence('kz_north', { china: 7, russia: 4 }), 'kz_north')).toBe('china');
    expect(controlOf(ix, withInfluence('kz_north', { china: 6, russia: 4 }), 'kz_north')).toBeNull();
  });

  it('R3.1 three-way: the leader must be ahead of each rival, not only of the runner-up', () => {
    expect(controlOf(ix, withInfluence('kz_north', { russia: 6, turkey: 3, china: 2 }), 'kz_north')).toBe('russia');
    expect(controlOf(ix, withInfluence('kz_north', { russia: 6, turkey: 3, china: 4 }), 'kz_north')).toBeNull();
    expect(controlOf(ix, withInfluence('kz_north', { russia: 3, turkey: 3, china: 3 }), 'kz_north')).toBeNull();
    expect(controlOf(ix, withInfluence('kz_north', { turkey: 5, russia: 2, china: 2 }), 'kz_north')).toBe('turkey');
  });

  it('R3.1 stability 1: a single point against nobody controls; a tie controls nothing', () => {
    expect(controlOf(ix, withInfluence('kyrgyzstan', { china: 1 }), 'kyrgyzstan')).toBe('china');
    expect(controlOf(ix, withInfluence('kyrgyzstan', { china: 1, russia: 1 }), 'kyrgyzstan')).toBeNull();
    expect(controlOf(ix, withInfluence('kyrgyzstan', { china: 2, russia: 1 }), 'kyrgyzstan')).toBe('china');
  });

  it('R3.1 a stability shift from events changes what control needs', () => {
    // kz_north 3 − 1 = 2: two points now control.
    expect(controlOf(ix, withInfluence('kz_north', { russia: 2 }, -1), 'kz_north')).toBe('russia');
    // kz_south 2 + 1 = 3: a lead of two no longer does.
    expect(controlOf(ix, withInfluence('kz_south', { turkey: 4, russia: 2 }, 1), 'kz_south')).toBeNull();
    expect(controlOf(ix, withInfluence('kz_south', { turkey: 4, russia: 2 }, 0), 'kz_south')).toBe('turkey');
  });

  it('R3.1 control is derived from influence at any moment: placing the point that makes the lead gives control at once', () => {
    // Russia 2 in kz_west (stability 2) against Turkey 1: no control; one more point and Russia controls.
    let s = turnOf(withInfluence('kz_west', { russia: 2, turkey: 1 }), 'russia');
    s.hands.russia = ['m_csto_summit'];
    expect(controlOf(ix, s, 'kz_west')).toBeNull();
    s = play(s, { type: 'playOps', power: 'russia', card: 'm_csto_summit' });
    const out = applyMove(s, { type: 'place', power: 'russia', space: 'kz_west' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(controlOf(ix, out.state, 'kz_west')).toBe('russia');
    expect(out.events).toContainEqual({ kind: 'controlChanged', space: 'kz_west', from: null, to: 'russia' });
  });
});

describe('R3.2 stability changes', () => {
  it('R3.2 events raise and lower a space’s stability, never below 1 nor above 4', () => {
    // m_border_security: kz_south +1 (base 2).
    let s = turnOf(base, 'china');
    s.hands.china = ['m_border_security'];
    s.unrest = 2;
    s = play(s, { type: 'playEvent', power: 'china', card: 'm_border_security' });
    expect(stabilityOf(ix, s, 'kz_south')).toBe(3);
    // Already at 4: another raise keeps 4 and the shift does not grow past it.
    s = turnOf(s, 'china');
    s.stabilityShift.kz_south = 2;
    s.hands.china = ['m_border_security'];
    s = play(s, { type: 'playEvent', power: 'china', card: 'm_border_security' });
    expect(stabilityOf(ix, s, 'kz_south')).toBe(4);
    expect(s.stabilityShift.kz_south).toBe(2);
    // m_elite_purge: kz_north −1 (base 3); at 1 it stays 1.
    s = turnOf(s, 'turkey');
    s.stabilityShift.kz_north = -2;
    s.hands.turkey = ['m_elite_purge'];
    s = play(s, { type: 'playEvent', power: 'turkey', card: 'm_elite_purge' });
    expect(stabilityOf(ix, s, 'kz_north')).toBe(1);
    expect(s.stabilityShift.kz_north).toBe(-2);
  });
});

describe('R3.3 reach', () => {
  function placeTargets(s: GameState, power: Power): SpaceId[] {
    return legalMoves(s, power)
      .filter((m): m is Extract<Move, { type: 'place' }> => m.type === 'place')
      .map((m) => m.space)
      .sort();
  }
  function opsWithFourPoints(power: Power, setup: (s: GameState) => void): GameState {
    const s = turnOf(base, power);
    setup(s);
    s.hands[power] = ['m_caspian_pipeline'];
    return play(s, { type: 'playOps', power, card: 'm_caspian_pipeline' });
  }

  it('R3.3 with no influence a power reaches only the spaces next to its home area', () => {
    expect(
      placeTargets(
        opsWithFourPoints('russia', () => {}),
        'russia',
      ),
    ).toEqual(['azerbaijan', 'georgia', 'kz_north', 'kz_west']);
    expect(
      placeTargets(
        opsWithFourPoints('turkey', () => {}),
        'turkey',
      ),
    ).toEqual(['armenia', 'azerbaijan', 'georgia']);
    expect(
      placeTargets(
        opsWithFourPoints('china', () => {}),
        'china',
      ),
    ).toEqual(['afghanistan', 'kyrgyzstan', 'kz_north', 'kz_south', 'tajikistan']);
  });

  it('R3.3 influence in a space reaches it and its land neighbours', () => {
    const s = opsWithFourPoints('china', (st) => {
      st.influence.uzbekistan.china = 1;
    });
    expect(placeTargets(s, 'china')).toEqual(['afghanistan', 'kyrgyzstan', 'kz_north', 'kz_south', 'kz_west', 'tajikistan', 'turkmenistan', 'uzbekistan']);
  });

  it('R3.3 the Caspian crossings: Azerbaijan reaches Kazakhstan West and Turkmenistan, and back', () => {
    const turkey = opsWithFourPoints('turkey', (st) => {
      st.influence.azerbaijan.turkey = 1;
    });
    expect(placeTargets(turkey, 'turkey')).toEqual(['armenia', 'azerbaijan', 'georgia', 'kz_west', 'turkmenistan']);
    const fromTurkmenistan = opsWithFourPoints('turkey', (st) => {
      st.influence.turkmenistan.turkey = 1;
    });
    expect(placeTargets(fromTurkmenistan, 'turkey')).toContain('azerbaijan');
    expect(placeTargets(fromTurkmenistan, 'turkey')).toContain('kz_west');
  });

  it('R3.3 placing out of reach is rejected as unreachable and changes nothing', () => {
    const s = opsWithFourPoints('turkey', () => {});
    const out = applyMove(s, { type: 'place', power: 'turkey', space: 'kz_south' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.code).toBe('unreachable');
    expect(s.influence.kz_south.turkey).toBe(0);
  });

  it('R3.3 China’s investment counts as influence for reach', () => {
    const s = opsWithFourPoints('china', (st) => {
      st.influence.uzbekistan.china = 1;
      st.investment.uzbekistan = 1;
    });
    expect(placeTargets(s, 'china')).toContain('turkmenistan');
  });
});

describe('R3.4 influence floor', () => {
  it('R3.4 an effect that removes more influence than there is removes what there is', () => {
    // m_gas_leverage: Russia +1 in the target, each rival −1 there.
    let s = turnOf(base, 'russia');
    s.influence.georgia = { russia: 0, turkey: 1, china: 0 };
    s.hands.russia = ['m_gas_leverage'];
    s = play(s, { type: 'playEvent', power: 'russia', card: 'm_gas_leverage', target: 'georgia' });
    expect(s.influence.georgia).toEqual({ russia: 1, turkey: 0, china: 0 });
  });

  it('R3.4 with R5.5: removal takes China’s plain influence first and never its investment', () => {
    let s = turnOf(base, 'russia');
    s.influence.armenia = { russia: 0, turkey: 0, china: 2 };
    s.investment.armenia = 1;
    s.hands.russia = ['m_gas_leverage'];
    s = play(s, { type: 'playEvent', power: 'russia', card: 'm_gas_leverage', target: 'armenia' });
    expect(s.influence.armenia.china).toBe(1);
    expect(s.investment.armenia).toBe(1);
    s = turnOf(s, 'russia');
    s.hands.russia = ['m_gas_leverage'];
    s = play(s, { type: 'playEvent', power: 'russia', card: 'm_gas_leverage', target: 'armenia' });
    expect(s.influence.armenia).toEqual({ russia: 2, turkey: 0, china: 1 });
    expect(s.investment.armenia).toBe(1);
  });
});
