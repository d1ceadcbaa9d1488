import type { Option } from './option.ts';
import type { Answers, ClosingNote, ContactRules, Question, ShowIf } from './types.ts';

/** Builds options from [value, label] pairs. */
export const options = (...pairs: [string, string][]): Option[] =>
  pairs.map(([value, label]) => ({ value, label }));

export const YES_NO_NOT_SURE = options(['yes', 'Yes'], ['no', 'No'], ['not-sure', 'Not sure']);
export const YES_MAYBE_NO = options(['yes', 'Yes'], ['maybe', 'Maybe'], ['no', 'No']);

export const SAFE_WAYS = options(
  ['phone', 'Phone call'],
  ['voicemail', 'Voicemail – we may leave a message'],
  ['text', 'Text message'],
  ['email', 'Email'],
  ['letter', 'Letter'],
);

export const SAFE_WAYS_QUESTION = 'safeWays';

/** True when the person marked this way of contact as safe. */
export const markedSafe = (answers: Answers, way: string): boolean => {
  const ways = answers[SAFE_WAYS_QUESTION];
  return Array.isArray(ways) && ways.includes(way);
};

/**
 * The choice to get a confirmation email. Nothing chosen counts as no: a confirmation goes only to
 * someone who asked for one, so nobody can make the service email an address they typed in.
 */
export const confirmationQuestion = ({
  id,
  showIf,
  label = 'Do you want a confirmation email?',
  hint,
}: Pick<Question, 'id'> & { showIf: ShowIf; label?: string; hint: string }): Question => ({
  id,
  type: 'radios',
  label,
  hint,
  required: false,
  options: options(['yes', 'Yes, email me my reference number'], ['no', 'No']),
  errorName: 'whether you want a confirmation email',
  showIf,
});

/** What every confirmation question's hint ends with: what the email says, and what it does not. */
export const CONFIRMATION_HINT =
  'It only gives your reference number. Its subject and sender do not say who it is from or what it is about, and it does not repeat your answers.';

/** True when the person chose yes on that confirmation question (no answer is no). */
export const askedForConfirmation = (answers: Answers, questionId: string): boolean =>
  answers[questionId] === 'yes';

/**
 * The contact rules of a form whose person asks for themselves: a confirmation only to an email
 * address they marked safe, and only if they asked for one (nuisance report, Case Review).
 */
export const ownSafeEmailContact = (): ContactRules => ({
  safeWaysQuestion: SAFE_WAYS_QUESTION,
  confirmationEmail: (a) =>
    markedSafe(a, 'email') && askedForConfirmation(a, 'wantsConfirmation')
      ? textAnswer(a, 'email')
      : undefined,
  whenEmailed:
    'We only send a confirmation email if you asked for one and said email is a safe way to contact you.',
});

