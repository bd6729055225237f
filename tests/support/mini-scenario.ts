// A small but complete scenario for rule tests: the real map (all eleven spaces with their true
// borders and the two Caspian crossings), the historical scenario's numbers from RULES.md (hand of
// 4, 2 actions, boost 2, pool 6, call at 6, sudden death at 12, OTS ready at 4, overstretch safe
// 3 of 6), and a deck whose events use every step of the effect language (R7.3). Rule tests set up
// their situations by editing fields of `newGame(MINI, seed)`, so they do not depend on the card
// catalogue other engineers are still writing.
import type { CardDef, Scenario, SpaceDef } from '../../src/rules/index.js';

const SPACES: readonly SpaceDef[] = [
  {
    id: 'kz_west',
    stability: 2,
    value: 3,
    blocs: ['csto', 'ots', 'sco'],
    turkic: true,
    nearXinjiang: false,
    neighbours: ['kz_south', 'kz_north', 'uzbekistan', 'turkmenistan', 'azerbaijan'],
  },
  { id: 'kz_south', stability: 2, value: 3, blocs: ['csto', 'ots', 'sco'], turkic: true, nearXinjiang: true, neighbours: ['kz_west', 'kz_north', 'kyrgyzstan', 'uzbekistan'] },
  { id: 'kz_north', stability: 3, value: 3, blocs: ['csto', 'ots', 'sco'], turkic: true, nearXinjiang: true, neighbours: ['kz_west', 'kz_south'] },
  { id: 'kyrgyzstan', stability: 1, value: 2, blocs: ['csto', 'ots', 'sco'], turkic: true, nearXinjiang: true, neighbours: ['kz_south', 'uzbekistan', 'tajikistan'] },
  { id: 'tajikistan', stability: 2, value: 2, blocs: ['csto', 'sco'], turkic: false, nearXinjiang: true, neighbours: ['kyrgyzstan', 'uzbekistan', 'afghanistan'] },
  {
    id: 'uzbekistan',
    stability: 3,
    value: 3,
    blocs: ['ots', 'sco'],
    turkic: true,
    nearXinjiang: false,
    neighbours: ['kz_west', 'kz_south', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'afghanistan'],
  },
  { id: 'turkmenistan', stability: 4, value: 2, blocs: [], turkic: true, nearXinjiang: false, neighbours: ['kz_west', 'uzbekistan', 'afghanistan', 'azerbaijan'] },
  { id: 'azerbaijan', stability: 3, value: 3, blocs: ['ots'], turkic: true, nearXinjiang: false, neighbours: ['georgia', 'armenia', 'kz_west', 'turkmenistan'] },
  { id: 'georgia', stability: 2, value: 2, blocs: [], turkic: false, nearXinjiang: false, neighbours: ['azerbaijan', 'armenia'] },
  { id: 'armenia', stability: 2, value: 2, blocs: ['csto'], turkic: false, nearXinjiang: false, neighbours: ['georgia', 'azerbaijan'] },
  { id: 'afghanistan', stability: 1, value: 1, blocs: [], turkic: false, nearXinjiang: false, neighbours: ['tajikistan', 'uzbekistan', 'turkmenistan'] },
];

const NOTE = { date: '2022-01-05', source: 'test fixture' } as const;

