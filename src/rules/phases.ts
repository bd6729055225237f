// R7.5: history arrives in phases. A card belongs to the last phase that has opened by its date (a
// card dated after the last round is an aftermath card), and joins the draw pile just before the
// hands are filled for its phase's first round, so no card is played before its time has come.
import type { GameHandle } from './handle.js';
import type { CardDef, PhaseDef, Scenario } from './types.js';

/** The first day a card's note gives ("2022-01-06/2022-01-07" → "2022-01-06"). */
function firstDay(date: string): string {
  return date.split('/')[0] ?? date;
}

/** The phase a card belongs to, or null when the scenario has no phases (every card from the start). */
export function phaseOf(scenario: Scenario, card: CardDef): PhaseDef | null {
  let found: PhaseDef | null = scenario.phases[0] ?? null;
  for (const phase of scenario.phases) {
    const opens = scenario.rounds[phase.round - 1]?.date ?? '';
    if (opens <= firstDay(card.date)) found = phase;
  }
  return found;
}

/** The round in which a card can first be in a hand (R7.5): its phase's opening round, or 1. */
export function entryRound(ix: GameHandle, cardId: string): number {
  return ix.entryRounds.get(cardId) ?? 1;
}

/** The phase open in `round` (null without phases). */
export function phaseAt(scenario: Scenario, round: number): PhaseDef | null {
  let open: PhaseDef | null = null;
  for (const phase of scenario.phases) if (phase.round <= round) open = phase;
  return open;
}
