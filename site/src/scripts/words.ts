import type { ScriptWords } from '../../../functions/pages/script-words.ts';

export type { ScriptWords };

/**
 * The words the script shows, in the page's language: the form carries them (data-words, drawn
 * from the catalogue by functions/pages/script-words.ts), so the script holds no copy of any
 * language. Without them there is nothing to say, and the form is left to work without script.
 */
export const wordsOf = (form: HTMLElement | null | undefined): ScriptWords | undefined => {
  try {
    const words = JSON.parse(form?.dataset.words ?? 'null') as ScriptWords | null;
    return words && typeof words.continue === 'string' ? words : undefined;
  } catch {
    return undefined;
  }
};

/** The page's language ("en", "cy"), as its <html lang> says. */
export const pageLanguage = (): string => document.documentElement.lang || 'en';
