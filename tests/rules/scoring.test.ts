// R9 scoring and R10 the end: control, bloc, crisis credit, China's dividend and penalty,
// overstretch, agendas, the last round, sudden death and tie-breaks.
import { describe, expect, it } from 'vitest';
import { applyMove, legalMoves, newGame, result } from '../support/kernel.js';
import { DIVIDEND_AT_MOST, ORDER_RESTORED_AT, OTS_VOICE_AT, OTS_VOICE_VP, POWERS, type GameState, type ScoreLine } from '../../src/rules/index.js';
import { MINI_NO_AFGHANISTAN } from '../support/mini-scenario.js';
import { clearBoard, passOutRound, turnOf } from '../support/play.js';

const S = MINI_NO_AFGHANISTAN;

/** A clean board at the start of round `round`'s actions (rounds 2 and 4 score), nobody with VP. */
function atRound(round: number, setup: (s: GameState) => void, agendas = false): GameState {
  let s = newGame(S, 21, { agendas });
  while (s.round < round) s = passOutRound(s);
  s = turnOf(clearBoard(s), s.order[0] ?? 'russia');
  s.vp = { russia: 0, turkey: 0, china: 0 };
  s.scoreLog = [];
  s.unrest = 4;
  s.regime = 'standing';
  s.overstretch = 0;
  setup(s);
  return s;
}

function lines(s: GameState, reason: ScoreLine['reason']): [string, number, string | undefined][] {
  return s.scoreLog.filter((l) => l.reason === reason).map((l) => [l.power, l.amount, l.space]);
}

describe('R9.1 control and R9.2 bloc cohesion', () => {
  it('R9.1 at a scoring each power scores the value of every space it controls; R9.2 bloc cohesion waits for the last scoring', () => {
    const s = passOutRound(
      atRound(2, (st) => {
        st.influence.armenia.russia = 2; // value 2, CSTO
        st.influence.georgia.russia = 2; // value 2, no bloc
        st.influence.azerbaijan.turkey = 3; // value 3, OTS
        st.influence.kz_west.turkey = 2; // value 3, CSTO/OTS/SCO: Turkey's own bloc too
        st.influence.uzbekistan.china = 3; // value 3, OTS/SCO
        st.influence.kz_north.china = 2; // stability 3: not controlled, scores nothing
      }),
    );
    expect(s.round).toBe(3);
    // China's 3 from Uzbekistan (unrest stays 4, too high for its stability dividend, R9.4).
    expect(s.unrest).toBe(4);
    expect(DIVIDEND_AT_MOST).toBeLessThan(4);
    expect(s.vp).toEqual({ russia: 4, turkey: 6, china: 3 });
    expect(lines(s, 'control')).toEqual([
      ['russia', 2, 'georgia'],
      ['russia', 2, 'armenia'],
      ['turkey', 3, 'kz_west'],
      ['turkey', 3, 'azerbaijan'],
      ['china', 3, 'uzbekistan'],
    ]);
    expect(lines(s, 'bloc')).toEqual([]);
  });

  it('R9.2 at the last scoring each power scores 1 more for each space it controls in its own bloc', () => {
    const s = passOutRound(
      atRound(4, (st) => {
        st.influence.armenia.russia = 2; // CSTO
        st.influence.georgia.russia = 2; // no bloc
        st.influence.azerbaijan.turkey = 3; // OTS
        st.influence.uzbekistan.china = 3; // OTS/SCO
      }),
    );
    expect(s.over).toBe(true);
    expect(lines(s, 'bloc')).toEqual([
      ['russia', 1, 'armenia'],
      ['turkey', 1, 'azerbaijan'],
      ['china', 1, 'uzbekistan'],
    ]);
  });

  it('R9.1 a round that is not a scoring round scores no control', () => {
    const s = passOutRound(atRound(1, (st) => (st.influence.armenia.russia = 2)));
    expect(s.round).toBe(2);
    expect(s.vp.russia).toBe(0);
  });
});

describe('R9.3 crisis credit', () => {
  it(`R9.3 at every unrest check after the rescue the rescuer scores for order restored (Russia 2, an OTS mission nothing) if unrest is ${ORDER_RESTORED_AT} or less`, () => {
    const restored = passOutRound(
      atRound(2, (st) => {
        st.regime = 'rescued';
        st.rescuedBy = 'russia';
        st.unrest = ORDER_RESTORED_AT + 1; // the unrest check lowers it by 1 first
      }),
    );
    expect(lines(restored, 'orderRestored')).toEqual([['russia', 2, undefined]]);
    expect(restored.vp.russia).toBe(2);
    // Statements and police advisers are not credited with the calm.
    const byTheOts = passOutRound(
      atRound(2, (st) => {
        st.regime = 'rescued';
        st.rescuedBy = 'turkey';
        st.unrest = 0;
      }),
    );
    expect(lines(byTheOts, 'orderRestored')).toEqual([]);
    expect(byTheOts.vp.turkey).toBe(0);
    const notYet = passOutRound(
      atRound(2, (st) => {
        st.regime = 'rescued';
        st.rescuedBy = 'russia';
        st.unrest = ORDER_RESTORED_AT + 2;
      }),
    );
    expect(lines(notYet, 'orderRestored')).toEqual([]);
    // Not only at scorings: round 1 does not score, yet its unrest check pays for order restored.
    const notScoring = passOutRound(
      atRound(1, (st) => {
        st.regime = 'rescued';
        st.rescuedBy = 'russia';
        st.unrest = 2;
      }),
    );
    expect(lines(notScoring, 'orderRestored')).toEqual([['russia', 2, undefined]]);
    expect(notScoring.vp.russia).toBe(2);
  });
});

