// The setup screen's notice about a game kept in this browser that cannot be resumed (a damaged
// text, a save of another rules edition, or moves the rules now refuse). Nothing a person played
// is thrown away unasked: the notice offers the stored text, byte for byte, as a download, and the
// text stays in storage until a new game starts or the player dismisses the notice.
import { t } from '../../i18n/catalogue.js';
import { h } from '../dom.js';
import { RULES_VERSION } from '../rules-version.js';
import type { StoredProblem } from '../save.js';
import { editionName } from '../save-edition.js';
import { saveProblemText } from '../save-schema.js';

/** Why the stored game cannot be resumed, in words. */
export function storedProblemText(problem: StoredProblem): string {
  switch (problem.code) {
    case 'unreadable': {
      const detail = saveProblemText(problem.problem);
      const version = problem.rulesVersion;
      return version !== undefined && version !== RULES_VERSION
        ? t('ui.save.edition.unreadable', { edition: editionName(version ?? null), current: RULES_VERSION, detail })
        : t('ui.setup.stored.damaged', { detail });
    }
    case 'otherEdition':
      return t('ui.setup.stored.otherEdition', { edition: editionName(problem.rulesVersion), current: RULES_VERSION });
    case 'notResumed':
      return t('ui.setup.stored.notResumed', { reason: problem.reason });
  }
}

export interface StoredNoticeOptions {
  readonly text: string;
  readonly problem: StoredProblem;
  /** Forget the stored text (the player has read the notice and does not want it). */
  readonly onDismiss: () => void;
}

export function renderStoredNotice(opts: StoredNoticeOptions): HTMLElement {
  const url = URL.createObjectURL(new Blob([opts.text], { type: 'application/json' }));
  const notice = h(
    'div',
    { class: 'stored-notice', id: 'stored-notice', role: 'alert' },
    h('h2', {}, t('ui.setup.stored.title')),
    h('p', { id: 'stored-problem' }, storedProblemText(opts.problem)),
    h('p', { class: 'help' }, t('ui.setup.stored.kept')),
    h(
      'div',
      { class: 'stored-actions' },
      h('a', { class: 'btn primary', id: 'stored-download', href: url, download: 'qantar-stored-game.json' }, t('ui.setup.stored.download')),
      h(
        'button',
        {
          class: 'btn',
          type: 'button',
          id: 'stored-dismiss',
          onclick: () => {
            URL.revokeObjectURL(url);
            opts.onDismiss();
          },
        },
        t('ui.setup.stored.dismiss'),
      ),
    ),
  );
  return notice;
}
