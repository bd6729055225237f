// A broken scenario or catalogue is refused with one error naming the file, the field and what was
// expected. Each fixture in tests/fixtures/bad-scenarios/ is the classroom scenario with one fault.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue, parseScenario } from '../src/rules/index.js';
import { bundledCatalogue } from '../src/rules/index.js';

const SPACE_LIST = 'kz_west, kz_south, kz_north, kyrgyzstan, tajikistan, uzbekistan, turkmenistan, azerbaijan, georgia, armenia, afghanistan';

function fixture(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`fixtures/bad-scenarios/${file}`, import.meta.url), 'utf8'));
}

function failure(file: string, path: string, expected: string, message: string) {
  return { ok: false, error: { file, path, expected, message } };
}

describe('broken scenario files', () => {
  const cases: readonly (readonly [file: string, path: string, expected: string, message: string])[] = [
    ['missing-field.json', 'spaces[2]', 'a value for stability', 'missing-field.json: spaces[2]: expected a value for stability'],
    ['missing-top-level-field.json', '(root)', 'a value for rounds', 'missing-top-level-field.json: (root): expected a value for rounds'],
    ['wrong-type.json', 'startUnrest', 'a whole number from 0 to 10', 'wrong-type.json: startUnrest: expected a whole number from 0 to 10'],
    ['unknown-space.json', 'spaces[4].neighbours[1]', `a known space id (${SPACE_LIST})`, `unknown-space.json: spaces[4].neighbours[1]: expected a known space id (${SPACE_LIST})`],
    [
      'one-way-adjacency.json',
      'spaces[3].neighbours',
      'a symmetric neighbour: uzbekistan lists kyrgyzstan but kyrgyzstan does not list uzbekistan',
      'one-way-adjacency.json: spaces[3].neighbours: expected a symmetric neighbour: uzbekistan lists kyrgyzstan but kyrgyzstan does not list uzbekistan',
    ],
    [
      'self-neighbour.json',
      'spaces[8].neighbours[2]',
      'a space other than georgia itself',
      'self-neighbour.json: spaces[8].neighbours[2]: expected a space other than georgia itself',
    ],
    [
      'neighbour-not-in-play.json',
      'spaces[4].neighbours[2]',
      'a space in this scenario (afghanistan is not in spaces)',
      'neighbour-not-in-play.json: spaces[4].neighbours[2]: expected a space in this scenario (afghanistan is not in spaces)',
    ],
    [
      'duplicate-space.json',
      'spaces[9].id',
      'a unique space id (georgia is also spaces[8].id)',
      'duplicate-space.json: spaces[9].id: expected a unique space id (georgia is also spaces[8].id)',
    ],
    ['stability-out-of-range.json', 'spaces[1].stability', 'a whole number from 1 to 4', 'stability-out-of-range.json: spaces[1].stability: expected a whole number from 1 to 4'],
    [
      'unknown-key.json',
      'spaces[0].colour',
      'a known key (id, stability, value, blocs, turkic, nearXinjiang, neighbours)',
      'unknown-key.json: spaces[0].colour: expected a known key (id, stability, value, blocs, turkic, nearXinjiang, neighbours)',
    ],
    ['unknown-card.json', 'deck[3]', 'a card id from cards.json', 'unknown-card.json: deck[3]: expected a card id from cards.json'],
    [
      'duplicate-card.json',
      'deck[5]',
      'a card listed once (il76_air_bridge is also deck[0])',
      'duplicate-card.json: deck[5]: expected a card listed once (il76_air_bridge is also deck[0])',
    ],
    [
      'card-space-not-in-play.json',
      'deck[20]',
      'a card whose spaces are all in this scenario (wang_yi_meets_taliban uses afghanistan)',
      'card-space-not-in-play.json: deck[20]: expected a card whose spaces are all in this scenario (wang_yi_meets_taliban uses afghanistan)',
    ],
    [
      'deck-too-small.json',
      'deck',
      'at least 18 cards (hand size 4 × 3 + turns per round 2 × 3)',
      'deck-too-small.json: deck: expected at least 18 cards (hand size 4 × 3 + turns per round 2 × 3)',
    ],
    [
      'late-start-vp-too-short.json',
      'options.lateStartVp',
      'a list of three whole numbers: the VP of the first, second and third power in round 1’s order',
      'late-start-vp-too-short.json: options.lateStartVp: expected a list of three whole numbers: the VP of the first, second and third power in round 1’s order',
    ],
    ['unknown-event.json', 'rounds[1].events[1]', 'a scheduled event id from cards.json', 'unknown-event.json: rounds[1].events[1]: expected a scheduled event id from cards.json'],
    [
      'bad-first-order.json',
      'firstOrder',
      'each of russia, turkey, china once (russia is listed twice)',
      'bad-first-order.json: firstOrder: expected each of russia, turkey, china once (russia is listed twice)',
    ],
    ['unknown-power.json', 'firstOrder[2]', 'one of: russia, turkey, china', 'unknown-power.json: firstOrder[2]: expected one of: russia, turkey, china'],
    [
      'last-round-not-scoring.json',
      'rounds[3].scoring',
      'true (the last round ends with a scoring)',
      'last-round-not-scoring.json: rounds[3].scoring: expected true (the last round ends with a scoring)',
    ],
    ['bad-date.json', 'rounds[2].date', 'an ISO date like 2022-01-06', 'bad-date.json: rounds[2].date: expected an ISO date like 2022-01-06'],
    [
      'rounds-out-of-order.json',
      'rounds[2].date',
      "a date after the previous round's (2022-01-05)",
      "rounds-out-of-order.json: rounds[2].date: expected a date after the previous round's (2022-01-05)",
    ],
    [
      'home-not-in-play.json',
      'powers.china.homeNeighbours[4]',
      'a space in this scenario (afghanistan is not in spaces)',
      'home-not-in-play.json: powers.china.homeNeighbours[4]: expected a space in this scenario (afghanistan is not in spaces)',
    ],
    [
      'start-influence-unknown-space.json',
      'startInfluence.kz_east',
      `a known space id (${SPACE_LIST})`,
      `start-influence-unknown-space.json: startInfluence.kz_east: expected a known space id (${SPACE_LIST})`,
    ],
    [
      'unrest-above-call.json',
      'startUnrest',
      'a whole number from 0 to 5 (below options.callThreshold)',
      'unrest-above-call.json: startUnrest: expected a whole number from 0 to 5 (below options.callThreshold)',
    ],
  ];

  it.each(cases)('%s', (file, path, expected, message) => {
    expect(parseScenario(file, fixture(file), bundledCatalogue())).toEqual(failure(file, path, expected, message));
  });

  it('a file that is not an object at all', () => {
    expect(parseScenario('numbers.json', 42, bundledCatalogue())).toEqual(
      failure('numbers.json', '(root)', 'a scenario object', 'numbers.json: (root): expected a scenario object'),
    );
  });

  it('the fixtures are otherwise valid: the classroom scenario they copy parses', () => {
    const valid = JSON.parse(readFileSync(new URL('../scenarios/classroom.json', import.meta.url), 'utf8'));
    expect(parseScenario('classroom.json', valid, bundledCatalogue()).ok).toBe(true);
  });
});

