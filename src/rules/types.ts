// The whole vocabulary of Qantar in one file: the fixed facts of a scenario, the state that moves
// change, the moves, the events a move reports, and what one seat may see. Rule numbers (R4.2 …)
// refer to RULES.md.

// ---------------------------------------------------------------------------------------------
// Fixed vocabulary

export const POWERS = ['russia', 'turkey', 'china'] as const;
export type Power = (typeof POWERS)[number];
export type ByPower<T> = Record<Power, T>;

export const BLOCS = ['csto', 'ots', 'sco'] as const;
export type Bloc = (typeof BLOCS)[number];
/** The bloc each power leads (R1.2). */
export const BLOC_OF: ByPower<Bloc> = { russia: 'csto', turkey: 'ots', china: 'sco' };

/** Every space the map can draw; a scenario uses all of them or a subset (Afghanistan is optional). */
export const SPACE_IDS = ['kz_west', 'kz_south', 'kz_north', 'kyrgyzstan', 'tajikistan', 'uzbekistan', 'turkmenistan', 'azerbaijan', 'georgia', 'armenia', 'afghanistan'] as const;
export type SpaceId = (typeof SPACE_IDS)[number];

/** The three regions of Kazakhstan, where the unrest track applies (R6). */
export const KAZAKHSTAN: readonly SpaceId[] = ['kz_west', 'kz_south', 'kz_north'];

export const REGIME_STATES = ['standing', 'calling', 'rescued', 'fallen'] as const;
/**
 * standing: the regime holds; calling: it has asked for outside help (R6.3); rescued: a power
 * answered (R6.4); fallen: unrest reached the top (R6.6).
 */
export type RegimeState = (typeof REGIME_STATES)[number];

export const OPERATIONS = ['place', 'stabilise', 'destabilise', 'invest', 'diplomacy'] as const;

/** The phases in which history arrives (R7.5): a card joins the draw pile when its date's phase opens. */
export const PHASES = ['early', 'crisis', 'aftermath'] as const;
export type Phase = (typeof PHASES)[number];
export type Operation = (typeof OPERATIONS)[number];

// ---------------------------------------------------------------------------------------------
// Effects: the small language in which card events and scheduled events are written (R7.3)

/** Who an effect applies to: a power, the one playing the card, or every power but it. */
export type PowerRef = Power | 'self' | 'rivals' | 'all';
/** Where an effect applies: a space, or the target the player chose when playing the event. */
export type SpaceRef = SpaceId | 'target';

export type Condition =
  | { readonly kind: 'unrestAtLeast'; readonly value: number }
  | { readonly kind: 'unrestAtMost'; readonly value: number }
  | { readonly kind: 'regimeIs'; readonly value: RegimeState }
  | { readonly kind: 'rescuedBy'; readonly power: PowerRef }
  | { readonly kind: 'controls'; readonly power: PowerRef; readonly space: SpaceRef }
  | { readonly kind: 'hasInfluence'; readonly power: PowerRef; readonly space: SpaceRef }
  | { readonly kind: 'overstretchAtLeast'; readonly value: number }
  | { readonly kind: 'otsReadyAtLeast'; readonly value: number }
  | { readonly kind: 'capitalListensTo'; readonly power: Power | null };

