// Which victory points are the crisis's (GAME-DESIGN.md, Design targets: "the crisis matters").
// One list, so the rules can later adopt it (kernel and RULES.md) by moving this file, not by
// finding every place that decides.
import type { ScoreLine } from '../rules/index.js';

/**
 * The crisis sources: VP reasons that only the crisis in Kazakhstan pays (answering R6.4, order
 * restored and the fall R9.3, calming spreading protests R5.7, the capital's favour R9.3, China's dividend and Xinjiang penalty R9.4, overstretch R9.5), and
 * as "agenda:<id>" the secret agendas that pay for the crisis's outcome (Russia's or Turkey's rescue, OTS readiness,
 * a quiet Kazakhstan), and as "event:<id>" the cards and scheduled events whose points are the crisis's: they pay for, or
 * on, the regime's state, the rescuer, unrest, overstretch or OTS readiness. Not here: control,
 * bloc, agendas and events that pay for the map (the Middle Corridor pays for Azerbaijan).
 */
export const CRISIS_SOURCES = [
  'answeredCall',
  'orderRestored',
  'calmedUnrest',
  'capitalFavour',
  'regimeFell',
  'fallBlame',
  'stabilityDividend',
  'otsVoice',
  'xinjiangUnrest',
  'overstretch',
  'agenda:csto_credibility',
  'agenda:turkic_unity',
  'agenda:ots_mission',
  'agenda:quiet_border',
  'event:colour_revolution_rhetoric',
  'event:peacekeepers_guard_strategic_sites',
  'event:ots_extraordinary_meeting',
  'event:xi_verbal_message',
  'event:akar_kazakh_brothers',
  'event:tokayev_thanks_the_csto',
  'event:wang_yi_calls',
  'event:xi_c5_summit',
  'event:khorgos_trade_resumes',
  'event:eu_parliament_resolution',
  'event:troops_near_ukraine',
  'event:csto_council_convenes',
  'event:csto_mission_accomplished',
] as const;

const SOURCES: ReadonlySet<string> = new Set(CRISIS_SOURCES);

/** The source a line of points counts under: its reason, or "event:<id>" for an event's points. */
export function sourceOf(line: Pick<ScoreLine, 'detail'> & { readonly reason: string }): string {
  return line.reason === 'event' && line.detail ? `event:${line.detail}` : line.reason;
}

/** The crisis source of a line as the crisis share counts it: an agenda by its id ("agenda:<id>"), else sourceOf. */
function crisisKeyOf(line: Pick<ScoreLine, 'detail'> & { readonly reason: string }): string {
  return line.reason === 'agenda' && line.detail ? `agenda:${line.detail}` : sourceOf(line);
}

/** Whether these points came from the crisis. */
export function isCrisisSource(line: Pick<ScoreLine, 'detail'> & { readonly reason: string }): boolean {
  return SOURCES.has(crisisKeyOf(line));
}
