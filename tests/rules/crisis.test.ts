// R6: the crisis in Kazakhstan — unrest check, the call for help, who may answer and what the
// rescue does, the regime's fall, after the rescue, and the capital's leaning.
import { describe, expect, it } from 'vitest';
import { applyMove, legalMoves, newGame } from '../support/kernel.js';
import { POWERS, type GameState, type Power, type RegimeState } from '../../src/rules/index.js';
import { rngRolling } from '../support/dice.js';
import { MINI, MINI_NO_AFGHANISTAN } from '../support/mini-scenario.js';
import { clearBoard, passOutRound, play, playWithLog, turnOf } from '../support/play.js';

/** A clean board without Afghanistan, so the unrest check rolls no die. */
const plain = clearBoard(newGame(MINI_NO_AFGHANISTAN, 1));
const withAfghanistan = clearBoard(newGame(MINI, 1));

function situation(from: GameState, regime: RegimeState, unrest: number, setup: (s: GameState) => void = () => {}): GameState {
  const s = turnOf(from, 'russia');
  s.regime = regime;
  s.unrest = unrest;
  s.rescuedBy = regime === 'rescued' ? 'russia' : null;
  setup(s);
  return s;
}

function canAnswer(s: GameState, power: Power): boolean {
  return legalMoves(turnOf(s, power), power).some((m) => m.type === 'answerCall');
}

describe('R6.2 unrest check', () => {
  it('R6.2 standing or calling with unrest 5 or more: unrest rises by 1; below 5 it stays', () => {
    expect(passOutRound(situation(plain, 'standing', 4)).unrest).toBe(4);
    expect(passOutRound(situation(plain, 'calling', 4)).unrest).toBe(4);
    expect(passOutRound(situation(plain, 'calling', 7)).unrest).toBe(8);
    const s = passOutRound(situation(plain, 'standing', 5));
    expect(s.unrest).toBe(6);
    // Reaching 6 at the check opens the call at once (R6.3).
    expect(s.regime).toBe('calling');
    expect(s.calledInRound).toBe(1);
  });

  it('R6.2 a night at the brink: a regime calling at unrest 8 or more gains 2 at the check, and at 8 it falls', () => {
    const fell = passOutRound(situation(plain, 'calling', 8));
    expect(fell.regime).toBe('fallen');
    // The fall resets unrest to 7 (R6.5).
    expect(fell.unrest).toBe(7);
    // Below the brink the check adds 1 only; after a rescue unrest falls whatever its level.
    expect(passOutRound(situation(plain, 'calling', 7)).regime).toBe('calling');
    expect(passOutRound(situation(plain, 'rescued', 8)).unrest).toBe(7);
  });

  it('R6.2 rescued or fallen: unrest falls by 1 (not below 0)', () => {
    expect(passOutRound(situation(plain, 'rescued', 5)).unrest).toBe(4);
    expect(passOutRound(situation(plain, 'rescued', 0)).unrest).toBe(0);
    expect(passOutRound(situation(plain, 'fallen', 7)).unrest).toBe(6);
  });

  it('R6.2 with Afghanistan uncontrolled a die is rolled: a 6 raises unrest by 1, anything else does not', () => {
    const six = passOutRound(situation(withAfghanistan, 'standing', 2, (s) => (s.rng = rngRolling(6))));
    expect(six.unrest).toBe(3);
    const five = passOutRound(situation(withAfghanistan, 'standing', 2, (s) => (s.rng = rngRolling(5))));
    expect(five.unrest).toBe(2);
  });

  it('R6.2 with Afghanistan controlled no die is rolled', () => {
    const s = situation(withAfghanistan, 'standing', 2, (st) => {
      st.rng = rngRolling(6);
      st.influence.afghanistan.china = 1; // stability 1: China controls it
    });
    const after = passOutRound(s);
    expect(after.unrest).toBe(2);
    expect(after.rng).toEqual(s.rng);
  });
});

