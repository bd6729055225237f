// What a save can be opened as, by the rules edition it was written under: a save of this edition
// can be played on or watched; one of another edition may not play out the same any more, so it
// opens only as a replay, and only if every one of its moves still applies; otherwise it is
// refused with a message that names its edition.
import { say, t } from '../i18n/catalogue.js';
import type { ReplayFailure, ReplayFrame } from './replay.js';
import { RULES_VERSION } from './rules-version.js';
import type { ParsedSave } from './save.js';
import { saveProblemText } from './save-schema.js';
import type { SaveFile } from './types.js';

export type SaveOpening =
  /** Written under these rules: the player may resume it or watch it. */
  | { readonly kind: 'current'; readonly save: SaveFile }
  /** Written under other rules, and every move still applies: watch only, with a note that says why. */
  | { readonly kind: 'replay'; readonly save: SaveFile; readonly frames: readonly ReplayFrame[]; readonly note: string }
  | { readonly kind: 'refused'; readonly message: string };

/** "edition 2", or "an unnumbered edition" for saves from before editions were recorded. */
export function editionName(rulesVersion: number | null): string {
  return rulesVersion === null ? t('ui.save.edition.unnumbered') : t('ui.save.edition.numbered', { version: rulesVersion });
}

/**
 * Decide how to open `parsed`. `replay` re-runs a save on a fresh match (buildReplay), and is only
 * called for a save of another edition.
 */
export async function openSave(parsed: ParsedSave, replay: (save: SaveFile) => Promise<readonly ReplayFrame[] | ReplayFailure>): Promise<SaveOpening> {
  if (!parsed.ok) {
    const detail = saveProblemText(parsed.problem);
    const other = parsed.rulesVersion !== undefined && parsed.rulesVersion !== RULES_VERSION;
    return {
      kind: 'refused',
      message: other ? t('ui.save.edition.unreadable', { edition: editionName(parsed.rulesVersion ?? null), current: RULES_VERSION, detail }) : t('ui.error.import', { detail }),
    };
  }
  const save = parsed.save;
  if (save.rulesVersion === RULES_VERSION) return { kind: 'current', save };
  const edition = editionName(save.rulesVersion);
  const frames = await replay(save);
  if ('reason' in frames) {
    return { kind: 'refused', message: t('ui.save.edition.noReplay', { edition, current: RULES_VERSION, step: frames.step, reason: say(frames.reason) }) };
  }
  return { kind: 'replay', save, frames, note: t('ui.save.edition.replayOnly', { edition, current: RULES_VERSION }) };
}