export type Effect =
  /** Add (or with a negative amount remove) influence; removal never goes below zero. */
  | { readonly op: 'influence'; readonly power: PowerRef; readonly space: SpaceRef; readonly amount: number }
  /** China's investment: influence that destabilisation cannot remove and regime fall keeps (R5.5). */
  | { readonly op: 'investment'; readonly space: SpaceRef; readonly amount: number }
  | { readonly op: 'unrest'; readonly amount: number }
  | { readonly op: 'overstretch'; readonly amount: number }
  | { readonly op: 'otsReadiness'; readonly amount: number }
  | { readonly op: 'vp'; readonly power: PowerRef; readonly amount: number }
  | { readonly op: 'ip'; readonly power: PowerRef; readonly amount: number }
  | { readonly op: 'tempo'; readonly power: PowerRef; readonly amount: number }
  /** Change the capital's leaning in the elite struggle (R6.7). */
  | { readonly op: 'capital'; readonly listensTo: Power | null }
  /** Open or close the CSTO route for a deployment (R6.4). */
  | { readonly op: 'cstoWilling'; readonly value: boolean }
  | { readonly op: 'stability'; readonly space: SpaceRef; readonly amount: number }
  | { readonly op: 'draw'; readonly power: PowerRef; readonly amount: number }
  | {
      readonly op: 'if';
      readonly cond: Condition;
      readonly then: readonly Effect[];
      readonly else?: readonly Effect[];
    }
  /** Roll one die (R8); the first row whose range holds the roll applies. */
  | {
      readonly op: 'roll';
      readonly rows: readonly { readonly min: number; readonly max: number; readonly effects: readonly Effect[] }[];
    };

// ---------------------------------------------------------------------------------------------
// The scenario: fixed facts, loaded once and shared by every state of a game (never mutated)

export interface SpaceDef {
  readonly id: SpaceId;
  /** How hard the space is to sway, 1–4 (R3.1). */
  readonly stability: number;
  /** Victory points for controlling it at scoring (R9.1). */
  readonly value: number;
  readonly blocs: readonly Bloc[];
  readonly turkic: boolean;
  /** Unrest near Xinjiang hurts China here (R9.4). */
  readonly nearXinjiang: boolean;
  /** Land neighbours and Caspian crossings alike; symmetric. */
  readonly neighbours: readonly SpaceId[];
}

export interface CardDef {
  readonly id: string;
  /** Operation points when played for operations, 1–4 (R5.1). */
  readonly ops: number;
  /** Whose event it is: only that power (or anyone, for 'any') may play it for the event (R7.1). */
  readonly side: Power | 'any';
  /** Spaces the player may choose as the event's 'target'; absent when the event has no target. */
  readonly targets?: readonly SpaceId[];
  /** The event may be played only while this holds. */
  readonly requires?: Condition;
  readonly effects: readonly Effect[];
  /** A one-off historical event leaves the game once played for its event (R7.2). */
  readonly removeAfterEvent: boolean;
  /** The historical note: ISO date (or date range) and the kind of source; its text is in the catalogue. */
  readonly date: string;
  readonly source: string;
}

export interface ScheduledEventDef {
  readonly id: string;
  readonly date: string;
  readonly source: string;
  readonly effects: readonly Effect[];
}

export interface RoundDef {
  /** ISO date the round opens on (R2.1). */
  readonly date: string;
  /** Scheduled events resolved at the start of the round, in order (R2.2). */
  readonly events: readonly string[];
  /** Whether the round ends with a scoring (R9). */
  readonly scoring: boolean;
}

export interface PhaseDef {
  readonly id: Phase;
  /** The round the phase opens in; its cards join the draw pile just before that round's hands are filled. */
  readonly round: number;
}

export interface ScenarioOptions {
  /** Actions each power takes in a round (R4.1). */
  readonly turnsPerRound: number;
  readonly handSize: number;
  /** Influence points a power may add to one card's operations (R5.2). */
  readonly maxBoost: number;
  readonly maxPool: number;
  /** Unrest at which the regime calls for help (R6.3). */
  readonly callThreshold: number;
  /** Victory-point lead that ends the game at a scoring (R10.2). */
  readonly suddenDeathLead: number;
  /** OTS readiness Turkey needs to answer a call for help (R6.4). */
  readonly otsReadyAt: number;
  /** Overstretch above this costs Russia points at each scoring (R9.5). */
  readonly overstretchSafe: number;
  readonly overstretchMax: number;
  /**
   * The first round from which the CSTO's council meets on a call (R6.4): at the end of a round in
   * which the regime is calling, after the unrest check, it consents if it has not yet. Null where
   * the council never does (Armenia blocks it).
   */
  readonly councilMeetsOnCallFrom: number | null;
  /**
   * OTS readiness Turkey's stabilisation builds up to (R5.7), never to a mission's (otsReadyAt);
   * null where it builds none (Armenia blocks the CSTO, where the OTS is already the only council).
   */
  readonly aidReadinessUpTo: number | null;
  /**
   * VP each power starts with by its place in round 1's order (R4.2, the komi), first to third:
   * 0 / 2 / 1 where the file says nothing; 0 / 1 / 1 in Armenia blocks the CSTO (BALANCE.md).
   */
  readonly lateStartVp: readonly number[];
  /** Deal each power a secret agenda (R9.6). */
  readonly agendas: boolean;
}

