// R7 and R8: playing events, where cards go, the effect language, drawing, and dice.
import { describe, expect, it } from 'vitest';
import { applyMove, legalMoves, newGame } from '../support/kernel.js';
import type { GameState, Move, Power, RejectionCode } from '../../src/rules/index.js';
import { peekRolls, rngRolling } from '../support/dice.js';
import { MINI } from '../support/mini-scenario.js';
import { clearBoard, passOutRound, play, playWithLog, sortedCards, turnOf } from '../support/play.js';

const base = clearBoard(newGame(MINI, 1));

function holding(power: Power, cards: string[], setup: (s: GameState) => void = () => {}): GameState {
  const s = turnOf(base, power);
  s.unrest = 2;
  s.hands[power] = cards;
  setup(s);
  return s;
}

function rejected(s: GameState, move: unknown): RejectionCode {
  const out = applyMove(s, move);
  if (out.ok) return expect.fail(`expected ${JSON.stringify(move)} to be rejected`);
  return out.code;
}

function eventMoves(s: GameState, power: Power): Move[] {
  return legalMoves(s, power).filter((m) => m.type === 'playEvent');
}

describe('R7.1 playing for the event', () => {
  it('R7.1 only the card’s side (or anyone, for “any”) may play its event', () => {
    const s = holding('turkey', ['m_csto_summit', 'm_analysts_meet']);
    expect(eventMoves(s, 'turkey')).toEqual([{ type: 'playEvent', power: 'turkey', card: 'm_analysts_meet' }]);
    expect(rejected(s, { type: 'playEvent', power: 'turkey', card: 'm_csto_summit' })).toBe('wrongSide');
    // Anyone may still play it for operations.
    expect(legalMoves(s, 'turkey')).toContainEqual({ type: 'playOps', power: 'turkey', card: 'm_csto_summit' });
  });

  it('R7.1 the event’s condition must hold', () => {
    // m_deploy_paratroopers needs unrest 4 or more.
    const low = holding('russia', ['m_deploy_paratroopers'], (s) => (s.unrest = 3));
    expect(eventMoves(low, 'russia')).toEqual([]);
    expect(rejected(low, { type: 'playEvent', power: 'russia', card: 'm_deploy_paratroopers' })).toBe('eventNotAllowed');
    const high = holding('russia', ['m_deploy_paratroopers'], (s) => (s.unrest = 4));
    expect(eventMoves(high, 'russia')).toEqual([{ type: 'playEvent', power: 'russia', card: 'm_deploy_paratroopers' }]);
    // m_moscow_visit needs a rescued regime.
    expect(eventMoves(holding('china', ['m_moscow_visit']), 'china')).toEqual([]);
    expect(
      eventMoves(
        holding('china', ['m_moscow_visit'], (s) => (s.regime = 'rescued')),
        'china',
      ),
    ).toHaveLength(1);
  });

  it('R7.1 an event with a target is played on one of its listed spaces, and only those', () => {
    const s = holding('russia', ['m_gas_leverage']);
    expect(eventMoves(s, 'russia').map((m) => (m.type === 'playEvent' ? m.target : undefined))).toEqual(['armenia', 'georgia', 'azerbaijan']);
    expect(rejected(s, { type: 'playEvent', power: 'russia', card: 'm_gas_leverage', target: 'kz_west' })).toBe('badTarget');
    expect(rejected(s, { type: 'playEvent', power: 'russia', card: 'm_gas_leverage' })).toBe('badTarget');
    const after = play(s, { type: 'playEvent', power: 'russia', card: 'm_gas_leverage', target: 'georgia' });
    expect(after.influence.georgia.russia).toBe(1);
    expect(after.influence.armenia.russia).toBe(0);
  });

  it('R7.1 an event without a target takes none', () => {
    const s = holding('turkey', ['m_ots_summit']);
    expect(rejected(s, { type: 'playEvent', power: 'turkey', card: 'm_ots_summit', target: 'azerbaijan' })).toBe('badTarget');
  });

  it('R7.1 a card not in hand, or unknown, cannot be played', () => {
    const s = holding('turkey', ['m_ots_summit']);
    expect(rejected(s, { type: 'playEvent', power: 'turkey', card: 'm_drone_exports' })).toBe('notInHand');
    expect(rejected(s, { type: 'playOps', power: 'turkey', card: 'no_such_card' })).toBe('unknownCard');
  });
});