describe('R6.3 the call for help', () => {
  function fuel(s: GameState): GameState {
    // m_fuel_prices: unrest +3 (anyone's event).
    const t = turnOf(s, 'china');
    t.hands.china = ['m_fuel_prices'];
    return play(t, { type: 'playEvent', power: 'china', card: 'm_fuel_prices' });
  }

  it('R6.3 the moment unrest reaches 6 while the regime stands, it calls for help', () => {
    const s = fuel(situation(plain, 'standing', 3));
    expect(s.unrest).toBe(6);
    expect(s.regime).toBe('calling');
    expect(s.calledInRound).toBe(1);
    // The call is open at once: Russia, next in turn, may answer in the same round.
    expect(canAnswer(s, 'russia')).toBe(true);
  });

  it('R6.3 below 6 the regime keeps standing', () => {
    const s = fuel(situation(plain, 'standing', 2));
    expect(s.unrest).toBe(5);
    expect(s.regime).toBe('standing');
    expect(canAnswer(s, 'russia')).toBe(false);
  });

  it('R6.3 the call stays open when unrest falls again', () => {
    let s = situation(plain, 'calling', 6, (st) => {
      st.influence.kz_south.russia = 1;
      st.hands.russia = ['m_elite_purge'];
    });
    s = play(s, { type: 'playOps', power: 'russia', card: 'm_elite_purge' });
    s = play(s, { type: 'stabilise', power: 'russia', space: 'kz_south' });
    expect(s.unrest).toBe(5);
    expect(s.regime).toBe('calling');
  });

  it('R6.3 a rescued or fallen regime does not call', () => {
    expect(fuel(situation(plain, 'rescued', 4)).regime).toBe('rescued');
    const fallen = fuel(situation(plain, 'fallen', 4));
    expect(fallen.unrest).toBe(7);
    expect(fallen.regime).toBe('fallen');
  });
});

describe('R6.4 who may answer', () => {
  it('R6.4 Russia answers if the CSTO is willing and overstretch is at most 3 below its maximum (6 − 3 = 3)', () => {
    expect(
      canAnswer(
        situation(plain, 'calling', 6, (s) => (s.overstretch = 3)),
        'russia',
      ),
    ).toBe(true);
    expect(
      canAnswer(
        situation(plain, 'calling', 6, (s) => (s.overstretch = 4)),
        'russia',
      ),
    ).toBe(false);
    expect(
      canAnswer(
        situation(plain, 'calling', 6, (s) => (s.cstoWilling = false)),
        'russia',
      ),
    ).toBe(false);
    const out = applyMove(
      situation(plain, 'calling', 6, (s) => (s.overstretch = 4)),
      { type: 'answerCall', power: 'russia' },
    );
    expect(out.ok ? 'accepted' : out.code).toBe('cannotAnswer');
  });

  it('R6.4 Turkey answers once OTS readiness has reached 4', () => {
    expect(
      canAnswer(
        situation(plain, 'calling', 6, (s) => (s.otsReadiness = 4)),
        'turkey',
      ),
    ).toBe(true);
    expect(
      canAnswer(
        situation(plain, 'calling', 6, (s) => (s.otsReadiness = 3)),
        'turkey',
      ),
    ).toBe(false);
  });

  it('R6.4 China never answers', () => {
    expect(canAnswer(situation(plain, 'calling', 6), 'china')).toBe(false);
    expect(
      canAnswer(
        situation(plain, 'calling', 6, (s) => (s.capital = 'china')),
        'china',
      ),
    ).toBe(false);
    const out = applyMove(turnOf(situation(plain, 'calling', 6), 'china'), { type: 'answerCall', power: 'china' });
    expect(out.ok ? 'accepted' : out.code).toBe('cannotAnswer');
  });

  it('R6.4 with R6.7: if the capital leans to Russia or Turkey, only that power may answer; leaning to China bars nobody', () => {
    const towardsTurkey = situation(plain, 'calling', 6, (s) => {
      s.capital = 'turkey';
      s.otsReadiness = 4;
    });
    expect(canAnswer(towardsTurkey, 'russia')).toBe(false);
    expect(canAnswer(towardsTurkey, 'turkey')).toBe(true);
    // China sends no troops, so a capital leaning to China bars nobody.
    const towardsChina = situation(plain, 'calling', 6, (s) => {
      s.capital = 'china';
      s.otsReadiness = 5;
    });
    expect(POWERS.filter((p) => canAnswer(towardsChina, p))).toEqual(['russia', 'turkey']);
    const towardsRussia = situation(plain, 'calling', 6, (s) => {
      s.capital = 'russia';
      s.otsReadiness = 5;
    });
    expect(POWERS.filter((p) => canAnswer(towardsRussia, p))).toEqual(['russia']);
  });

  it('R6.4 there is nothing to answer unless the regime is calling', () => {
    for (const regime of ['standing', 'rescued', 'fallen'] as const) {
      const out = applyMove(situation(plain, regime, 6), { type: 'answerCall', power: 'russia' });
      expect(out.ok ? 'accepted' : out.code).toBe('noCall');
    }
  });

  it('R6.7 an event moves the capital’s leaning, which then decides who may answer', () => {
    let s = situation(plain, 'calling', 6, (st) => {
      st.capital = 'turkey';
      st.otsReadiness = 4;
    });
    expect(canAnswer(s, 'russia')).toBe(false);
    // m_elite_purge: the capital listens to nobody again, and Russia may answer.
    s = turnOf(s, 'china');
    s.hands.china = ['m_elite_purge'];
    s = play(s, { type: 'playEvent', power: 'china', card: 'm_elite_purge' });
    expect(s.capital).toBeNull();
    expect(canAnswer(s, 'russia')).toBe(true);
    // m_xi_call turns it to China, which bars nobody (R6.4).
    s = turnOf(s, 'china');
    s.hands.china = ['m_xi_call'];
    s = play(s, { type: 'playEvent', power: 'china', card: 'm_xi_call' });
    expect(s.capital).toBe('china');
    expect(POWERS.filter((p) => canAnswer(s, p))).toEqual(['russia', 'turkey']);
  });
});