export interface PowerSetup {
  /** Influence points gained every round before any bonus (R5.3). */
  readonly baseIncome: number;
  /** IP this power may add to a card beyond the scenario's maxBoost (R5.2): China's money. */
  readonly extraBoost: number;
  readonly startPool: number;
  /** Spaces next to this power's home area (R3.3). */
  readonly homeNeighbours: readonly SpaceId[];
}

export interface AgendaDef {
  readonly id: string;
  readonly power: Power;
  readonly vp: number;
  /** Checked at the end of the game (R9.6). */
  readonly goal: Condition | { readonly kind: 'controlsAll'; readonly spaces: readonly SpaceId[] };
}

/** The card catalogue file: every card, scheduled event and agenda a scenario may name. */
export interface Catalogue {
  readonly cards: readonly CardDef[];
  readonly events: readonly ScheduledEventDef[];
  readonly agendas: readonly AgendaDef[];
}

export interface Scenario {
  readonly id: string;
  /** Spaces in play, in map order. */
  readonly spaces: readonly SpaceDef[];
  readonly powers: ByPower<PowerSetup>;
  /** Starting influence per space and power; missing entries are zero. */
  readonly startInfluence: Partial<Record<SpaceId, Partial<ByPower<number>>>>;
  readonly startInvestment: Partial<Record<SpaceId, number>>;
  readonly startUnrest: number;
  readonly startOverstretch: number;
  readonly startOtsReadiness: number;
  readonly startCapital: Power | null;
  readonly cstoWilling: boolean;
  /** Turn order of round 1 (R4.2). */
  readonly firstOrder: readonly Power[];
  readonly rounds: readonly RoundDef[];
  /** The scheduled events the rounds name (the loader keeps only those, in order of first use). */
  readonly scheduledEvents: readonly ScheduledEventDef[];
  /** Card ids of the deck; each id once. */
  readonly deck: readonly string[];
  /** The deck's phases, first opening in round 1 (R7.5); empty: every card is in the deck from the start. */
  readonly phases: readonly PhaseDef[];
  readonly cards: readonly CardDef[];
  readonly agendas: readonly AgendaDef[];
  readonly options: ScenarioOptions;
}

// ---------------------------------------------------------------------------------------------
// The game state: plain JSON, only what moves change (R-numbers in comments)

/** Operations in progress after a card was played for operations (R5). */
export interface PendingOps {
  readonly card: string;
  /** Operation points still to spend from the card. */
  pointsLeft: number;
  /** Influence points from the pool that may still be added (R5.2). */
  boostLeft: number;
  /** Operations already used, for the one-destabilise-per-card rule (R5.6). */
  destabilised: boolean;
  /** Spaces in reach when the card was played (R3.3): reach is fixed for the card's whole operations. */
  readonly reach: readonly SpaceId[];
}

