import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import { localiseConfig, offers } from '../i18n/localise-config.ts';
import { localiseForm } from '../i18n/localise-form.ts';
import { t } from '../i18n/ui.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { htmlEmail, htmlText } from './html-email.ts';
import type { OutgoingEmail } from './outgoing-email.ts';

/**
 * The confirmation for the person who submitted, sent only when they asked for one, to an address
 * they marked safe. It never repeats their answers, and it says what to do if they did not ask
 * for it: anyone can type an address into a form. Its subject and sender name do not say what it
 * is about, in case someone else sees the inbox. It is written in the language the person asked
 * for (or filled the form in), when the deployment still offers it.
 */
export const formatConfirmation = (
  englishForm: FormDefinition,
  englishConfig: ServiceConfig,
  record: SubmissionRecord,
  to: string,
): OutgoingEmail => {
  const language = record.language && offers(englishConfig, record.language) ? record.language : 'en';
  const form = localiseForm(englishForm, language);
  const config = localiseConfig(englishConfig, language);
  const values = {
    service: config.serviceName,
    reference: record.reference,
    phone: config.contact.phone,
    hours: config.contact.hours,
    email: config.contact.email,
    emergency: config.phoneNumbers.emergency,
  };
  const say = (key: Parameters<typeof t>[1]) => t(language, key, values);
  const subject = say('email.subject');
  const opening = [say('email.thanks'), say('email.reference')];
  const closing = [say('email.talkToUs'), say('email.danger')];
  const notYou = [say('email.notYou'), say('email.notYouContact')];
  const text = [
    ...opening,
    `${say('confirmation.next')}:`,
    ...form.whatHappensNext.map((s) => `- ${s}`),
    ...closing,
    `${say('email.notYouHeading')}:`,
    ...notYou,
  ].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((l) => `<p>${htmlText(l)}</p>`).join('');
  const html = htmlEmail(
    subject,
    `<h1>${htmlText(say('email.heading'))}</h1>${paragraphs(opening)}<h2>${htmlText(say('confirmation.next'))}</h2>` +
      `<ul>${form.whatHappensNext.map((s) => `<li>${htmlText(s)}</li>`).join('')}</ul>${paragraphs(closing)}` +
      `<h2>${htmlText(say('email.notYouHeading'))}</h2>${paragraphs(notYou)}`,
    language,
  );
  return { to: [to], subject, text, html, fromName: say('email.senderName') };
};
