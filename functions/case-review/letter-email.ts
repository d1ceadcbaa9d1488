import type { ServiceConfig } from '../config/schema.ts';
import { htmlEmail, htmlText } from '../email/html-email.ts';
import type { OutgoingEmail } from '../email/outgoing-email.ts';
import { caseReview } from '../forms/case-review.ts';
import { markedSafe, textAnswer } from '../forms/common-questions.ts';
import { html } from '../html/html.ts';
import { offers } from '../i18n/localise-config.ts';
import { t } from '../i18n/ui.ts';
import { currentAnswers } from '../returning/current-answers.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import type { LetterEntry } from './letter-entry.ts';

/**
 * Letters by the applicant's safe way (issue 23 item 5): by email when, as their answers stand, they
 * marked email safe and gave an address; otherwise printed for post. The notifier sends a letter
 * kept as 'email' from the table's stream, exactly as it was kept on the case.
 */

/** The address a letter goes to by email now, or undefined: it is printed for post. */
export const letterEmailOf = (
  record: Pick<SubmissionRecord, 'answers' | 'additions'>,
): string | undefined => {
  const answers = currentAnswers(caseReview, record);
  return markedSafe(answers, 'email') ? textAnswer(answers, 'email') : undefined;
};

/** The letter as an email: its subject and paragraphs as kept, from the service's neutral sender name. */
export const formatLetterEmail = (
  englishConfig: ServiceConfig,
  letter: LetterEntry,
  to: string,
): OutgoingEmail => {
  const language = offers(englishConfig, letter.language) ? letter.language : 'en';
  const body = htmlEmail(
    letter.subject,
    html`<h1>${htmlText(letter.subject)}</h1>${letter.paragraphs.map((p) => html`<p>${htmlText(p)}</p>`)}`,
    language,
  );
  return {
    to: [to],
    subject: letter.subject,
    text: letter.paragraphs.join('\n\n'),
    html: body,
    fromName: t(language, 'email.senderName'),
  };
};