describe('R7.2 after play', () => {
  it('R7.2 a one-off event leaves the game; other events and every card played for operations go to the discard', () => {
    const oneOff = play(holding('turkey', ['m_turkic_council']), { type: 'playEvent', power: 'turkey', card: 'm_turkic_council', target: 'azerbaijan' });
    expect(oneOff.removed).toEqual(['m_turkic_council']);
    expect(oneOff.discard).toEqual([]);
    expect(oneOff.influence.azerbaijan.turkey).toBe(2);
    const kept = play(holding('turkey', ['m_ots_summit']), { type: 'playEvent', power: 'turkey', card: 'm_ots_summit' });
    expect(kept.discard).toEqual(['m_ots_summit']);
    expect(kept.removed).toEqual([]);
    const ops = play(holding('turkey', ['m_turkic_council']), { type: 'playOps', power: 'turkey', card: 'm_turkic_council' });
    expect(ops.discard).toEqual(['m_turkic_council']);
    expect(ops.removed).toEqual([]);
  });
});

describe('R7.3 effects', () => {
  it('R7.3 a condition picks the branch: the same card calms a calling regime and inflames a standing one', () => {
    const calling = play(
      holding('china', ['m_internet_shutdown'], (s) => {
        s.regime = 'calling';
        s.unrest = 7;
      }),
      { type: 'playEvent', power: 'china', card: 'm_internet_shutdown' },
    );
    expect(calling.unrest).toBe(6);
    const standing = play(
      holding('china', ['m_internet_shutdown'], (s) => (s.unrest = 3)),
      { type: 'playEvent', power: 'china', card: 'm_internet_shutdown' },
    );
    expect(standing.unrest).toBe(4);
  });

  it('R7.3 a roll looks up its row: 1–3 unrest +1; 4–6 unrest +2 and every rival −1 VP', () => {
    const low = play(
      holding('turkey', ['m_street_clashes'], (s) => (s.rng = rngRolling(2))),
      { type: 'playEvent', power: 'turkey', card: 'm_street_clashes' },
    );
    expect(low.unrest).toBe(3);
    expect(low.vp).toEqual({ russia: 0, turkey: 0, china: 0 });
    const high = playWithLog(
      holding('turkey', ['m_street_clashes'], (s) => (s.rng = rngRolling(5))),
      { type: 'playEvent', power: 'turkey', card: 'm_street_clashes' },
    );
    expect(high.state.unrest).toBe(4);
    expect(high.state.vp).toEqual({ russia: -1, turkey: 0, china: -1 });
    expect(high.events).toContainEqual({ kind: 'dieRolled', power: 'turkey', roll: 5, purpose: 'event' });
  });

  it('R7.3 IP and cards: the pool is capped (R5.3) and drawn cards come from the top of the pile', () => {
    const before = holding('turkey', ['m_drone_exports'], (s) => (s.pool.turkey = 5));
    const top = before.deck[0];
    const s = play(before, { type: 'playEvent', power: 'turkey', card: 'm_drone_exports' });
    expect(s.pool.turkey).toBe(6);
    expect(s.hands.turkey).toEqual([top]);
    expect(s.deck).toEqual(before.deck.slice(1));
  });

  it('R7.3 VP from events are written to the score log with the card as the reason', () => {
    const s = play(holding('turkey', ['m_ots_summit']), { type: 'playEvent', power: 'turkey', card: 'm_ots_summit' });
    expect(s.otsReadiness).toBe(3);
    expect(s.vp.turkey).toBe(1);
    expect(s.scoreLog).toEqual([{ power: 'turkey', amount: 1, reason: 'event', round: 1, detail: 'm_ots_summit' }]);
  });
});

