// R11 end to end: neither the kernel's viewFor, nor the adapter's playerView, nor anything a seat's
// boardgame.io client receives over the wire, carries another seat's hidden cards, the draw pile,
// the generator state or the seed.
import { describe, expect, it } from 'vitest';
import { makeQantarGame, type LogEntry, type QantarG } from '../../src/game/game.js';
import { seatOfPower } from '../../src/game/seats.js';
import { activeSeat, applyMove, legalMoves, newGameWithLog, viewFor } from '../support/kernel.js';
import { nextInt, seedRng } from '../../src/rules/index.js';
import { type ScenarioId } from '../../src/rules/index.js';
import { bundledScenario, handleOf } from '../support/kernel.js';
import { POWERS, type GameState, type Move, type Power } from '../../src/rules/index.js';
import { openMatch } from '../support/bgio.js';
import { pickFrom } from '../support/play.js';

/** The secrets `seat` must not see in `s`: other hands (less cards ever shown), the pile's order, the generator, other agendas. */
interface Secrets {
  readonly cards: string[];
  readonly deckOrder: string | null;
  readonly rng: string;
  readonly agendas: string[];
}

function secretsFor(s: GameState, seat: Power, everShown: ReadonlySet<string>): Secrets {
  const cards = POWERS.filter((p) => p !== seat)
    .flatMap((p) => s.hands[p])
    .filter((c) => !everShown.has(c));
  const agendas = s.over ? [] : POWERS.filter((p) => p !== seat).flatMap((p) => (s.agendas[p] ? [s.agendas[p]] : []));
  return { cards, deckOrder: s.deck.length > 1 ? JSON.stringify(s.deck) : null, rng: JSON.stringify(s.rng), agendas };
}

/** The problems found in `text` (JSON a seat receives); empty when it keeps every secret. */
function leaks(text: string, secrets: Secrets, seed: number): string[] {
  const found: string[] = [];
  for (const card of secrets.cards) if (text.includes(`"${card}"`)) found.push(`hidden card ${card}`);
  for (const agenda of secrets.agendas) if (text.includes(`"${agenda}"`)) found.push(`hidden agenda ${agenda}`);
  if (secrets.deckOrder && text.includes(secrets.deckOrder)) found.push('the draw pile in order');
  if (text.includes('"deck":')) found.push('a "deck" key');
  if (text.includes('"hands":')) found.push('a "hands" key');
  if (text.includes('"rng":')) found.push('an "rng" key');
  if (text.includes(secrets.rng.slice(1, -1))) found.push('the generator state');
  if (text.includes('"prngstate"')) found.push('boardgame.io’s PRNG state');
  if (seed !== 0 && new RegExp(`"seed":"?${seed}"?[,}]`).test(text)) found.push('the seed');
  return found;
}

/** Cards a move shows to everyone (it is then in the discard, removed, or the log for good). */
function shownBy(move: Move): string | null {
  return move.type === 'playOps' || move.type === 'playEvent' ? move.card : null;
}

describe('R11 hidden information in viewFor and playerView', () => {
  it('R11 in 240 random games, at random steps, no seat’s view or playerView shows another seat’s secrets', () => {
    const plan: [ScenarioId, number][] = [
      ...Array.from({ length: 200 }, (_, i): [ScenarioId, number] => ['classroom', 500 + i]),
      ...Array.from({ length: 20 }, (_, i): [ScenarioId, number] => ['historical', 900 + i]),
      ...Array.from({ length: 10 }, (_, i): [ScenarioId, number] => ['armenia-blocks-csto', 950 + i]),
      ...Array.from({ length: 10 }, (_, i): [ScenarioId, number] => ['turkey-prepared', 970 + i]),
    ];
    const games = new Map<ScenarioId, ReturnType<typeof makeQantarGame>>();
    let checks = 0;
    for (const [id, seed] of plan) {
      const scenario = bundledScenario(id);
      const game = games.get(id) ?? makeQantarGame(handleOf(scenario));
      games.set(id, game);
      const playerView = game.playerView;
      if (!playerView) return expect.fail('the adapter has no playerView');
      const rng = seedRng(seed ^ 0xabc);
      const agendas = seed % 2 === 0;
      const opened = newGameWithLog(scenario, seed, { agendas });
      let s = opened.state;
      const log: LogEntry[] = [{ round: 1, power: null, move: null, events: opened.events }];
      const everShown = new Set<string>();
      for (;;) {
        if (nextInt(rng, 1, 4) === 1 || s.over) {
          for (const seat of POWERS) {
            const secrets = secretsFor(s, seat, everShown);
            const view = viewFor(s, seat);
            const viewLeaks = leaks(JSON.stringify(view), secrets, s.seed);
            if (viewLeaks.length) expect.fail(`${id} seed ${seed} round ${s.round}: viewFor(${seat}) shows ${viewLeaks.join(', ')}`);
            const G: QantarG = { state: s, log };
            const ctx = { numPlayers: 3, playOrder: ['0', '1', '2'], playOrderPos: 0, activePlayers: null, currentPlayer: '0', turn: 1, phase: 'default' };
            const seen = playerView({ G, ctx, playerID: seatOfPower(seat) });
            const pvLeaks = leaks(JSON.stringify(seen), secrets, s.seed);
            if (pvLeaks.length) expect.fail(`${id} seed ${seed} round ${s.round}: playerView(${seat}) shows ${pvLeaks.join(', ')}`);
            checks++;
          }
        }
        if (s.over) break;
        const move = pickFrom(rng, legalMoves(s, activeSeat(s)));
        const out = applyMove(s, move);
        if (!out.ok) return expect.fail(`legal move rejected: ${out.code}`);
        const card = shownBy(move);
        if (card) everShown.add(card);
        log.push({ round: s.round, power: move.power, move, events: out.events });
        s = out.state;
      }
    }
    expect(checks).toBeGreaterThan(3_000);
  });

  it('R11 the checker itself finds a leak: the full state shows the other hands, the pile, the generator and the seed', () => {
    const { state } = newGameWithLog(bundledScenario('classroom'), 4242);
    const found = leaks(JSON.stringify(state), secretsFor(state, 'russia', new Set()), state.seed);
    expect(found).toEqual(expect.arrayContaining(['a "deck" key', 'a "hands" key', 'an "rng" key', 'the draw pile in order', 'the generator state', 'the seed']));
    expect(found.some((f) => f.startsWith('hidden card'))).toBe(true);
  });
});

