// The card catalogue of the historical scenario: every event does something to the game (R7.3),
// and the important cards do exactly what their text says.
import { describe, expect, it } from 'vitest';
import { legalMoves, newGame } from '../support/kernel.js';
import { bundledScenario } from '../support/kernel.js';
import { POWERS, type CardDef, type GameState, type Move, type Power } from '../../src/rules/index.js';
import { rngRolling } from '../support/dice.js';
import { play, playWithLog, turnOf } from '../support/play.js';

const historical = bundledScenario('historical');
const start = newGame(historical, 1);

/** Mid-game tracks, so that raising and lowering either shows: nothing at its limit. */
function middle(power: Power, card: string, setup: (s: GameState) => void = () => {}): GameState {
  const s = turnOf(start, power);
  s.unrest = 5;
  s.regime = 'standing';
  s.overstretch = 2;
  s.otsReadiness = 2;
  s.capital = 'turkey';
  s.cstoWilling = false;
  s.pool = { russia: 3, turkey: 3, china: 3 };
  for (const p of POWERS) s.hands[p] = s.hands[p].filter((c) => c !== card);
  s.deck = s.deck.filter((c) => c !== card);
  s.hands[power] = [...s.hands[power].slice(0, 3), card];
  setup(s);
  return s;
}

/** Preparations tried in turn until the card's event is legal: its condition may need a rescue, unrest, … */
const PREPARATIONS: readonly ((s: GameState, power: Power) => void)[] = [
  () => {},
  (s, power) => {
    s.regime = 'rescued';
    s.rescuedBy = power === 'china' ? 'russia' : power;
  },
  (s) => {
    s.regime = 'rescued';
    s.rescuedBy = 'russia';
  },
  (s) => {
    s.regime = 'calling';
    s.unrest = 7;
  },
];

/** Every prepared state (and the first target) in which the card's event is legal. */
function playableSetups(card: CardDef): { before: GameState; move: Move }[] {
  const owners: readonly Power[] = card.side === 'any' ? POWERS : [card.side];
  const out: { before: GameState; move: Move }[] = [];
  for (const prepare of PREPARATIONS) {
    for (const power of owners) {
      const before = middle(power, card.id, (s) => prepare(s, power));
      const move = legalMoves(before, power).find((m) => m.type === 'playEvent' && m.card === card.id);
      if (move) out.push({ before, move });
    }
  }
  return out;
}

/** The parts of a state that every action changes whatever the card says. */
const BOOKKEEPING = new Set(['hands', 'discard', 'removed', 'tempo', 'moveCount', 'turn', 'actionsTaken']);

function changedBeyondBookkeeping(before: GameState, after: GameState): string[] {
  return Object.keys(after).filter((key) => {
    if (BOOKKEEPING.has(key)) return false;
    return JSON.stringify(before[key as keyof GameState]) !== JSON.stringify(after[key as keyof GameState]);
  });
}

describe('R7.3 every card’s event changes the game', () => {
  it('R7.3 the catalogue has every card of the deck', () => {
    expect(historical.cards.map((c) => c.id).sort()).toEqual([...historical.deck].sort());
  });

  for (const card of historical.cards) {
    it(`R7.3 ${card.id}: its event changes more than the hand, the piles and tempo`, () => {
      const setups = playableSetups(card);
      expect(setups.length, `no preparation makes the event of ${card.id} playable`).toBeGreaterThan(0);
      // A conditional event may do nothing in one situation; in some prepared situation it must act.
      const changes = setups.map(({ before, move }) => {
        const after = play(before, move);
        // R7.2: it left the hand for the right pile.
        expect(after.hands[move.power]).not.toContain(card.id);
        expect((card.removeAfterEvent ? after.removed : after.discard).slice(-1)).toEqual([card.id]);
        return changedBeyondBookkeeping(before, after);
      });
      expect(changes.some((c) => c.length > 0)).toBe(true);
    });
  }
});

