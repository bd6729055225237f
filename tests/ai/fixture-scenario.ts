// A small but complete scenario for the bot tests, shaped like the historical one (RULES.md):
// ten spaces, 32 cards of every effect kind, eight rounds with scorings in rounds 4 and 8. Used
// until (and alongside) the bundled scenarios, so the bot tests do not depend on their numbers.
import type { CardDef, Scenario, SpaceDef } from '../../src/rules/index.js';
import { MINI } from '../support/mini-scenario.js';

const spaces: SpaceDef[] = [
  { id: 'kz_west', stability: 2, value: 3, blocs: ['csto', 'ots', 'sco'], turkic: true, nearXinjiang: false, neighbours: ['kz_south', 'kz_north', 'uzbekistan', 'turkmenistan', 'azerbaijan'] },
  { id: 'kz_south', stability: 2, value: 3, blocs: ['csto', 'ots', 'sco'], turkic: true, nearXinjiang: true, neighbours: ['kz_west', 'kz_north', 'kyrgyzstan', 'uzbekistan'] },
  { id: 'kz_north', stability: 3, value: 4, blocs: ['csto', 'ots', 'sco'], turkic: true, nearXinjiang: true, neighbours: ['kz_west', 'kz_south'] },
  { id: 'kyrgyzstan', stability: 2, value: 2, blocs: ['csto', 'ots', 'sco'], turkic: true, nearXinjiang: true, neighbours: ['kz_south', 'uzbekistan', 'tajikistan'] },
  { id: 'tajikistan', stability: 2, value: 2, blocs: ['csto', 'sco'], turkic: false, nearXinjiang: true, neighbours: ['kyrgyzstan', 'uzbekistan'] },
  { id: 'uzbekistan', stability: 3, value: 3, blocs: ['ots', 'sco'], turkic: true, nearXinjiang: false, neighbours: ['kz_west', 'kz_south', 'kyrgyzstan', 'tajikistan', 'turkmenistan'] },
  { id: 'turkmenistan', stability: 3, value: 2, blocs: [], turkic: true, nearXinjiang: false, neighbours: ['kz_west', 'uzbekistan', 'azerbaijan'] },
  { id: 'azerbaijan', stability: 2, value: 3, blocs: ['ots'], turkic: true, nearXinjiang: false, neighbours: ['georgia', 'armenia', 'kz_west', 'turkmenistan'] },
  { id: 'georgia', stability: 2, value: 2, blocs: [], turkic: false, nearXinjiang: false, neighbours: ['azerbaijan', 'armenia'] },
  { id: 'armenia', stability: 2, value: 2, blocs: ['csto'], turkic: false, nearXinjiang: false, neighbours: ['georgia', 'azerbaijan'] },
];

const KZ = ['kz_west', 'kz_south', 'kz_north'] as const;
const common = { date: '2022-01-05', source: 'test fixture' };