/** The answer to a text question, if there is one. */
export const textAnswer = (answers: Answers, id: string): string | undefined => {
  const v = answers[id];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

export interface SafeContactOptions {
  /** Words the questions for the person filling in the form ("you") or someone else ("the person"). */
  you: boolean;
  /**
   * Letters: 'ask' offers them and asks for the address; 'known' offers them because the form
   * asks for the address elsewhere; 'none' does not offer them (e.g. anonymous feedback).
   */
  letters: 'ask' | 'known' | 'none';
  /** Only ask about contact when this holds (e.g. the person agreed to be contacted). */
  showIf?: ShowIf;
  /** The confirmation question asked beside the email address, when the form offers one there. */
  confirmation?: { id: string; hint: string };
}

/** The question whose answer is the language a person wants us to use ("en", "cy"). */
export const CONTACT_LANGUAGE_QUESTION = 'contactLanguage';

/**
 * The Welsh Language Standards' question: which language to use when we contact them. Optional:
 * without an answer the team uses the language the form was filled in.
 */
const contactLanguageQuestion = (them: string, showIf: ShowIf | undefined): Question => ({
  id: CONTACT_LANGUAGE_QUESTION,
  type: 'radios',
  label: `Which language should we use when we contact ${them}?`,
  hint: 'We can write and talk in English or Welsh. If you do not choose, we will use the language of this form.',
  required: false,
  options: options(['en', 'English'], ['cy', 'Cymraeg (Welsh)']),
  errorName: 'the language to contact you in'.replace('you', them),
  ...(showIf ? { showIf } : {}),
});

const EMAIL_SAFE: ShowIf = { question: SAFE_WAYS_QUESTION, oneOf: ['email'] };

/**
 * The safe-contact pattern: which ways are safe, then only the details those ways need,
 * then times to avoid.
 */
export const safeContactQuestions = ({
  you,
  letters,
  showIf,
  confirmation,
}: SafeContactOptions): Question[] => {
  const them = you ? 'you' : 'the person';
  const their = you ? 'your' : 'their';
  const questions: Question[] = [
    {
      id: SAFE_WAYS_QUESTION,
      type: 'checkboxes',
      label: `How is it safe for us to contact ${them}?`,
      hint: 'We will only use the ways you select. Select all that apply.',
      required: true,
      options: letters === 'none' ? SAFE_WAYS.filter((o) => o.value !== 'letter') : SAFE_WAYS,
      errorName: `at least one safe way to contact ${them}`,
      ...(showIf ? { showIf } : {}),
    },
    {
      id: 'phone',
      type: 'tel',
      label: 'Phone number',
      hint: 'For international numbers include the country code',
      required: true,
      autocomplete: 'tel',
      width: 20,
      errorName: `${their} phone number`,
      showIf: { question: SAFE_WAYS_QUESTION, oneOf: ['phone', 'voicemail', 'text'] },
    },
    {
      id: 'email',
      type: 'email',
      label: 'Email address',
      required: true,
      autocomplete: 'email',
      spellcheck: false,
      errorName: `${their} email address`,
      showIf: EMAIL_SAFE,
    },
    ...(confirmation ? [confirmationQuestion({ ...confirmation, showIf: EMAIL_SAFE })] : []),
    {
      id: 'postalAddress',
      type: 'textarea',
      label: 'Postal address',
      required: true,
      autocomplete: 'street-address',
      maxLength: 500,
      errorName: `${their} postal address`,
      showIf: { question: SAFE_WAYS_QUESTION, oneOf: ['letter'] },
    },
    {
      id: 'contactTimes',
      type: 'text',
      label: 'Are there times when we should not contact them?'.replace('them', them),
      hint: 'For example, not after 5pm, or only on weekdays. Leave blank if any time is fine.',
      required: false,
      maxLength: 300,
      errorName: 'times to avoid',
      ...(showIf ? { showIf } : {}),
    },
    contactLanguageQuestion(them, showIf),
  ];
  return letters === 'ask' ? questions : questions.filter((q) => q.id !== 'postalAddress');
};

/** The confirmation's last words on forms that come before a meeting: a pointer to the feedback form. */
export const INVITE_FEEDBACK: ClosingNote = {
  heading: 'After a restorative meeting',
  text: 'If you take part in a restorative meeting, you can',
  link: { formId: 'feedback', text: 'tell us how it went', after: '. It helps us improve.' },
};

/**
 * A person's name: what they like to be called, as they write it (no spelling check, up to 100
 * characters). The id, label, message and condition vary by form.
 */
export const nameQuestion = (
  q: Pick<Question, 'id' | 'label' | 'required' | 'errorName'> & Partial<Question>,
): Question => ({
  type: 'text',
  autocomplete: 'name',
  spellcheck: false,
  maxLength: 100,
  ...q,
});

/** The police's crime reference, asked only when it was reported to them. */
export const crimeReferenceQuestion = (hint?: string): Question => ({
  id: 'crimeReference',
  type: 'text',
  label: 'Crime reference number (optional)',
  ...(hint ? { hint } : {}),
  required: false,
  maxLength: 50,
  width: 20,
  spellcheck: false,
  errorName: 'the crime reference number',
  showIf: { question: 'reportedToPolice', oneOf: ['yes'] },
});

/**
 * Slice 22-evidence: photos, recordings and documents, sent straight to storage and attached by
 * ticket (question-types/file.ts); the type is read from each file's bytes, whatever its name.
 */
export const evidenceQuestion = (): Question => ({
  id: 'evidence',
  type: 'file',
  label: 'Photos, recordings or documents (optional)',
  hint: 'For example, photos of damage, noise recordings, screenshots of messages or diary sheets. JPG, PNG, PDF or an audio recording. We remove the location from photos before anyone sees them. You can also add files after you send this form.',
  required: false,
  errorName: 'a file',
});
