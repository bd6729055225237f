// Saves leaving and entering the browser as files: the export download, reading an imported file
// (opened by its rules edition, see save-edition.ts), and the dialog that asks whether to resume
// the imported game or watch its replay.
import { t } from '../i18n/catalogue.js';
import { h, replace } from './dom.js';
import { buildReplay, type ReplayFailure, type ReplayFrame } from './replay.js';
import { parseSave, serialiseSave } from './save.js';
import { openSave } from './save-edition.js';
import { gameById } from './scenarios.js';
import type { SaveFile } from './types.js';

/** Download `save` as a JSON file named after its scenario, seed and length. */
export function downloadSave(save: SaveFile): void {
  const blob = new Blob([serialiseSave(save)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: `qantar-${save.config.scenarioId}-seed${save.config.seed}-${save.steps.length}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download asynchronously: keep the URL alive a moment.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface ImportHandlers {
  /** The file was unreadable, not a save, or of another rules edition that no longer replays; `message` says why. */
  readonly onError: (message: string) => void;
  /** A save of this rules edition: the player chooses to resume or watch it. */
  readonly onSave: (save: SaveFile) => void;
  /** A save of another rules edition that still replays: it opens as a replay; `note` says why only that. */
  readonly onReplayOnly: (save: SaveFile, frames: readonly ReplayFrame[], note: string) => void;
}

/** A save re-run on a fresh match, for a save of another rules edition. */
function replayOf(save: SaveFile): Promise<readonly ReplayFrame[] | ReplayFailure> {
  const game = gameById(save.config.scenarioId);
  if (!game) return Promise.resolve({ step: 0, reason: { key: 'ui.error.scenario', params: { id: save.config.scenarioId } } });
  return buildReplay(save, game);
}

/** Read the file chosen in `input` (and empty the input, so the same file can be chosen again). */
export async function importSaveFile(input: HTMLInputElement, handlers: ImportHandlers): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const parsed = parseSave(await file.text(), (id) => gameById(id) !== undefined);
  const opening = await openSave(parsed, replayOf);
  if (opening.kind === 'refused') handlers.onError(opening.message);
  else if (opening.kind === 'replay') handlers.onReplayOnly(opening.save, opening.frames, opening.note);
  else handlers.onSave(opening.save);
}

export interface ImportChoices {
  readonly onResume: (save: SaveFile) => void;
  readonly onReplay: (save: SaveFile) => void;
}

/** Ask in `dialog` what to do with an imported save. */
export function askImport(dialog: HTMLDialogElement, save: SaveFile, choices: ImportChoices): void {
  replace(
    dialog,
    h('h2', {}, t('ui.import.title', { scenario: t(`scenario.${save.config.scenarioId}.title`), seed: save.config.seed, count: save.steps.length })),
    h(
      'div',
      { class: 'dialog-actions' },
      h(
        'button',
        {
          class: 'btn primary',
          id: 'import-resume',
          onclick: () => {
            dialog.close();
            choices.onResume(save);
          },
        },
        t('ui.import.resume'),
      ),
      h(
        'button',
        {
          class: 'btn',
          id: 'import-replay',
          onclick: () => {
            dialog.close();
            choices.onReplay(save);
          },
        },
        t('ui.import.replay'),
      ),
      h('button', { class: 'btn', onclick: () => dialog.close() }, t('ui.import.cancel')),
    ),
  );
  dialog.showModal();
}