describe('R9.4 China and stability', () => {
  it(`R9.4 at each unrest check China scores 1 if unrest is ${DIVIDEND_AT_MOST} or less`, () => {
    const s = passOutRound(atRound(1, (st) => (st.unrest = DIVIDEND_AT_MOST)));
    expect(lines(s, 'stabilityDividend')).toEqual([['china', 1, undefined]]);
    expect(s.vp.china).toBe(1);
    const quiet = passOutRound(atRound(1, (st) => (st.unrest = 0)));
    expect(lines(quiet, 'stabilityDividend')).toEqual([['china', 1, undefined]]);
    const higher = passOutRound(atRound(1, (st) => (st.unrest = DIVIDEND_AT_MOST + 1)));
    expect(higher.vp.china).toBe(0);
  });

  it(`R9.4 at each scoring Turkey scores ${OTS_VOICE_VP} for its voice while OTS readiness is ${OTS_VOICE_AT} or more; not between scorings`, () => {
    const heard = passOutRound(atRound(2, (st) => (st.otsReadiness = OTS_VOICE_AT)));
    expect(lines(heard, 'otsVoice')).toEqual([['turkey', OTS_VOICE_VP, undefined]]);
    const unheard = passOutRound(atRound(2, (st) => (st.otsReadiness = OTS_VOICE_AT - 1)));
    expect(lines(unheard, 'otsVoice')).toEqual([]);
    const between = passOutRound(atRound(1, (st) => (st.otsReadiness = OTS_VOICE_AT)));
    expect(lines(between, 'otsVoice')).toEqual([]);
  });

  it('R9.4 the OTS voice falls silent with the regime: no voice at a scoring once it has fallen, whatever the readiness', () => {
    const fallen = passOutRound(
      atRound(2, (st) => {
        st.otsReadiness = 5;
        st.regime = 'fallen';
      }),
    );
    expect(lines(fallen, 'otsVoice')).toEqual([]);
    // The same board after a rescue is heard.
    const rescued = passOutRound(
      atRound(2, (st) => {
        st.otsReadiness = 5;
        st.regime = 'rescued';
        st.rescuedBy = 'russia';
      }),
    );
    expect(lines(rescued, 'otsVoice')).toEqual([['turkey', OTS_VOICE_VP, undefined]]);
  });

  it('R9.4 China loses 1 for each space near Xinjiang it controls while unrest is 9 or more', () => {
    const exposed = passOutRound(
      atRound(1, (st) => {
        // After a rescue unrest falls at the check (R6.2): 10 → 9, still 9 or more.
        st.regime = 'rescued';
        st.rescuedBy = 'russia';
        st.unrest = 10;
        st.influence.kyrgyzstan.china = 4;
        st.influence.kz_north.china = 4; // investment counts as influence for control (R5.5)
        st.investment.kz_north = 2;
      }),
    );
    expect(exposed.unrest).toBe(9);
    expect(lines(exposed, 'xinjiangUnrest')).toEqual([['china', -2, undefined]]);
    const eight = passOutRound(
      atRound(1, (st) => {
        st.regime = 'calling';
        st.unrest = 7; // rises to 8: not yet
        st.influence.kyrgyzstan.china = 4;
      }),
    );
    expect(eight.vp.china).toBe(0);
    // Influence near Xinjiang without control is no stake to lose (the clause can fail: R9.4).
    const present = passOutRound(
      atRound(1, (st) => {
        st.regime = 'rescued';
        st.rescuedBy = 'russia';
        st.unrest = 10;
        st.influence.kyrgyzstan = { russia: 2, turkey: 0, china: 2 };
      }),
    );
    expect(present.vp.china).toBe(0);
    // Control only away from Xinjiang: no penalty.
    const away = passOutRound(
      atRound(1, (st) => {
        st.regime = 'rescued';
        st.rescuedBy = 'russia';
        st.unrest = 10;
        st.influence.uzbekistan.china = 4;
      }),
    );
    expect(away.vp.china).toBe(0);
  });
});

