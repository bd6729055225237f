// The client's own vocabulary: how a game was set up, what is saved, what the screens receive.
// No Phaser and no DOM here, so the controller and its rules can be tested headless.
import type { ByPower, Explanation, LogEntry, Message, Move, Power, Scenario, SeatView } from '../game/index.js';

export const SEAT_KINDS = ['human', 'easy', 'medium', 'hard'] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];
export type BotLevel = Exclude<SeatKind, 'human'>;

export interface GameConfig {
  readonly scenarioId: string;
  readonly seed: number;
  readonly agendas: boolean;
  readonly seats: ByPower<SeatKind>;
}

/** One step of a game: a seat's move, and the bot's reason (as codes) when a bot made it. */
export interface SaveStep {
  readonly move: Move;
  readonly explanation?: Explanation;
}

/** What the controller answers to an intent: done, or why not as a message (words are made on screen). */
export type ActResult = { readonly ok: true } | { readonly ok: false; readonly error: Message };

/** A whole game: replaying `steps` on (scenario, seed, options) gives the same game (STYLE §13). */
export interface SaveFile {
  readonly format: 'qantar-save';
  /** The file layout's version (see save-schema.ts). */
  readonly version: 1;
  /** The rules edition the game was played under (RULES_VERSION); null when the save predates editions. */
  readonly rulesVersion: number | null;
  readonly config: GameConfig;
  readonly steps: readonly SaveStep[];
}

/** Everything on the board that every seat may see (R11): a seat view without hand and agenda. */
export type PublicView = Omit<SeatView, 'seat' | 'hand' | 'agenda'>;

/** A log entry as the screens show it: the kernel's step plus the bot's explanation. */
export interface UiLogEntry extends LogEntry {
  /** Position in the game's log (0 is the setup). */
  readonly index: number;
  readonly explanation?: Explanation;
}

/**
 * What the screens draw. Only the viewer's own hand and agenda are here, and only when the
 * handoff rules allow the viewer's private facts on screen; never another seat's.
 */
export interface UiModel {
  readonly config: GameConfig;
  /** The scenario's fixed facts (map, rounds, cards): immutable, shared by every model of the game. */
  readonly scenario: Scenario;
  readonly board: PublicView;
  /** The seat whose private facts are on screen, or null (handoff, bots, spectators, the end). */
  readonly viewer: Power | null;
  readonly hand: readonly string[] | null;
  readonly agenda: string | null;
  /** The seat to act, or null when the game is over. */
  readonly active: Power | null;
  /** A handoff screen must be acknowledged before `to` may see its hand. */
  readonly handoff: { readonly to: Power } | null;
  /** A bot seat that is choosing its move. */
  readonly thinking: Power | null;
  /** Legal moves of the viewer when it is the viewer's turn; empty otherwise. */
  readonly legal: readonly Move[];
  readonly log: readonly UiLogEntry[];
  readonly canUndo: boolean;
  readonly over: boolean;
  /** Number of moves played. */
  readonly steps: number;
}
