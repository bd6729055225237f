// Hotseat privacy: who may see private facts (a hand, an agenda) on the shared screen, and when a
// handoff screen must hide everything first. Pure rules, tested in tests/client/handoff.test.ts.
import { POWERS, type ByPower, type Power } from '../game/index.js';
import type { SeatKind } from './types.js';

export function humanSeats(seats: ByPower<SeatKind>): Power[] {
  return POWERS.filter((p) => seats[p] === 'human');
}

export interface ScreenInput {
  readonly seats: ByPower<SeatKind>;
  /** The seat to act; null once the game is over. */
  readonly active: Power | null;
  readonly over: boolean;
  /** The human seat that last confirmed it sits at the screen, or null. */
  readonly unlocked: Power | null;
}

export interface Screen {
  /** The seat whose private facts may be drawn now. */
  readonly viewer: Power | null;
  /** A handoff screen to show before anything private of this seat appears. */
  readonly handoff: Power | null;
}

/**
 * - The game is over: nobody's hand is shown (the debrief needs none).
 * - No human: a spectator sees the board only.
 * - One human: nobody else shares the screen, so that seat's hand is always shown.
 * - Two or three humans: a human seat sees its hand only after a handoff screen it confirmed,
 *   and only while it is the seat to act; during a bot's turn no hand is shown.
 */
export function screenFor(input: ScreenInput): Screen {
  if (input.over) return { viewer: null, handoff: null };
  const humans = humanSeats(input.seats);
  if (humans.length === 0) return { viewer: null, handoff: null };
  if (humans.length === 1) return { viewer: humans[0] ?? null, handoff: null };
  const active = input.active;
  if (active === null || input.seats[active] !== 'human') return { viewer: null, handoff: null };
  if (input.unlocked === active) return { viewer: active, handoff: null };
  return { viewer: null, handoff: active };
}

/**
 * The unlocked seat after the seat to act changed. With two or more humans a bot's turn (or the
 * end) locks the screen again, so even the same player must confirm before their hand reappears.
 */
export function relock(seats: ByPower<SeatKind>, unlocked: Power | null, active: Power | null): Power | null {
  if (humanSeats(seats).length < 2) return unlocked;
  if (active === null || seats[active] !== 'human') return null;
  return unlocked;
}