describe('R6.4 the rescue’s effects', () => {
  it('R6.4 a CSTO deployment: unrest −4, +2 influence in South and +1 in North and West, overstretch +3, 3 VP, 2 tempo, rescued', () => {
    const before = situation(plain, 'calling', 7, (s) => {
      s.overstretch = 1;
      s.influence.kz_south.russia = 1;
    });
    const { state: s, events } = playWithLog(before, { type: 'answerCall', power: 'russia' });
    expect(s.unrest).toBe(3);
    expect(s.influence.kz_south).toEqual({ russia: 3, turkey: 0, china: 0 });
    expect(s.influence.kz_north).toEqual({ russia: 1, turkey: 0, china: 0 });
    expect(s.influence.kz_west).toEqual({ russia: 1, turkey: 0, china: 0 });
    expect(s.overstretch).toBe(4);
    expect(s.vp).toEqual({ russia: 3, turkey: 0, china: 0 });
    expect(s.scoreLog).toEqual([{ power: 'russia', amount: 3, reason: 'answeredCall', round: 1 }]);
    expect(s.tempo).toEqual({ russia: 2, turkey: 0, china: 0 });
    expect(s.regime).toBe('rescued');
    expect(s.rescuedBy).toBe('russia');
    expect(s.actionsTaken.russia).toBe(1);
    expect(events).toContainEqual({ kind: 'callAnswered', power: 'russia' });
    // Nothing else on the board moved.
    expect(s.influence.armenia).toEqual(before.influence.armenia);
    expect(s.otsReadiness).toBe(before.otsReadiness);
  });

  it('R6.4 an OTS mission: unrest −3, +1 influence in each region, OTS readiness −2, 3 VP, 2 tempo, rescued', () => {
    const before = turnOf(
      situation(plain, 'calling', 8, (s) => (s.otsReadiness = 5)),
      'turkey',
    );
    const s = play(before, { type: 'answerCall', power: 'turkey' });
    expect(s.unrest).toBe(5);
    for (const id of ['kz_west', 'kz_south', 'kz_north'] as const) expect(s.influence[id]).toEqual({ russia: 0, turkey: 1, china: 0 });
    expect(s.otsReadiness).toBe(3);
    expect(s.overstretch).toBe(before.overstretch);
    expect(s.vp).toEqual({ russia: 0, turkey: 3, china: 0 });
    expect(s.tempo.turkey).toBe(2);
    expect(s.regime).toBe('rescued');
    expect(s.rescuedBy).toBe('turkey');
  });

  it('R6.4 unrest does not go below 0 when a deployment lowers it', () => {
    const s = play(situation(plain, 'calling', 2), { type: 'answerCall', power: 'russia' });
    expect(s.unrest).toBe(0);
  });

  it('R6.4 once answered, the call is closed for the others', () => {
    const s = play(
      situation(plain, 'calling', 7, (st) => (st.otsReadiness = 5)),
      { type: 'answerCall', power: 'russia' },
    );
    expect(canAnswer(s, 'turkey')).toBe(false);
  });
});

