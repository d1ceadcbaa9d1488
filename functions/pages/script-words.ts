import type { ServiceConfig } from '../config/schema.ts';
import type { Language } from '../i18n/languages.ts';
import { t, type UiKey } from '../i18n/ui.ts';

/**
 * The words the browser script shows (Continue, Check your answers, the error summary's frame),
 * by the catalogue key each comes from. The form carries them in its language as data-words, so
 * the script holds no copy of any language; a page without them is simply not enhanced.
 */
const SCRIPT_WORD_KEYS = {
  continue: 'form.continue',
  sending: 'form.sending',
  send: 'form.send',
  unavailable: 'form.unavailable',
  tooMany: 'form.tooMany',
  checkTitle: 'check.title',
  checkPageTitle: 'check.pageTitle',
  change: 'check.change',
  notAnswered: 'check.notAnswered',
  nowSend: 'check.nowSend',
  explain: 'check.explain',
  errorPrefix: 'page.errorPrefix',
  errorsTitle: 'errors.title',
  errorHidden: 'errors.hidden',
  unanswered: 'errors.unanswered',
  // Slice 22-evidence: uploads on the page.
  filesAttached: 'files.attached',
  fileUploading: 'files.uploading',
  fileUploaded: 'files.uploaded',
  fileRemove: 'files.remove',
  fileFailed: 'files.notUploaded',
} as const satisfies Record<string, UiKey>;

export type ScriptWords = Record<keyof typeof SCRIPT_WORD_KEYS, string>;

/** The script's words in a language, as the form's data-words attribute holds them. */
export const scriptWords = (language: Language, config: ServiceConfig): string =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(SCRIPT_WORD_KEYS).map(([name, key]) => [
        name,
        // {noun} in nowSend is filled by the script from the form's data-noun.
        t(language, key, { phone: config.contact.phone, hours: config.contact.hours }),
      ]),
    ),
  );