describe('R7.4 drawing', () => {
  it('R7.4 at the end of the round every power draws back up to 4, from the top of the pile', () => {
    let s = holding('russia', ['m_csto_summit', 'm_gas_leverage'], (st) => {
      st.hands.turkey = ['m_ots_summit'];
      st.hands.china = ['m_xi_call', 'm_belt_and_road', 'm_border_security', 'm_moscow_visit'];
      st.deck = ['m_fuel_prices', 'm_elite_purge', 'm_internet_shutdown', 'm_street_clashes', 'm_caspian_pipeline', 'm_analysts_meet', 'm_deploy_paratroopers'];
      st.discard = ['m_drone_exports', 'm_turkic_council'];
    });
    const cardsBefore = sortedCards(s);
    s = passOutRound(s);
    // Drawing follows the new turn order (Russia, China, Turkey): Russia takes the top two, Turkey the next three.
    expect(s.hands.russia).toEqual(['m_csto_summit', 'm_gas_leverage', 'm_fuel_prices', 'm_elite_purge']);
    expect(s.hands.china).toHaveLength(4);
    expect(s.hands.turkey).toEqual(['m_ots_summit', 'm_internet_shutdown', 'm_street_clashes', 'm_caspian_pipeline']);
    expect(s.deck).toEqual(['m_analysts_meet', 'm_deploy_paratroopers']);
    expect(s.discard).toEqual(['m_drone_exports', 'm_turkic_council']);
    expect(sortedCards(s)).toEqual(cardsBefore);
  });

  it('R7.4 an empty draw pile is replaced by the discard pile, shuffled with the game’s seed', () => {
    const setup = (s: GameState): void => {
      s.hands = {
        russia: ['m_csto_summit'],
        turkey: ['m_ots_summit', 'm_drone_exports', 'm_turkic_council'],
        china: ['m_xi_call', 'm_belt_and_road', 'm_border_security', 'm_moscow_visit'],
      };
      s.deck = ['m_fuel_prices'];
      s.discard = ['m_elite_purge', 'm_internet_shutdown', 'm_street_clashes', 'm_caspian_pipeline', 'm_analysts_meet', 'm_gas_leverage', 'm_deploy_paratroopers'];
      s.removed = [];
    };
    const before = holding('russia', ['m_csto_summit'], setup);
    const cardsBefore = sortedCards(before);
    const s = passOutRound(before);
    // Russia draws 3: the last pile card, then two from the reshuffled discard; Turkey draws 1 more.
    expect(s.hands.russia).toHaveLength(4);
    expect(s.hands.russia[1]).toBe('m_fuel_prices');
    expect(s.hands.turkey).toHaveLength(4);
    expect(s.discard).toEqual([]);
    expect(s.deck).toHaveLength(4);
    expect(sortedCards(s)).toEqual(cardsBefore);
    // The same seed state reshuffles the same way.
    expect(passOutRound(before).deck).toEqual(s.deck);
    // Another generator state gives another order for some seed.
    const orders = new Set([1, 2, 3, 4, 5, 6].map((k) => JSON.stringify(passOutRound({ ...before, rng: rngRolling(k) }).deck)));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('R7.4 with no cards left anywhere a power draws what there is', () => {
    const s = passOutRound(
      holding('russia', [], (st) => {
        st.deck = ['m_fuel_prices'];
        st.discard = [];
      }),
    );
    expect(s.hands.russia).toEqual(['m_fuel_prices']);
  });
});

describe('R8 dice', () => {
  it('R8 the same state and moves give the same rolls; the roll comes from the state’s own generator and is logged', () => {
    const before = holding('russia', ['m_caspian_pipeline'], (s) => (s.influence.georgia.turkey = 3));
    const opened = play(before, { type: 'playOps', power: 'russia', card: 'm_caspian_pipeline' });
    const [expected] = peekRolls(opened.rng, 1);
    const a = playWithLog(opened, { type: 'destabilise', power: 'russia', space: 'georgia', rival: 'turkey' });
    const b = playWithLog(opened, { type: 'destabilise', power: 'russia', space: 'georgia', rival: 'turkey' });
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    expect(a.events).toContainEqual({ kind: 'dieRolled', power: 'russia', roll: expected, purpose: 'destabilise' });
    expect(a.state.rng).not.toEqual(opened.rng);
  });

  it('R8 every die is a number from 1 to 6 and all six come up', () => {
    const seen = new Set<number>();
    const rng = rngRolling(1);
    for (const roll of peekRolls(rng, 600)) {
      expect(roll).toBeGreaterThanOrEqual(1);
      expect(roll).toBeLessThanOrEqual(6);
      seen.add(roll);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
