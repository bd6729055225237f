// What the browser client may use of the game: the boardgame.io Game and its local transport, the
// bots as seats run them, and the part of the rules kernel a screen needs (vocabulary, views,
// legal moves, checks, the text form and description of moves, the bundled scenarios). A lint rule
// keeps src/client on this module, so a screen can never reach into the rules or the bots.
export { makeQantarGame, moveArgs, type LogEntry, type QantarClientG, type QantarG, type QantarSetup } from './game.js';
export { localWithoutSecrets } from './local.js';
export { powerOfSeat, seatOfPower, SEAT_IDS, type SeatId } from './seats.js';
export { botRng, bundledGameOf, chooseBotMove, type BotReply, type BotRequest, type Explanation } from './bots.js';
export { BOT_NAMES, type BotName } from '../ai/index.js';
export {
  activeSeat,
  bundledGame,
  checkMoveInView,
  describeMove,
  isOperation,
  isScenarioId,
  legalMovesForView,
  moveId,
  parseMove,
  parseMoveId,
  RULES_EDITION,
  sameMove,
  SCENARIO_IDS,
  BLOCS,
  KAZAKHSTAN,
  MOVE_TYPES,
  OPERATIONS,
  POWERS,
  REGIME_STATES,
  REJECTIONS,
  SPACE_IDS,
  type Bloc,
  type ByPower,
  type CardDef,
  type GameEvent,
  type GameHandle,
  type GameResult,
  type Message,
  type MessageParams,
  type Move,
  type MoveType,
  type Operation,
  type Power,
  type RegimeState,
  type Rejection,
  type RejectionCode,
  type Scenario,
  type ScenarioId,
  type ScoreLine,
  type SeatView,
  type SpaceDef,
  type SpaceId,
  type VpReason,
} from '../rules/index.js';
