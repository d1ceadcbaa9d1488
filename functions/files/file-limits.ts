import type { FileSettings } from '../config/schema.ts';
import type { Language } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';

/** Each kind's limit in a person's words, said before a file is chosen (the page without script). */
export const fileLimits = (language: Language, settings: FileSettings): string =>
  t(language, 'files.limits', {
    photo: settings.photoMb,
    document: settings.documentMb,
    audio: settings.audioMb,
  });