describe('R6.5 regime fall and R6.6 after the rescue', () => {
  function pushToTen(s: GameState): { state: GameState; events: readonly unknown[] } {
    const t = turnOf(s, 'turkey');
    t.hands.turkey = ['m_fuel_prices'];
    return playWithLog(t, { type: 'playEvent', power: 'turkey', card: 'm_fuel_prices' });
  }

  it('R6.5 at unrest 10 before a rescue the regime falls: plain influence in Kazakhstan halves (rounded up), VP lost, unrest 7', () => {
    const before = situation(plain, 'calling', 8, (s) => {
      s.influence.kz_west = { russia: 3, turkey: 1, china: 0 };
      s.influence.kz_south = { russia: 0, turkey: 4, china: 5 };
      s.influence.kz_north = { russia: 2, turkey: 0, china: 3 };
      s.investment.kz_north = 1;
      s.influence.armenia.russia = 2;
      s.vp = { russia: 5, turkey: 5, china: 5 };
      s.otsReadiness = 3;
    });
    const { state: s, events } = pushToTen(before);
    expect(s.regime).toBe('fallen');
    // The OTS could not hold its founding member: readiness falls by 2.
    expect(s.otsReadiness).toBe(1);
    expect(s.unrest).toBe(7);
    expect(s.influence.kz_west).toEqual({ russia: 1, turkey: 0, china: 0 });
    expect(s.influence.kz_south).toEqual({ russia: 0, turkey: 2, china: 2 });
    // China: 3 with 1 investment → plain 2 loses 1; the investment survives.
    expect(s.influence.kz_north).toEqual({ russia: 1, turkey: 0, china: 2 });
    expect(s.investment.kz_north).toBe(1);
    // Outside Kazakhstan nothing changes.
    expect(s.influence.armenia.russia).toBe(2);
    // Every power pays (Russia 1, Turkey 2, China 2); Turkey, whose card raised the unrest, pays 3 more.
    expect(s.vp).toEqual({ russia: 4, turkey: 0, china: 3 });
    expect(s.scoreLog.filter((l) => l.reason === 'regimeFell').map((l) => [l.power, l.amount])).toEqual([
      ['russia', -1],
      ['turkey', -2],
      ['china', -2],
    ]);
    expect(s.scoreLog.filter((l) => l.reason === 'fallBlame').map((l) => [l.power, l.amount])).toEqual([['turkey', -3]]);
    expect(events).toContainEqual({ kind: 'fallBlamed', powers: ['turkey'] });
    expect(events).toContainEqual({ kind: 'regimeChanged', from: 'calling', to: 'fallen' });
  });

  it('R6.3/R6.5 a standing regime that jumps to 10 calls and falls in one step when nobody may answer; a fallen regime never calls again', () => {
    let s = pushToTen(situation(plain, 'standing', 9, (x) => (x.cstoWilling = false))).state;
    expect(s.regime).toBe('fallen');
    expect(s.calledInRound).toBe(s.round);
    expect(s.unrest).toBe(7);
    expect(s.vp).toEqual({ russia: -1, turkey: -5, china: -2 });
    s = pushToTen(s).state;
    expect(s.unrest).toBe(10);
    expect(s.regime).toBe('fallen');
    // No second fall: no more VP lost.
    expect(s.vp).toEqual({ russia: -1, turkey: -5, china: -2 });
  });

  it('R6.4 when the call opens and Russia may answer, Russia is asked at once, out of turn, and the regime cannot fall meanwhile', () => {
    const { state: s, events } = pushToTen(situation(plain, 'standing', 9));
    expect(s.regime).toBe('calling');
    expect(s.unrest).toBe(9);
    expect(s.interrupt).toBe('russia');
    expect(events).toContainEqual({ kind: 'interruptOpened', power: 'russia' });
    // Only Russia may move, and only to answer or let the call pass; Turkey's turn waits.
    expect(legalMoves(s, 'russia')).toEqual([
      { type: 'answerCall', power: 'russia' },
      { type: 'declineCall', power: 'russia' },
    ]);
    expect(legalMoves(s, 'turkey')).toEqual([]);
    // Answering out of turn is no action of Russia's: Turkey's turn goes on afterwards.
    const answered = play(s, { type: 'answerCall', power: 'russia' });
    expect(answered.regime).toBe('rescued');
    expect(answered.interrupt).toBeNull();
    expect(answered.actionsTaken.russia).toBe(s.actionsTaken.russia);
    expect(answered.order[answered.turn]).toBe(s.order[s.turn]);
    // Letting it pass keeps the call open; the next push brings the regime down.
    const declined = play(s, { type: 'declineCall', power: 'russia' });
    expect(declined.regime).toBe('calling');
    expect(declined.interrupt).toBeNull();
    expect(pushToTen(declined).state.regime).toBe('fallen');
  });

  it('R6.6 after the rescue the regime cannot fall: at 10 unrest stays 10', () => {
    const before = situation(plain, 'rescued', 9, (s) => (s.influence.kz_west.russia = 4));
    let s = pushToTen(before).state;
    expect(s.unrest).toBe(10);
    expect(s.regime).toBe('rescued');
    expect(s.influence.kz_west.russia).toBe(4);
    expect(s.vp).toEqual({ russia: 0, turkey: 0, china: 0 });
    s = pushToTen(s).state;
    expect(s.unrest).toBe(10);
  });
});