export interface GameState {
  readonly scenarioId: string;
  /** The content hash of the scenario (GameHandle.hash): a save names exactly the file it was played on. */
  readonly scenarioHash: string;
  readonly seed: number;
  /** 1-based; stays at the last round played once the game is over. */
  round: number;
  over: boolean;
  /** Why the game ended (R10.1, R10.2); null while it goes on. */
  endReason: 'lastRound' | 'suddenDeath' | null;
  /** Powers in this round's order (R4.2). */
  order: Power[];
  /** Index into `order` of the power to act. */
  turn: number;
  actionsTaken: ByPower<number>;
  pending: PendingOps | null;
  influence: Record<SpaceId, ByPower<number>>;
  /** China's investment, a part of its influence that is hard to remove (R5.5). */
  investment: Record<SpaceId, number>;
  /** Changes to a space's stability made by events. */
  stabilityShift: Record<SpaceId, number>;
  unrest: number;
  regime: RegimeState;
  rescuedBy: Power | null;
  /** Round in which the regime called, for the debrief; 0 when it has not. */
  calledInRound: number;
  /**
   * A power asked to decide out of turn (R6.4): Russia, the moment the call opens, if it may answer.
   * While it is set that power is the one to act, and unrest cannot bring the regime down.
   */
  interrupt: Power | null;
  /** Unrest each power's cards and operations have raised, less what its stabilising took back: who pays for a fall (R6.5). */
  agitation: ByPower<number>;
  capital: Power | null;
  cstoWilling: boolean;
  overstretch: number;
  otsReadiness: number;
  /** Influence points in each power's pool (R5.3). */
  pool: ByPower<number>;
  vp: ByPower<number>;
  /** Tempo earned this round; it sets next round's order (R4.2). */
  tempo: ByPower<number>;
  hands: ByPower<string[]>;
  /** Draw pile, top first. Secret. */
  deck: string[];
  /** Cards whose phase has not begun yet (R7.5), in the order they join the draw pile. Public: every card's date is. */
  future: string[];
  discard: string[];
  removed: string[];
  agendas: ByPower<string | null>;
  /** Seeded generator state (pure-rand xoroshiro128plus). Secret. */
  rng: number[];
  /** Every victory point scored so far with its reason (R9), so a result can explain each point. */
  scoreLog: ScoreLine[];
  /** Moves applied so far, for statistics. */
  moveCount: number;
}

// ---------------------------------------------------------------------------------------------
// Moves: what a seat may send. Every move names its power; the kernel checks it is that power's turn.

export type Move =
  | { readonly type: 'playOps'; readonly power: Power; readonly card: string }
  | { readonly type: 'playEvent'; readonly power: Power; readonly card: string; readonly target?: SpaceId }
  | { readonly type: 'place'; readonly power: Power; readonly space: SpaceId }
  | { readonly type: 'stabilise'; readonly power: Power; readonly space: SpaceId }
  | { readonly type: 'destabilise'; readonly power: Power; readonly space: SpaceId; readonly rival: Power }
  | { readonly type: 'invest'; readonly power: Power; readonly space: SpaceId }
  | { readonly type: 'diplomacy'; readonly power: Power; readonly space: SpaceId }
  | { readonly type: 'endOps'; readonly power: Power }
  | { readonly type: 'answerCall'; readonly power: Power }
  /** Let the call pass when asked out of turn (R6.4); the call stays open. */
  | { readonly type: 'declineCall'; readonly power: Power }
  | { readonly type: 'pass'; readonly power: Power };
/** Every move type, in the order the legal-move list gives them; the list and the union are checked to agree. */
export const MOVE_TYPES = ['playOps', 'playEvent', 'place', 'stabilise', 'destabilise', 'invest', 'diplomacy', 'endOps', 'answerCall', 'declineCall', 'pass'] as const;
export type MoveType = (typeof MOVE_TYPES)[number];
/** A move of type T. */
export type MoveOf<T extends MoveType> = Extract<Move, { readonly type: T }>;
/** The operation steps of a card played for operations (R5): one per operation, each naming a space. */
export type OperationMove = MoveOf<Operation>;
// Compile-time proof that MOVE_TYPES lists exactly the union's types and OPERATIONS are among them:
// these aliases fail to compile if either drifts.
type Holds<T extends true> = T;
export type MoveTypesListed = Holds<[Move['type']] extends [MoveType] ? ([MoveType] extends [Move['type']] ? true : false) : false>;
export type OperationsAreMoves = Holds<[Operation] extends [MoveType] ? true : false>;