describe('important cards, exact outcomes', () => {
  it('il76_air_bridge: only after Russia’s own rescue (R7.5 note); Russia +2 in the chosen region, overstretch +1, and the card leaves the game', () => {
    const early = middle('russia', 'il76_air_bridge');
    expect(legalMoves(early, 'russia').some((m) => m.type === 'playEvent' && m.card === 'il76_air_bridge')).toBe(false);
    const before = middle('russia', 'il76_air_bridge', (st) => {
      st.regime = 'rescued';
      st.rescuedBy = 'russia';
    });
    const s = play(before, { type: 'playEvent', power: 'russia', card: 'il76_air_bridge', target: 'kz_south' });
    expect(s.influence.kz_south.russia).toBe(before.influence.kz_south.russia + 2);
    expect(s.influence.kz_north).toEqual(before.influence.kz_north);
    expect(s.overstretch).toBe(3);
    expect(s.unrest).toBe(5);
    expect(s.removed).toEqual(['il76_air_bridge']);
  });

  it('paratroopers_secure_almaty_airport: only after Russia’s own rescue; +2 in the South and unrest −1', () => {
    const notRescued = middle('russia', 'paratroopers_secure_almaty_airport');
    expect(legalMoves(notRescued, 'russia').some((m) => m.type === 'playEvent' && m.card === 'paratroopers_secure_almaty_airport')).toBe(false);
    const byTurkey = middle('russia', 'paratroopers_secure_almaty_airport', (s) => {
      s.regime = 'rescued';
      s.rescuedBy = 'turkey';
    });
    expect(legalMoves(byTurkey, 'russia').some((m) => m.type === 'playEvent' && m.card === 'paratroopers_secure_almaty_airport')).toBe(false);
    const before = middle('russia', 'paratroopers_secure_almaty_airport', (s) => {
      s.regime = 'rescued';
      s.rescuedBy = 'russia';
    });
    const s = play(before, { type: 'playEvent', power: 'russia', card: 'paratroopers_secure_almaty_airport' });
    expect(s.influence.kz_south.russia).toBe(before.influence.kz_south.russia + 2);
    expect(s.unrest).toBe(4);
  });

  it('ots_extraordinary_meeting: readiness +1; at 4 Turkey gains 1 in the North and 1 VP, below it 1 more tempo', () => {
    const ready = middle('turkey', 'ots_extraordinary_meeting', (s) => (s.otsReadiness = 3));
    const a = play(ready, { type: 'playEvent', power: 'turkey', card: 'ots_extraordinary_meeting' });
    expect(a.otsReadiness).toBe(4);
    expect(a.influence.kz_north.turkey).toBe(ready.influence.kz_north.turkey + 1);
    expect(a.vp.turkey).toBe(ready.vp.turkey + 1);
    expect(a.tempo.turkey).toBe(1);
    const early = middle('turkey', 'ots_extraordinary_meeting', (s) => (s.otsReadiness = 1));
    const b = play(early, { type: 'playEvent', power: 'turkey', card: 'ots_extraordinary_meeting' });
    expect(b.otsReadiness).toBe(2);
    expect(b.influence.kz_north).toEqual(early.influence.kz_north);
    expect(b.vp).toEqual(early.vp);
    expect(b.tempo.turkey).toBe(2);
  });

  it('erdogan_calls_tokayev: +1 in the target and readiness +1; reaching 4 turns the capital to Turkey, who may then answer (R6.4)', () => {
    const before = middle('turkey', 'erdogan_calls_tokayev', (s) => {
      s.otsReadiness = 3;
      s.capital = 'russia';
      s.regime = 'calling';
      s.unrest = 6;
    });
    const s = play(before, { type: 'playEvent', power: 'turkey', card: 'erdogan_calls_tokayev', target: 'uzbekistan' });
    expect(s.influence.uzbekistan.turkey).toBe(before.influence.uzbekistan.turkey + 1);
    expect(s.otsReadiness).toBe(4);
    expect(s.capital).toBe('turkey');
    const low = play(
      middle('turkey', 'erdogan_calls_tokayev', (st) => {
        st.otsReadiness = 1;
        st.capital = 'russia';
      }),
      { type: 'playEvent', power: 'turkey', card: 'erdogan_calls_tokayev', target: 'azerbaijan' },
    );
    expect(low.capital).toBe('russia');
  });

  it('belt_and_road_loan: China invests 1 in the target (influence +1 too); with unrest ≤ 4 also +1 IP; the card stays in the game', () => {
    const before = middle('china', 'belt_and_road_loan', (s) => (s.unrest = 4));
    const s = play(before, { type: 'playEvent', power: 'china', card: 'belt_and_road_loan', target: 'kyrgyzstan' });
    expect(s.investment.kyrgyzstan).toBe(before.investment.kyrgyzstan + 1);
    expect(s.influence.kyrgyzstan.china).toBe(before.influence.kyrgyzstan.china + 1);
    // +1 IP for the settled region; the own event's momentum is 2 points of operations (R7.1), not IP.
    expect(s.pool.china).toBe(3 + 1);
    expect(s.pending?.pointsLeft).toBe(2);
    expect(s.discard).toEqual(['belt_and_road_loan']);
    const unsettled = play(
      middle('china', 'belt_and_road_loan', (st) => (st.unrest = 5)),
      { type: 'playEvent', power: 'china', card: 'belt_and_road_loan', target: 'kyrgyzstan' },
    );
    expect(unsettled.pool.china).toBe(3);
  });

  it('silk_road_economic_belt: +1 investment in Kazakhstan North and South', () => {
    const before = middle('china', 'silk_road_economic_belt');
    const s = play(before, { type: 'playEvent', power: 'china', card: 'silk_road_economic_belt' });
    expect(s.investment.kz_north).toBe(before.investment.kz_north + 1);
    expect(s.investment.kz_south).toBe(before.investment.kz_south + 1);
    expect(s.influence.kz_north.china).toBe(before.influence.kz_north.china + 1);
    expect(s.influence.kz_south.china).toBe(before.influence.kz_south.china + 1);
  });

  it('massimov_arrested (“Tokayev consolidates power”, neutral): the capital listens to nobody, the North’s stability +1, unrest +1 — at 6 the regime calls and either power may answer', () => {
    const before = middle('turkey', 'massimov_arrested', (s) => (s.cstoWilling = true));
    const { state: s, events } = playWithLog(before, { type: 'playEvent', power: 'turkey', card: 'massimov_arrested' });
    expect(s.capital).toBeNull();
    expect(s.stabilityShift.kz_north).toBe(1);
    expect(s.unrest).toBe(6);
    expect(s.regime).toBe('calling');
    expect(events).toContainEqual({ kind: 'capitalChanged', from: 'turkey', to: null });
    // Russia is asked at once (R6.4); once it lets the call pass, a ready Turkey may answer on its action.
    expect(s.interrupt).toBe('russia');
    const declined = play(s, { type: 'declineCall', power: 'russia' });
    const turkeyReady = turnOf(declined, 'turkey');
    turkeyReady.otsReadiness = 5;
    expect(legalMoves(turkeyReady, 'turkey').some((m) => m.type === 'answerCall')).toBe(true);
    expect(legalMoves(turnOf(declined, 'russia'), 'russia').some((m) => m.type === 'answerCall')).toBe(true);
    // Its condition: unrest at least 4.
    expect(
      legalMoves(
        middle('turkey', 'massimov_arrested', (st) => (st.unrest = 3)),
        'turkey',
      ).some((m) => m.type === 'playEvent' && m.card === 'massimov_arrested'),
    ).toBe(false);
  });

  it('tokayev_takes_security_council: the capital listens to nobody, the North’s stability +1, and 1 more tempo', () => {
    const before = middle('turkey', 'tokayev_takes_security_council');
    const s = play(before, { type: 'playEvent', power: 'turkey', card: 'tokayev_takes_security_council' });
    expect(s.capital).toBeNull();
    expect(s.stabilityShift.kz_north).toBe(1);
    expect(s.tempo.turkey).toBe(2);
  });

  it('shoot_without_warning: a roll of 1–2 raises unrest and lowers the South’s stability; 3–6 lowers unrest by 2', () => {
    const low = play(
      middle('china', 'shoot_without_warning', (s) => (s.rng = rngRolling(2))),
      { type: 'playEvent', power: 'china', card: 'shoot_without_warning' },
    );
    expect(low.unrest).toBe(6);
    expect(low.regime).toBe('calling');
    expect(low.stabilityShift.kz_south).toBe(-1);
    const high = play(
      middle('china', 'shoot_without_warning', (s) => (s.rng = rngRolling(3))),
      { type: 'playEvent', power: 'china', card: 'shoot_without_warning' },
    );
    expect(high.unrest).toBe(3);
    expect(high.stabilityShift.kz_south).toBe(0);
  });

  it('sons_in_law_leave_energy_firms: China loses 1 plain influence in the West but never its investment (R5.5); unrest −1', () => {
    const before = middle('russia', 'sons_in_law_leave_energy_firms', (s) => {
      s.influence.kz_west.china = 1;
      s.investment.kz_west = 1;
    });
    const s = play(before, { type: 'playEvent', power: 'russia', card: 'sons_in_law_leave_energy_firms' });
    expect(s.influence.kz_west.china).toBe(1);
    expect(s.unrest).toBe(4);
    const plain = play(
      middle('russia', 'sons_in_law_leave_energy_firms', (st) => {
        st.influence.kz_west.china = 3;
        st.investment.kz_west = 1;
      }),
      { type: 'playEvent', power: 'russia', card: 'sons_in_law_leave_energy_firms' },
    );
    expect(plain.influence.kz_west.china).toBe(2);
  });

  it('troops_near_ukraine: overstretch +1; at 4 or more Russia loses 1 VP', () => {
    const calm = play(middle('turkey', 'troops_near_ukraine'), { type: 'playEvent', power: 'turkey', card: 'troops_near_ukraine' });
    expect(calm.overstretch).toBe(3);
    expect(calm.vp.russia).toBe(0);
    const stretched = play(
      middle('turkey', 'troops_near_ukraine', (s) => (s.overstretch = 3)),
      { type: 'playEvent', power: 'turkey', card: 'troops_near_ukraine' },
    );
    expect(stretched.overstretch).toBe(4);
    expect(stretched.vp.russia).toBe(-1);
    expect(stretched.scoreLog).toContainEqual({ power: 'russia', amount: -1, reason: 'event', round: 1, detail: 'troops_near_ukraine' });
  });

  it('wang_yi_calls: +1 for China in the South; after a Russian rescue both China and Russia score 1', () => {
    const rescued = middle('china', 'wang_yi_calls', (s) => {
      s.regime = 'rescued';
      s.rescuedBy = 'russia';
    });
    const s = play(rescued, { type: 'playEvent', power: 'china', card: 'wang_yi_calls' });
    expect(s.influence.kz_south.china).toBe(rescued.influence.kz_south.china + 1);
    expect(s.vp).toEqual({ russia: rescued.vp.russia + 1, turkey: rescued.vp.turkey, china: rescued.vp.china + 1 });
    const before = middle('china', 'wang_yi_calls');
    const not = play(before, { type: 'playEvent', power: 'china', card: 'wang_yi_calls' });
    expect(not.vp).toEqual(before.vp);
  });
});
