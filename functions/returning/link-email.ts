import type { ServiceConfig } from '../config/schema.ts';
import { RETURN_LINK } from '../contract/service-contract.ts';
import { htmlEmail, htmlText } from '../email/html-email.ts';
import type { OutgoingEmail } from '../email/outgoing-email.ts';
import { html } from '../html/html.ts';
import type { Language } from '../i18n/languages.ts';
import { localiseConfig } from '../i18n/localise-config.ts';
import { t, type UiKey } from '../i18n/ui.ts';

/**
 * The one-time sign-in link, as neutral as the confirmation (format-confirmation.ts): someone else
 * may read the inbox, so the subject, sender name and body say only "your message", the reference
 * and the link; never the form, the service's purpose or an answer. In the language the person
 * asked in. The link's address is the only thing in it that names the site.
 */
export const formatLinkEmail = (
  englishConfig: ServiceConfig,
  language: Language,
  reference: string,
  url: string,
  to: string,
): OutgoingEmail => {
  const config = localiseConfig(englishConfig, language);
  const values = {
    reference,
    minutes: String(RETURN_LINK.validSeconds / 60),
    phone: config.contact.phone,
    hours: config.contact.hours,
    email: config.contact.email,
  };
  const say = (key: UiKey) => t(language, key, values);
  const subject = say('return.linkEmail.subject');
  const opening = [say('return.linkEmail.asked'), say('return.linkEmail.use')];
  const after = [say('return.linkEmail.once')];
  const notYou = [say('return.linkEmail.notYou'), say('email.notYouContact')];
  const text = [...opening, url, ...after, `${say('email.notYouHeading')}:`, ...notYou].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((l) => html`<p>${htmlText(l)}</p>`);
  const body = htmlEmail(
    subject,
    html`<h1>${htmlText(say('return.linkEmail.heading'))}</h1>${paragraphs(opening)}<p><a href="${url}">${url}</a></p>${paragraphs(after)}<h2>${htmlText(say('email.notYouHeading'))}</h2>${paragraphs(notYou)}`,
    language,
  );
  return { to: [to], subject, text, html: body, fromName: say('email.senderName') };
};
