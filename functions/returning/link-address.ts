import { markedSafe, textAnswer } from '../forms/common-questions.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { LinkContact } from '../storage/return-access-store.ts';
import { currentAnswers } from './current-answers.ts';

/**
 * The one address a one-time sign-in link may go to: the email address the person marked safe, as
 * it stands now (after any change of safe contact). None when email is not among the safe ways,
 * when someone else chose the safe ways (a referral on another's behalf: the address is not the
 * sender's own), or when the form offers no way back.
 */
export const linkAddressOf = (form: FormDefinition, contact: LinkContact): string | undefined => {
  if (!form.returning || !form.contact) return undefined;
  const answers = currentAnswers(form, contact);
  if (form.contact.chosenBy?.(answers) || !markedSafe(answers, 'email')) return undefined;
  return textAnswer(answers, 'email');
};

/** Whether a typed address is the safe one: the whole address, any case, spaces around it ignored. */
export const isLinkAddress = (typed: string, safe: string | undefined): boolean =>
  safe !== undefined && typed.trim().toLowerCase() === safe.trim().toLowerCase();