describe('R11 what the wire carries to each seat', () => {
  function checkWire(id: ScenarioId, seed: number): number {
    const scenario = bundledScenario(id);
    const match = openMatch(scenario, seed);
    const read: Record<Power, number> = { russia: 0, turkey: 0, china: 0 };
    const everShown = new Set<string>();
    const policy = seedRng(seed + 17);
    let payloads = 0;
    const inspect = (label: string): void => {
      const s = match.master().G.state;
      for (const seat of POWERS) {
        const secrets = secretsFor(s, seat, everShown);
        const client = match.clients[seat];
        // Everything the seat's client holds: G, ctx, plugins, log and deltalog, and the initial state.
        const held = JSON.stringify({ state: client.getState(), initial: client.getInitialState() });
        const heldLeaks = leaks(held, secrets, seed);
        if (heldLeaks.length) expect.fail(`${id} seed ${seed} ${label}: ${seat}'s client holds ${heldLeaks.join(', ')}`);
        // boardgame.io's own random plugin keeps its data on the master.
        expect(client.getState()?.plugins.random?.data).toBeUndefined();
        // Every payload that arrived since the last look.
        for (const payload of match.wire[seat].slice(read[seat])) {
          const wireLeaks = leaks(payload, secrets, seed);
          if (wireLeaks.length) expect.fail(`${id} seed ${seed} ${label}: a payload to ${seat} carries ${wireLeaks.join(', ')}`);
          payloads++;
        }
        read[seat] = match.wire[seat].length;
      }
    };
    // The very first state after connecting.
    for (const seat of POWERS) expect(match.wire[seat].length).toBeGreaterThan(0);
    inspect('after connecting');
    for (let step = 0; !match.master().G.state.over; step++) {
      const s = match.master().G.state;
      const move = pickFrom(policy, legalMoves(s, activeSeat(s)));
      const card = shownBy(move);
      if (card) everShown.add(card);
      match.play(move);
      inspect(`after move ${step}`);
    }
    match.stop();
    return payloads;
  }

  for (const [id, seed] of [
    ['classroom', 1],
    ['classroom', 2],
    ['classroom', 3],
    ['classroom', 4],
    ['historical', 5],
    ['turkey-prepared', 6],
  ] as [ScenarioId, number][]) {
    it(`R11 ${id}, seed ${seed}: no payload to a seat, and nothing its client holds, carries another seat’s secrets`, () => {
      expect(checkWire(id, seed)).toBeGreaterThan(100);
    });
  }

  it('boardgame.io 0.50.2’s plain Local() sends the unfiltered initial state on sync (why src/game/local.ts exists)', () => {
    // If this starts failing, boardgame.io filters initialState itself and localWithoutSecrets can go.
    const scenario = bundledScenario('classroom');
    const match = openMatch(scenario, 11, { transport: 'plain' });
    const s = match.master().G.state;
    const sync = match.wire.turkey[0] ?? '';
    expect(JSON.parse(sync)).toMatchObject({ type: 'sync' });
    expect(leaks(sync, secretsFor(s, 'turkey', new Set()), 11)).toEqual(expect.arrayContaining(['a "hands" key', 'a "deck" key', 'an "rng" key']));
    match.stop();
  });
});
