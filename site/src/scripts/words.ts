/**
 * The words the script shows, in the page's language: the form carries them (data-words, drawn
 * from the catalogue by the same renderer as the page), so the script holds no copy of any
 * language. English is the fallback for a page without them.
 */
const ENGLISH = {
  continue: 'Continue',
  sending: 'Sending',
  send: 'Send',
  checkTitle: 'Check your answers before sending',
  checkPageTitle: 'Check your answers',
  change: 'Change',
  notAnswered: 'Not answered',
  nowSend: 'Now send your {noun}',
  explain:
    'Check your answers are right. When you select Send, they go to the team and cannot be changed online.',
  errorPrefix: 'Error: ',
  errorsTitle: 'There is a problem',
  errorHidden: 'Error:',
  unanswered: 'Answer this question',
};

export type ScriptWords = typeof ENGLISH;

export const wordsOf = (form: HTMLElement | null | undefined): ScriptWords => {
  try {
    return { ...ENGLISH, ...(JSON.parse(form?.dataset.words ?? '{}') as Partial<ScriptWords>) };
  } catch {
    return ENGLISH;
  }
};

/** The page's language ("en", "cy"), as its <html lang> says. */
export const pageLanguage = (): string => document.documentElement.lang || 'en';