export const REJECTIONS = [
  'gameOver',
  'notYourTurn',
  'malformed',
  'unknownCard',
  'notInHand',
  'wrongSide',
  'eventNotAllowed',
  'badTarget',
  'opsPending',
  'noOpsPending',
  'cannotAfford',
  'unreachable',
  'notAllowedForPower',
  'alreadyDestabilised',
  'noRival',
  'noCall',
  'cannotAnswer',
  'mustPlay',
  'wrongScenario',
  'mustAnswerOrDecline',
] as const;
export type RejectionCode = (typeof REJECTIONS)[number];

// ---------------------------------------------------------------------------------------------
// Messages: what the kernel and the bots say to a person, as codes; words are made at the edge

/** Params of a message: ids (powers, spaces, cards, events) and numbers; `count` picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A catalogue key and its params, e.g. { key: 'move.place', params: { power: 'russia', space: 'kz_west' } }. */
export interface Message {
  readonly key: string;
  readonly params: MessageParams;
}

// ---------------------------------------------------------------------------------------------
// Log events: public, append-only, never a secret (no drawn card ids)

/** Why points were scored; one entry per reason so the log and debrief can explain every point. */
export type VpReason =
  | 'control'
  | 'bloc'
  | 'answeredCall'
  | 'regimeFell'
  /** The power that stirred the most unrest pays for the fall (R6.5). */
  | 'fallBlame'
  | 'stabilityDividend'
  /** Turkey's voice in the Turkic world, once OTS readiness backs its statements (R9.4). */
  | 'otsVoice'
  | 'xinjiangUnrest'
  | 'overstretch'
  | 'orderRestored'
  /** Acting last in round 1 (R4.2). */
  | 'lateStart'
  /** The capital listens to this power at a scoring (R9.3). */
  | 'capitalFavour'
  /** Stabilising while the protests feed on themselves (R5.7). */
  | 'calmedUnrest'
  | 'agenda'
  | 'event';

/** Who moved the unrest track: a power's card or operation, a scheduled event, the end-of-round check, or the fall's reset (R6). */
export type UnrestCause = Power | 'scheduled' | 'check' | 'fall';

export type GameEvent =
  | { readonly kind: 'roundStarted'; readonly round: number; readonly date: string; readonly order: readonly Power[] }
  | { readonly kind: 'scheduledEvent'; readonly id: string }
  | { readonly kind: 'income'; readonly power: Power; readonly amount: number; readonly pool: number }
  | { readonly kind: 'cardPlayed'; readonly power: Power; readonly card: string; readonly mode: 'ops' | 'event'; readonly target?: SpaceId }
  | { readonly kind: 'influenceChanged'; readonly power: Power; readonly space: SpaceId; readonly from: number; readonly to: number }
  | { readonly kind: 'investmentChanged'; readonly space: SpaceId; readonly from: number; readonly to: number }
  | { readonly kind: 'controlChanged'; readonly space: SpaceId; readonly from: Power | null; readonly to: Power | null }
  | { readonly kind: 'unrestChanged'; readonly from: number; readonly to: number; readonly cause: UnrestCause }
  | { readonly kind: 'regimeChanged'; readonly from: RegimeState; readonly to: RegimeState; readonly by?: Power }
  | { readonly kind: 'callAnswered'; readonly power: Power }
  /** The call opened and `power` is asked at once, out of turn (R6.4). */
  | { readonly kind: 'interruptOpened'; readonly power: Power }
  /** R6.4: the CSTO's council met at the end of the round of the call and consented. */
  | { readonly kind: 'councilMetOnCall' }
  | { readonly kind: 'callDeclined'; readonly power: Power }
  /** A rival's card played for operations: its event happened for its own side first (R7.1). */
  | { readonly kind: 'rivalEvent'; readonly card: string; readonly power: Power; readonly for: Power }
  /** A new phase's cards joined the draw pile (R7.5). */
  | { readonly kind: 'cardsEntered'; readonly round: number; readonly count: number }
  /** The culprit of a fall: who stirred the most unrest (R6.5). */
  | { readonly kind: 'fallBlamed'; readonly powers: readonly Power[] }
  | { readonly kind: 'capitalChanged'; readonly from: Power | null; readonly to: Power | null }
  | {
      readonly kind: 'trackChanged';
      readonly track: 'overstretch' | 'otsReadiness' | 'stability' | 'cstoWilling';
      readonly from: number;
      readonly to: number;
      readonly space?: SpaceId;
    }
  | { readonly kind: 'dieRolled'; readonly power: Power | null; readonly roll: number; readonly purpose: 'destabilise' | 'event' }
  | { readonly kind: 'vp'; readonly power: Power; readonly amount: number; readonly reason: VpReason; readonly space?: SpaceId; readonly detail?: string }
  | { readonly kind: 'poolChanged'; readonly power: Power; readonly from: number; readonly to: number }
  | { readonly kind: 'tempoChanged'; readonly power: Power; readonly amount: number }
  | { readonly kind: 'cardsDrawn'; readonly power: Power; readonly count: number }
  | { readonly kind: 'deckReshuffled'; readonly size: number }
  | { readonly kind: 'passed'; readonly power: Power }
  | { readonly kind: 'opsEnded'; readonly power: Power; readonly unused: number }
  | { readonly kind: 'scoring'; readonly round: number; readonly vp: ByPower<number> }
  | { readonly kind: 'gameOver'; readonly reason: 'lastRound' | 'suddenDeath'; readonly winner: Power | null };