describe('broken card catalogues', () => {
  const card = {
    id: 'a_card',
    ops: 2,
    side: 'any',
    effects: [{ op: 'unrest', amount: 1 }],
    removeAfterEvent: true,
    date: '2022-01-05',
    source: 'test',
  };
  const event = { id: 'an_event', date: '2022-01-05', source: 'test', effects: [{ op: 'unrest', amount: 1 }] };
  const catalogueWith = (changes: { card?: object; event?: object; agendas?: unknown[] }) => ({
    cards: [{ ...card, ...changes.card }],
    events: [{ ...event, ...changes.event }],
    agendas: changes.agendas ?? [],
  });
  const OPS = 'influence, investment, unrest, overstretch, otsReadiness, vp, ip, tempo, capital, cstoWilling, stability, draw, if, roll';
  const KINDS = 'unrestAtLeast, unrestAtMost, regimeIs, rescuedBy, controls, hasInfluence, overstretchAtLeast, otsReadyAtLeast, capitalListensTo';

  const cases: readonly (readonly [name: string, json: unknown, path: string, expected: string])[] = [
    ['an unknown effect', catalogueWith({ card: { effects: [{ op: 'teleport' }] } }), 'cards[0].effects[0].op', `one of: ${OPS}`],
    ['an effect without op', catalogueWith({ card: { effects: [{ amount: 1 }] } }), 'cards[0].effects[0]', `a value for op (one of: ${OPS})`],
    ['ops out of range', catalogueWith({ card: { ops: 5 } }), 'cards[0].ops', 'a whole number from 1 to 4'],
    ['an amount of zero', catalogueWith({ card: { effects: [{ op: 'unrest', amount: 0 }] } }), 'cards[0].effects[0].amount', 'a whole number from -4 to 4, not 0'],
    ['no effects', catalogueWith({ card: { effects: [] } }), 'cards[0].effects', 'a non-empty list of effects'],
    [
      'a bad condition inside an if',
      catalogueWith({
        card: { effects: [{ op: 'if', cond: { kind: 'unrestAtLeast', value: 11 }, then: [{ op: 'unrest', amount: 1 }] }] },
      }),
      'cards[0].effects[0].cond.value',
      'a whole number from 0 to 10',
    ],
    ['an unknown condition', catalogueWith({ card: { requires: { kind: 'moonIsFull' } } }), 'cards[0].requires.kind', `one of: ${KINDS}`],
    [
      '"target" without targets',
      catalogueWith({
        card: { effects: [{ op: 'influence', power: 'self', space: 'target', amount: 1 }] },
      }),
      'cards[0].effects[0].space',
      'a space id ("target" needs the card to list targets)',
    ],
    ['targets no effect uses', catalogueWith({ card: { targets: ['kz_west'] } }), 'cards[0].targets', 'no targets, or effects that use "target"'],
    [
      'a roll that misses a face',
      catalogueWith({
        card: {
          effects: [
            {
              op: 'roll',
              rows: [
                { min: 1, max: 2, effects: [] },
                { min: 4, max: 6, effects: [{ op: 'unrest', amount: 1 }] },
              ],
            },
          ],
        },
      }),
      'cards[0].effects[0].rows',
      'rows that cover each roll from 1 to 6 exactly once, in order (min ≤ max)',
    ],
    ['a backwards date range', catalogueWith({ card: { date: '2022-01-10/2022-01-08' } }), 'cards[0].date', 'an ISO date like 2022-01-06 or a range like 2022-01-08/2022-01-10'],
    [
      '"self" in a scheduled event',
      catalogueWith({ event: { effects: [{ op: 'vp', power: 'self', amount: 1 }] } }),
      'events[0].effects[0].power',
      'one of: russia, turkey, china, all (a scheduled event has no player, so no "self" or "rivals")',
    ],
    ['a duplicate card id', { cards: [card, card], events: [], agendas: [] }, 'cards[1].id', 'a unique card id (a_card is also cards[0].id)'],
    [
      'an agenda with a target',
      catalogueWith({
        agendas: [{ id: 'an_agenda', power: 'china', vp: 2, goal: { kind: 'controls', power: 'china', space: 'target' } }],
      }),
      'agendas[0].goal.space',
      'a space id (an agenda has no target)',
    ],
  ];

  it.each(cases)('%s', (_name, json, path, expected) => {
    expect(parseCatalogue('cards.json', json)).toEqual(failure('cards.json', path, expected, `cards.json: ${path}: expected ${expected}`));
  });

  it('the base catalogue of these cases is valid', () => {
    expect(parseCatalogue('cards.json', catalogueWith({})).ok).toBe(true);
  });
});