/** Cards named after what their event does, so a test reads as the rule it checks. */
export const MINI_CARDS: readonly CardDef[] = [
  // Russia
  {
    id: 'm_deploy_paratroopers',
    ops: 3,
    side: 'russia',
    removeAfterEvent: true,
    ...NOTE,
    requires: { kind: 'unrestAtLeast', value: 4 },
    effects: [
      { op: 'influence', power: 'self', space: 'kz_south', amount: 2 },
      { op: 'unrest', amount: -2 },
      { op: 'overstretch', amount: 1 },
    ],
  },
  {
    id: 'm_csto_summit',
    ops: 2,
    side: 'russia',
    removeAfterEvent: false,
    ...NOTE,
    effects: [
      { op: 'cstoWilling', value: true },
      { op: 'tempo', power: 'self', amount: 1 },
    ],
  },
  {
    id: 'm_gas_leverage',
    ops: 2,
    side: 'russia',
    removeAfterEvent: false,
    ...NOTE,
    targets: ['armenia', 'georgia', 'azerbaijan'],
    effects: [
      { op: 'influence', power: 'self', space: 'target', amount: 1 },
      { op: 'influence', power: 'rivals', space: 'target', amount: -1 },
    ],
  },
  // Turkey
  {
    id: 'm_ots_summit',
    ops: 2,
    side: 'turkey',
    removeAfterEvent: false,
    ...NOTE,
    effects: [
      { op: 'otsReadiness', amount: 2 },
      { op: 'vp', power: 'self', amount: 1 },
    ],
  },
  {
    id: 'm_turkic_council',
    ops: 3,
    side: 'turkey',
    removeAfterEvent: true,
    ...NOTE,
    targets: ['kz_west', 'uzbekistan', 'azerbaijan'],
    effects: [{ op: 'influence', power: 'turkey', space: 'target', amount: 2 }],
  },
  {
    id: 'm_drone_exports',
    ops: 1,
    side: 'turkey',
    removeAfterEvent: false,
    ...NOTE,
    effects: [
      { op: 'ip', power: 'self', amount: 2 },
      { op: 'draw', power: 'self', amount: 1 },
    ],
  },
  // China
  {
    id: 'm_belt_and_road',
    ops: 3,
    side: 'china',
    removeAfterEvent: false,
    ...NOTE,
    targets: ['kz_south', 'kyrgyzstan', 'tajikistan', 'uzbekistan'],
    effects: [{ op: 'investment', space: 'target', amount: 1 }],
  },
  {
    id: 'm_xi_call',
    ops: 2,
    side: 'china',
    removeAfterEvent: true,
    ...NOTE,
    effects: [
      { op: 'capital', listensTo: 'china' },
      { op: 'vp', power: 'self', amount: 1 },
    ],
  },
  {
    id: 'm_border_security',
    ops: 1,
    side: 'china',
    removeAfterEvent: false,
    ...NOTE,
    requires: { kind: 'unrestAtMost', value: 5 },
    effects: [{ op: 'stability', space: 'kz_south', amount: 1 }],
  },
  // Any
  { id: 'm_fuel_prices', ops: 2, side: 'any', removeAfterEvent: true, ...NOTE, effects: [{ op: 'unrest', amount: 3 }] },
  {
    id: 'm_elite_purge',
    ops: 3,
    side: 'any',
    removeAfterEvent: true,
    ...NOTE,
    effects: [
      { op: 'capital', listensTo: null },
      { op: 'stability', space: 'kz_north', amount: -1 },
    ],
  },
  {
    id: 'm_internet_shutdown',
    ops: 2,
    side: 'any',
    removeAfterEvent: false,
    ...NOTE,
    effects: [{ op: 'if', cond: { kind: 'regimeIs', value: 'calling' }, then: [{ op: 'unrest', amount: -1 }], else: [{ op: 'unrest', amount: 1 }] }],
  },
  {
    id: 'm_street_clashes',
    ops: 2,
    side: 'any',
    removeAfterEvent: false,
    ...NOTE,
    effects: [
      {
        op: 'roll',
        rows: [
          { min: 1, max: 3, effects: [{ op: 'unrest', amount: 1 }] },
          {
            min: 4,
            max: 6,
            effects: [
              { op: 'unrest', amount: 2 },
              { op: 'vp', power: 'rivals', amount: -1 },
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'm_caspian_pipeline',
    ops: 4,
    side: 'any',
    removeAfterEvent: false,
    ...NOTE,
    targets: ['kz_west', 'azerbaijan', 'turkmenistan'],
    effects: [
      { op: 'influence', power: 'self', space: 'target', amount: 1 },
      { op: 'ip', power: 'self', amount: 1 },
    ],
  },
  { id: 'm_analysts_meet', ops: 1, side: 'any', removeAfterEvent: false, ...NOTE, effects: [{ op: 'draw', power: 'all', amount: 1 }] },
  {
    id: 'm_moscow_visit',
    ops: 3,
    side: 'any',
    removeAfterEvent: false,
    ...NOTE,
    requires: { kind: 'regimeIs', value: 'rescued' },
    effects: [
      { op: 'if', cond: { kind: 'rescuedBy', power: 'self' }, then: [{ op: 'vp', power: 'self', amount: 2 }] },
      { op: 'overstretch', amount: -1 },
    ],
  },
];

export const MINI: Scenario = {
  id: 'mini-test',
  spaces: SPACES,
  powers: {
    russia: { baseIncome: 2, extraBoost: 0, startPool: 2, homeNeighbours: ['kz_west', 'kz_north', 'azerbaijan', 'georgia'] },
    turkey: { baseIncome: 2, extraBoost: 0, startPool: 2, homeNeighbours: ['georgia', 'armenia', 'azerbaijan'] },
    china: { baseIncome: 2, extraBoost: 2, startPool: 2, homeNeighbours: ['kz_north', 'kz_south', 'kyrgyzstan', 'tajikistan', 'afghanistan'] },
  },
  startInfluence: {
    kz_west: { russia: 1 },
    kz_north: { russia: 2, china: 1 },
    kz_south: { russia: 1, turkey: 1 },
    kyrgyzstan: { russia: 1, china: 1 },
    tajikistan: { russia: 2 },
    armenia: { russia: 2 },
    azerbaijan: { turkey: 3 },
    uzbekistan: { turkey: 1, china: 1 },
  },
  startInvestment: { kz_south: 1, kyrgyzstan: 1 },
  startUnrest: 3,
  startOverstretch: 0,
  startOtsReadiness: 1,
  startCapital: null,
  cstoWilling: true,
  firstOrder: ['russia', 'china', 'turkey'],
  rounds: [
    { date: '2022-01-02', events: ['m_gas_price_doubles'], scoring: false },
    { date: '2022-01-05', events: [], scoring: true },
    { date: '2022-01-07', events: ['m_shoot_to_kill'], scoring: false },
    { date: '2022-01-11', events: [], scoring: true },
  ],
  scheduledEvents: [
    { id: 'm_gas_price_doubles', date: '2022-01-02', source: 'test fixture', effects: [{ op: 'unrest', amount: 2 }] },
    {
      id: 'm_shoot_to_kill',
      date: '2022-01-07',
      source: 'test fixture',
      effects: [
        { op: 'unrest', amount: -1 },
        { op: 'vp', power: 'russia', amount: -1 },
      ],
    },
  ],
  deck: MINI_CARDS.map((c) => c.id),
  phases: [],
  cards: MINI_CARDS,
  agendas: [
    { id: 'm_agenda_russia', power: 'russia', vp: 3, goal: { kind: 'controlsAll', spaces: ['kz_north', 'armenia'] } },
    { id: 'm_agenda_turkey', power: 'turkey', vp: 3, goal: { kind: 'controls', power: 'self', space: 'azerbaijan' } },
    { id: 'm_agenda_china', power: 'china', vp: 3, goal: { kind: 'unrestAtMost', value: 4 } },
  ],
  options: {
    turnsPerRound: 2,
    handSize: 4,
    maxBoost: 2,
    maxPool: 6,
    callThreshold: 6,
    suddenDeathLead: 12,
    otsReadyAt: 4,
    overstretchSafe: 3,
    councilMeetsOnCallFrom: null,
    aidReadinessUpTo: null,
    lateStartVp: [0, 2, 1],
    overstretchMax: 6,
    agendas: false,
  },
};

/** The same map without Afghanistan and without scheduled events, for rules that depend on it (R6.2). */
export const MINI_NO_AFGHANISTAN: Scenario = {
  ...MINI,
  id: 'mini-test-no-afghanistan',
  spaces: SPACES.filter((s) => s.id !== 'afghanistan').map((s) => ({ ...s, neighbours: s.neighbours.filter((n) => n !== 'afghanistan') })),
  powers: {
    ...MINI.powers,
    china: { ...MINI.powers.china, homeNeighbours: MINI.powers.china.homeNeighbours.filter((n) => n !== 'afghanistan') },
  },
  rounds: MINI.rounds.map((r) => ({ ...r, events: [] })),
};
