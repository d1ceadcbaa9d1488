import type { ServiceConfig } from '../config/schema.ts';
import { html } from '../html/html.ts';
import type { Language } from '../i18n/languages.ts';
import { localiseConfig, offers } from '../i18n/localise-config.ts';
import { t } from '../i18n/ui.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { htmlEmail, htmlText } from './html-email.ts';
import type { OutgoingEmail } from './outgoing-email.ts';

/**
 * The person's Case Review notice (issue 21, item 5): sent once, when their second incident within
 * six months sets caseReviewNoticeAt, and only to an address they marked safe for a confirmation.
 * Worded like the confirmation (the same neutral subject and sender, and what to do if it was not
 * them): it says what an ASB Case Review is and where to ask, nothing about what they reported.
 */
export const formatCaseReviewNotice = (
  englishConfig: ServiceConfig,
  record: Pick<SubmissionRecord, 'reference'>,
  wanted: Language,
  to: string,
  link: string,
): OutgoingEmail => {
  const language = offers(englishConfig, wanted) ? wanted : 'en';
  const config = localiseConfig(englishConfig, language);
  const values = {
    reference: record.reference,
    phone: config.contact.phone,
    hours: config.contact.hours,
    email: config.contact.email,
    link,
  };
  const say = (key: Parameters<typeof t>[1]) => t(language, key, values);
  const subject = say('email.subject');
  const about = [say('caseReviewEmail.thanks'), say('caseReviewEmail.what'), say('caseReviewEmail.link')];
  const notYou = [say('email.notYou'), say('email.notYouContact')];
  const text = [...about, say('email.talkToUs'), `${say('email.notYouHeading')}:`, ...notYou].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((l) => html`<p>${htmlText(l)}</p>`);
  const body = htmlEmail(
    subject,
    html`<h1>${htmlText(say('caseReviewEmail.heading'))}</h1>${paragraphs(about.slice(0, 2))}<p>${htmlText(say('caseReviewEmail.link').replace(link, ''))}<a href="${link}">${htmlText(link)}</a></p>${paragraphs([say('email.talkToUs')])}<h2>${htmlText(say('email.notYouHeading'))}</h2>${paragraphs(notYou)}`,
    language,
  );
  return { to: [to], subject, text, html: body, fromName: say('email.senderName') };
};
