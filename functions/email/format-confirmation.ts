import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import { html } from '../html/html.ts';
import { localiseConfig, offers } from '../i18n/localise-config.ts';
import { t } from '../i18n/ui.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { htmlEmail, htmlText } from './html-email.ts';
import type { OutgoingEmail } from './outgoing-email.ts';

/**
 * The confirmation for the person who submitted, sent only when they asked for one, to an address
 * they marked safe. It says what to do if they did not ask for it: anyone can type an address into
 * a form. Someone else may read the inbox, so nothing in it says what was sent or why: subject,
 * sender name and body name only "your message" and the reference, the same for every form (the
 * form's own next steps and the danger line stay on the confirmation page). It is written in the
 * language the person asked for (or filled the form in), when the deployment still offers it.
 *
 * The form is taken, and deliberately not read, so every caller keeps one shape for both emails.
 */
export const formatConfirmation = (
  _form: FormDefinition,
  englishConfig: ServiceConfig,
  record: SubmissionRecord,
  to: string,
): OutgoingEmail => {
  const language = record.language && offers(englishConfig, record.language) ? record.language : 'en';
  const config = localiseConfig(englishConfig, language);
  const values = {
    reference: record.reference,
    phone: config.contact.phone,
    hours: config.contact.hours,
    email: config.contact.email,
  };
  const say = (key: Parameters<typeof t>[1]) => t(language, key, values);
  const subject = say('email.subject');
  const opening = [say('email.thanks'), say('email.reference')];
  const next = [say('email.nextRead'), say('email.nextContact')];
  const closing = [say('email.talkToUs')];
  const notYou = [say('email.notYou'), say('email.notYouContact')];
  const text = [
    ...opening,
    `${say('confirmation.next')}:`,
    ...next,
    ...closing,
    `${say('email.notYouHeading')}:`,
    ...notYou,
  ].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((l) => html`<p>${htmlText(l)}</p>`);
  const body = htmlEmail(
    subject,
    html`<h1>${htmlText(say('email.heading'))}</h1>${paragraphs(opening)}<h2>${htmlText(say('confirmation.next'))}</h2>${paragraphs(next)}${paragraphs(closing)}<h2>${htmlText(say('email.notYouHeading'))}</h2>${paragraphs(notYou)}`,
    language,
  );
  return { to: [to], subject, text, html: body, fromName: say('email.senderName') };
};
