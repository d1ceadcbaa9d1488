import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { htmlEmail, htmlText } from './html-email.ts';
import type { OutgoingEmail } from './outgoing-email.ts';

/**
 * The sender's display name on a confirmation: like the subject, it says nothing about who sent it
 * or why, in case someone else sees the inbox.
 */
export const CONFIRMATION_SENDER_NAME = 'Reference number';

/** The subject: the reference alone, no service name or topic words. */
export const confirmationSubject = (reference: string): string => `Your reference ${reference}`;

/**
 * The confirmation for the person who submitted, sent only when they asked for one, to an address
 * they marked safe. It never repeats their answers, and it says what to do if they did not ask
 * for it: anyone can type an address into a form.
 */
export const formatConfirmation = (
  form: FormDefinition,
  config: ServiceConfig,
  record: SubmissionRecord,
  to: string,
): OutgoingEmail => {
  const subject = confirmationSubject(record.reference);
  const opening = [
    'Thank you. We have received what you sent us, and you asked us to email you your reference.',
    `Your reference number is ${record.reference}.`,
  ];
  const notYou = [
    'If you did not send us anything, someone has typed in your email address, by mistake or on purpose. You do not need to reply or do anything else.',
    `If you are worried about it, or do not want us to use your address, call ${config.contact.phone} (${config.contact.hours}) or email ${config.contact.email}, quoting the reference.`,
  ];
  const closing = [
    `If you need to talk to us, call ${config.contact.phone} (${config.contact.hours}) or email ${config.contact.email}, quoting your reference.`,
    `If you are in immediate danger, call ${config.phoneNumbers.emergency}.`,
  ];
  const text = [
    ...opening,
    'What happens next:',
    ...form.whatHappensNext.map((s) => `- ${s}`),
    ...closing,
    'If you did not ask for this email:',
    ...notYou,
  ].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((l) => `<p>${htmlText(l)}</p>`).join('');
  const html = htmlEmail(
    subject,
    `<h1>Your reference number</h1>${paragraphs(opening)}<h2>What happens next</h2>` +
      `<ul>${form.whatHappensNext.map((s) => `<li>${htmlText(s)}</li>`).join('')}</ul>${paragraphs(closing)}` +
      `<h2>If you did not ask for this email</h2>${paragraphs(notYou)}`,
  );
  return { to: [to], subject, text, html, fromName: CONFIRMATION_SENDER_NAME };
};
