import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { htmlEmail, htmlText } from './html-email.ts';
import type { OutgoingEmail } from './outgoing-email.ts';

/**
 * The confirmation for the person who submitted, sent only to an address they marked safe. It
 * never repeats their answers, and its subject does not say what the message is about, in case
 * someone else sees the inbox.
 */
export const formatConfirmation = (
  form: FormDefinition,
  config: ServiceConfig,
  record: SubmissionRecord,
  to: string,
): OutgoingEmail => {
  const subject = `${config.serviceName}: we have received your message (${record.reference})`;
  const opening = [
    'Thank you. We have received what you sent us.',
    `Your reference number is ${record.reference}.`,
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
  ].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((l) => `<p>${htmlText(l)}</p>`).join('');
  const html = htmlEmail(
    subject,
    `<h1>We have received your message</h1>${paragraphs(opening)}<h2>What happens next</h2>` +
      `<ul>${form.whatHappensNext.map((s) => `<li>${htmlText(s)}</li>`).join('')}</ul>${paragraphs(closing)}`,
  );
  return { to: [to], subject, text, html };
};
