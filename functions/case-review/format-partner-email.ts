import type { ServiceConfig } from '../config/schema.ts';
import { workspaceLink } from '../email/format-team-email.ts';
import { htmlEmail, htmlText } from '../email/html-email.ts';
import type { OutgoingEmail } from '../email/outgoing-email.ts';
import { html } from '../html/html.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { timeText } from '../time/times.ts';

/**
 * The notification each partner body gets when an ASB Case Review application arrives (the Act
 * asks that every application go to every relevant body): the reference, when it came, and a link;
 * never the answers, names, complaints or the threshold, which stay in the service.
 */
export const formatPartnerEmail = (
  partner: { name: string; email: string },
  config: Pick<ServiceConfig, 'serviceName' | 'organisation' | 'siteUrl'>,
  record: Pick<SubmissionRecord, 'reference' | 'createdAt'>,
): OutgoingEmail => {
  const link = workspaceLink(config as ServiceConfig, record.reference);
  const subject = `ASB Case Review application ${record.reference}`;
  const lines = [
    `${config.organisation} received an application for an ASB Case Review on ${timeText(record.createdAt)}, reference ${record.reference}.`,
    `It is passed to ${partner.name} as one of the bodies that review cases together. The application stays in the service: this email does not carry it.`,
    `Read it at ${link} (sign-in needed).`,
  ];
  return {
    to: [partner.email],
    subject,
    text: lines.join('\n\n'),
    html: htmlEmail(
      subject,
      html`${lines.slice(0, 2).map((l) => html`<p>${htmlText(l)}</p>`)}<p><a href="${link}">Read application ${record.reference}</a> (sign-in needed).</p>`,
    ),
  };
};