/** What a rejection's message needs, as codes (ids and numbers); words are made at the edge. */
// A type, not an interface, so that it fits MessageParams (an interface has no implicit index signature).
export type RejectionParams = {
  readonly power?: Power;
  readonly active?: Power;
  readonly side?: Power;
  readonly card?: string;
  readonly space?: SpaceId;
  readonly cost?: number;
};

export interface Rejection {
  readonly ok: false;
  readonly code: RejectionCode;
  readonly params: RejectionParams;
}

export type ApplyResult = { readonly ok: true; readonly state: GameState; readonly events: readonly GameEvent[] } | Rejection;

// ---------------------------------------------------------------------------------------------
// What one seat may know (R11): its own hand and agenda, counts of everything else that is secret

/** The seed is left out too: with it anyone could deal the game again and read every hand (R11). */
export interface SeatView extends Omit<GameState, 'hands' | 'deck' | 'future' | 'rng' | 'agendas' | 'seed'> {
  readonly seat: Power;
  readonly hand: readonly string[];
  readonly handCounts: ByPower<number>;
  readonly deckCount: number;
  readonly agenda: string | null;
  /** Whether each power holds an agenda (not which). */
  readonly hasAgenda: ByPower<boolean>;
  /** Derived public facts, so a screen never recomputes the rules: who controls each space (R3.1)… */
  readonly control: Readonly<Record<SpaceId, Power | null>>;
  /** …and each space's stability after event changes (R3.2)… */
  readonly stability: Readonly<Record<SpaceId, number>>;
  /** …the tie-break keys after VP (R10.3): value of the spaces each power controls, its influence on the board… */
  readonly tieBreak: ByPower<{ readonly value: number; readonly influence: number }>;
  /** …and the deck's phase now open (R7.5), null in a scenario without phases. */
  readonly phase: Phase | null;
}

// ---------------------------------------------------------------------------------------------
// The result of a finished (or current) game

export interface ScoreLine {
  readonly power: Power;
  readonly amount: number;
  readonly reason: VpReason;
  readonly round: number;
  readonly space?: SpaceId;
  readonly detail?: string;
}

export interface GameResult {
  readonly vp: ByPower<number>;
  /** null for a draw after every tie-break (R10.3). */
  readonly winner: Power | null;
  readonly reason: 'lastRound' | 'suddenDeath' | 'inProgress';
  /** Powers from first to last after tie-breaks. */
  readonly ranking: readonly Power[];
}