const cards: CardDef[] = [
  { id: 'csto_paratroopers', ops: 4, side: 'russia', effects: [{ op: 'influence', power: 'self', space: 'kz_south', amount: 2 }, { op: 'unrest', amount: -1 }, { op: 'overstretch', amount: 1 }], removeAfterEvent: true, ...common },
  { id: 'shoot_order', ops: 2, side: 'russia', effects: [{ op: 'unrest', amount: -2 }, { op: 'influence', power: 'self', space: 'kz_north', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'gas_price_deal', ops: 2, side: 'russia', effects: [{ op: 'ip', power: 'self', amount: 2 }], removeAfterEvent: false, ...common },
  { id: 'putin_call', ops: 1, side: 'russia', effects: [{ op: 'capital', listensTo: 'russia' }, { op: 'tempo', power: 'self', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'eeu_pressure', ops: 2, side: 'russia', targets: ['armenia', 'kyrgyzstan', 'tajikistan'], effects: [{ op: 'influence', power: 'self', space: 'target', amount: 2 }], removeAfterEvent: false, ...common },
  { id: 'media_campaign', ops: 3, side: 'russia', targets: [...KZ], effects: [{ op: 'influence', power: 'rivals', space: 'target', amount: -1 }, { op: 'unrest', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'ukraine_front', ops: 3, side: 'turkey', effects: [{ op: 'overstretch', amount: 2 }], removeAfterEvent: false, ...common },
  { id: 'ots_meeting', ops: 3, side: 'turkey', effects: [{ op: 'otsReadiness', amount: 2 }, { op: 'tempo', power: 'self', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'bayraktar_delivery', ops: 3, side: 'turkey', targets: ['azerbaijan', 'uzbekistan', 'kyrgyzstan', 'turkmenistan'], effects: [{ op: 'influence', power: 'self', space: 'target', amount: 2 }], removeAfterEvent: false, ...common },
  { id: 'middle_corridor', ops: 2, side: 'turkey', effects: [{ op: 'influence', power: 'self', space: 'azerbaijan', amount: 1 }, { op: 'influence', power: 'self', space: 'kz_west', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'erdogan_statement', ops: 1, side: 'turkey', effects: [{ op: 'vp', power: 'self', amount: 1 }, { op: 'unrest', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'turkic_solidarity', ops: 2, side: 'turkey', targets: [...KZ], effects: [{ op: 'influence', power: 'self', space: 'target', amount: 1 }, { op: 'stability', space: 'target', amount: -1 }], removeAfterEvent: false, ...common },
  { id: 'belt_and_road', ops: 3, side: 'china', targets: ['kz_south', 'kz_north', 'kyrgyzstan', 'tajikistan', 'uzbekistan'], effects: [{ op: 'investment', space: 'target', amount: 1 }, { op: 'influence', power: 'self', space: 'target', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'xi_message', ops: 1, side: 'china', effects: [{ op: 'influence', power: 'self', space: 'kz_north', amount: 1 }, { op: 'if', cond: { kind: 'unrestAtMost', value: 3 }, then: [{ op: 'vp', power: 'self', amount: 1 }] }], removeAfterEvent: false, ...common },
  { id: 'sco_consultation', ops: 2, side: 'china', effects: [{ op: 'ip', power: 'self', amount: 2 }, { op: 'unrest', amount: -1 }], removeAfterEvent: false, ...common },
  { id: 'border_closure', ops: 2, side: 'china', requires: { kind: 'unrestAtLeast', value: 6 }, effects: [{ op: 'influence', power: 'self', space: 'kyrgyzstan', amount: 1 }, { op: 'vp', power: 'self', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'debt_leverage', ops: 3, side: 'china', targets: ['tajikistan', 'kyrgyzstan'], effects: [{ op: 'influence', power: 'rivals', space: 'target', amount: -1 }, { op: 'investment', space: 'target', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'fuel_protests', ops: 2, side: 'any', effects: [{ op: 'unrest', amount: 2 }], removeAfterEvent: true, ...common },
  { id: 'almaty_airport', ops: 3, side: 'any', requires: { kind: 'unrestAtLeast', value: 5 }, effects: [{ op: 'unrest', amount: 1 }, { op: 'influence', power: 'all', space: 'kz_south', amount: -1 }], removeAfterEvent: true, ...common },
  { id: 'internet_blackout', ops: 2, side: 'any', effects: [{ op: 'unrest', amount: -1 }, { op: 'influence', power: 'rivals', space: 'kz_north', amount: -1 }], removeAfterEvent: false, ...common },
  { id: 'massimov_arrested', ops: 2, side: 'any', effects: [{ op: 'capital', listensTo: null }, { op: 'unrest', amount: -1 }], removeAfterEvent: true, ...common },
  { id: 'nazarbayev_removed', ops: 3, side: 'any', effects: [{ op: 'roll', rows: [{ min: 1, max: 3, effects: [{ op: 'capital', listensTo: 'russia' }] }, { min: 4, max: 6, effects: [{ op: 'capital', listensTo: null }] }] }, { op: 'vp', power: 'self', amount: 1 }], removeAfterEvent: true, ...common },
  { id: 'colour_rhetoric', ops: 1, side: 'any', effects: [{ op: 'unrest', amount: 1 }, { op: 'tempo', power: 'self', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'armenia_protests', ops: 2, side: 'any', effects: [{ op: 'if', cond: { kind: 'capitalListensTo', power: 'russia' }, then: [{ op: 'unrest', amount: -1 }], else: [{ op: 'cstoWilling', value: false }] }], removeAfterEvent: true, ...common },
  { id: 'zhanaozen_strike', ops: 2, side: 'any', targets: ['kz_west'], effects: [{ op: 'influence', power: 'all', space: 'target', amount: -1 }, { op: 'unrest', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'ceasefire_talks', ops: 1, side: 'any', effects: [{ op: 'draw', power: 'self', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'oil_exports', ops: 3, side: 'any', effects: [{ op: 'ip', power: 'self', amount: 1 }, { op: 'influence', power: 'self', space: 'kz_west', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'humanitarian_aid', ops: 2, side: 'any', requires: { kind: 'unrestAtLeast', value: 4 }, effects: [{ op: 'unrest', amount: -1 }, { op: 'vp', power: 'self', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'western_sanctions', ops: 2, side: 'any', effects: [{ op: 'overstretch', amount: 1 }, { op: 'ip', power: 'russia', amount: -1 }], removeAfterEvent: false, ...common },
  { id: 'caspian_crossing', ops: 2, side: 'any', targets: ['azerbaijan', 'turkmenistan', 'kz_west'], effects: [{ op: 'influence', power: 'self', space: 'target', amount: 1 }], removeAfterEvent: false, ...common },
  { id: 'border_clash', ops: 3, side: 'any', targets: ['kyrgyzstan', 'tajikistan'], effects: [{ op: 'roll', rows: [{ min: 1, max: 2, effects: [{ op: 'unrest', amount: 1 }] }, { min: 3, max: 6, effects: [{ op: 'influence', power: 'self', space: 'target', amount: 1 }] }] }], removeAfterEvent: false, ...common },
  { id: 'rescue_thanks', ops: 1, side: 'any', requires: { kind: 'regimeIs', value: 'rescued' }, effects: [{ op: 'if', cond: { kind: 'rescuedBy', power: 'self' }, then: [{ op: 'vp', power: 'self', amount: 2 }], else: [{ op: 'stability', space: 'kz_north', amount: 1 }] }], removeAfterEvent: true, ...common },
];

export const FIXTURE: Scenario = {
  id: 'ai-fixture',
  spaces,
  powers: {
    russia: { baseIncome: 2, extraBoost: 0, startPool: 2, homeNeighbours: ['kz_west', 'kz_north', 'azerbaijan', 'georgia'] },
    turkey: { baseIncome: 2, extraBoost: 0, startPool: 2, homeNeighbours: ['georgia', 'armenia', 'azerbaijan'] },
    china: { baseIncome: 2, extraBoost: 2, startPool: 3, homeNeighbours: ['kz_north', 'kz_south', 'kyrgyzstan', 'tajikistan'] },
  },
  startInfluence: {
    kz_north: { russia: 2 },
    kz_west: { russia: 1, turkey: 1 },
    kz_south: { china: 1 },
    armenia: { russia: 3 },
    tajikistan: { russia: 2, china: 1 },
    kyrgyzstan: { russia: 1, china: 1 },
    azerbaijan: { turkey: 3 },
    georgia: { turkey: 1 },
    turkmenistan: { turkey: 1 },
    uzbekistan: { china: 1 },
  },
  startInvestment: { kz_south: 1 },
  startUnrest: 2,
  startOverstretch: 1,
  startOtsReadiness: 1,
  startCapital: null,
  cstoWilling: true,
  firstOrder: ['russia', 'china', 'turkey'],
  rounds: [
    { date: '2022-01-02', events: ['fuel_prices'], scoring: false },
    { date: '2022-01-04', events: ['spread_to_almaty'], scoring: false },
    { date: '2022-01-05', events: ['airport_seized'], scoring: false },
    { date: '2022-01-06', events: [], scoring: true },
    { date: '2022-01-08', events: [], scoring: false },
    { date: '2022-01-11', events: ['tokayev_consolidates'], scoring: false },
    { date: '2022-01-13', events: [], scoring: false },
    { date: '2022-01-19', events: [], scoring: true },
  ],
  scheduledEvents: [
    { id: 'fuel_prices', date: '2022-01-02', source: 'test', effects: [{ op: 'unrest', amount: 2 }] },
    { id: 'spread_to_almaty', date: '2022-01-04', source: 'test', effects: [{ op: 'unrest', amount: 2 }] },
    { id: 'airport_seized', date: '2022-01-05', source: 'test', effects: [{ op: 'unrest', amount: 1 }] },
    { id: 'tokayev_consolidates', date: '2022-01-11', source: 'test', effects: [{ op: 'capital', listensTo: null }, { op: 'unrest', amount: -1 }] },
  ],
  deck: cards.map((c) => c.id),
  phases: [],
  cards,
  agendas: [
    { id: 'russia_hold_north', power: 'russia', vp: 3, goal: { kind: 'controls', power: 'self', space: 'kz_north' } },
    { id: 'turkey_caucasus', power: 'turkey', vp: 3, goal: { kind: 'controlsAll', spaces: ['azerbaijan', 'georgia'] } },
    { id: 'china_calm', power: 'china', vp: 3, goal: { kind: 'unrestAtMost', value: 3 } },
  ],
  // The rules' own test scenario has the historical options; the bots need no others.
  options: MINI.options,
};
