// boardgame.io names seats '0', '1', '2'; the rules name powers. The mapping lives here only.
import { POWERS, type Power } from '../rules/index.js';

export const SEAT_IDS = ['0', '1', '2'] as const;
export type SeatId = (typeof SEAT_IDS)[number];

export function powerOfSeat(playerID: string | null | undefined): Power | null {
  const index = SEAT_IDS.indexOf(playerID as SeatId);
  return index >= 0 ? (POWERS[index] as Power) : null;
}

export function seatOfPower(power: Power): SeatId {
  return SEAT_IDS[POWERS.indexOf(power)] as SeatId;
}