describe('R9.5 overstretch', () => {
  it('R9.5 at each scoring Russia loses 1 VP for each step of overstretch above 3', () => {
    expect(passOutRound(atRound(2, (st) => (st.overstretch = 5))).vp.russia).toBe(-2);
    expect(lines(passOutRound(atRound(2, (st) => (st.overstretch = 6))), 'overstretch')).toEqual([['russia', -3, undefined]]);
    expect(passOutRound(atRound(2, (st) => (st.overstretch = 3))).vp.russia).toBe(0);
    expect(passOutRound(atRound(1, (st) => (st.overstretch = 6))).vp.russia).toBe(0);
  });
});

describe('R9.6 agendas', () => {
  it('R9.6 at the end of the game each power whose agenda holds scores its VP', () => {
    const s = passOutRound(
      atRound(
        4,
        (st) => {
          // Russia's agenda: control Kazakhstan North and Armenia. Turkey's: control Azerbaijan. China's: unrest ≤ 4.
          st.influence.kz_north.russia = 3;
          st.influence.armenia.russia = 2;
          st.influence.azerbaijan.turkey = 2;
          st.regime = 'calling';
          st.unrest = 6;
        },
        true,
      ),
    );
    expect(s.over).toBe(true);
    expect(s.scoreLog.filter((l) => l.reason === 'agenda').map((l) => [l.power, l.amount, l.detail])).toEqual([['russia', 3, 'm_agenda_russia']]);
  });

  it('R9.6 without agendas nobody scores one', () => {
    const s = passOutRound(
      atRound(4, (st) => {
        st.influence.kz_north.russia = 3;
        st.influence.armenia.russia = 2;
      }),
    );
    expect(lines(s, 'agenda')).toEqual([]);
  });
});

describe('R10 the end', () => {
  it('R10.1 the game ends after the last round’s scoring, with nothing left to play', () => {
    const s = passOutRound(atRound(4, (st) => (st.influence.armenia.russia = 2)));
    expect(s.over).toBe(true);
    expect(s.endReason).toBe('lastRound');
    expect(s.round).toBe(S.rounds.length);
    // Armenia (value 2) counts twice at the settlement (R9.1), and is Russia's own bloc (R9.2): 2 × 2 + 1.
    expect(s.vp.russia).toBe(2 * 2 + 1);
    for (const p of POWERS) expect(legalMoves(s, p)).toEqual([]);
    const out = applyMove(s, { type: 'pass', power: s.order[s.turn] ?? 'russia' });
    expect(out.ok ? 'accepted' : out.code).toBe('gameOver');
    expect(result(s).reason).toBe('lastRound');
  });

  it('R10.2 after a scoring, a lead of 12 or more over every other power ends the game at once', () => {
    const s = passOutRound(atRound(2, (st) => (st.vp = { russia: 12, turkey: 0, china: -3 })));
    expect(s.over).toBe(true);
    expect(s.endReason).toBe('suddenDeath');
    expect(s.round).toBe(2);
    expect(result(s).winner).toBe('russia');
  });

  it('R10.2 a lead of 11, or a lead over only one rival, does not end the game', () => {
    expect(passOutRound(atRound(2, (st) => (st.vp = { russia: 11, turkey: 0, china: 0 }))).over).toBe(false);
    expect(passOutRound(atRound(2, (st) => (st.vp = { russia: 13, turkey: 2, china: 0 }))).over).toBe(false);
  });

  it('R10.2 sudden death is checked only after a scoring', () => {
    const s = passOutRound(atRound(1, (st) => (st.vp = { russia: 20, turkey: 0, china: 0 })));
    expect(s.over).toBe(false);
    expect(s.round).toBe(2);
  });

  it('R10.3 the most VP wins; ties go to the higher value of controlled spaces, then more influence, else a draw', () => {
    const board = atRound(3, () => {});
    const byVp = { ...board, vp: { russia: 3, turkey: 5, china: 4 } };
    expect(result(byVp).winner).toBe('turkey');
    expect(result(byVp).ranking).toEqual(['turkey', 'china', 'russia']);

    const byValue = clearBoard({ ...board, vp: { russia: 5, turkey: 5, china: 1 } });
    byValue.influence.armenia.russia = 5; // value 2
    byValue.influence.azerbaijan.turkey = 3; // value 3
    expect(result(byValue).winner).toBe('turkey');

    const byInfluence = clearBoard({ ...board, vp: { russia: 5, turkey: 5, china: 1 } });
    byInfluence.influence.armenia.russia = 3; // value 2
    byInfluence.influence.georgia.turkey = 2; // value 2
    expect(result(byInfluence).winner).toBe('russia');
    expect(result(byInfluence).ranking).toEqual(['russia', 'turkey', 'china']);

    const draw = clearBoard({ ...board, vp: { russia: 5, turkey: 5, china: 1 } });
    draw.influence.armenia.russia = 2;
    draw.influence.georgia.turkey = 2;
    expect(result(draw).winner).toBeNull();
    expect(result(draw).reason).toBe('inProgress');
  });
});
