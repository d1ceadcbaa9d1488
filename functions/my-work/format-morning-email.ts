import type { ServiceConfig } from '../config/schema.ts';
import { STAFF_PATHS } from '../contract/service-contract.ts';
import { htmlEmail, htmlText } from '../email/html-email.ts';
import type { OutgoingEmail } from '../email/outgoing-email.ts';
import { html } from '../html/html.ts';
import { dayName } from '../time/times.ts';
import { type MyWork, workCounts } from './gather.ts';

/**
 * One person's morning email: counts, and the references of the follow-ups due and overdue. Never
 * a name, an answer, a note or what a follow-up is for, so it is safe in any mailbox.
 */
export const formatMorningEmail = (
  work: MyWork,
  config: ServiceConfig,
  to: string,
  siteUrl: string,
): OutgoingEmail => {
  const counts = workCounts(work);
  const due = work.followUps.filter((r) => r.followUpOn === work.today).map((r) => r.reference);
  const overdue = work.followUps.filter((r) => (r.followUpOn ?? '') < work.today).map((r) => r.reference);
  const subject = `${config.serviceName}: your work for ${dayName(work.today)}`;
  const lines = [
    `Follow-ups due today: ${counts.dueToday}${due.length ? ` (${due.join(', ')})` : ''}`,
    `Follow-ups overdue: ${counts.overdue}${overdue.length ? ` (${overdue.join(', ')})` : ''}`,
    `Open cases assigned to you: ${counts.mine}`,
    `New in your teams, not yet assigned: ${counts.unassigned}`,
  ];
  const myWork = `${siteUrl.replace(/\/$/, '')}${STAFF_PATHS.myWork}`;
  const footer = `You asked for this email on My work, where you can stop it.`;
  const text = [...lines, '', `My work: ${myWork}`, '', footer].join('\n');
  const body = htmlEmail(
    subject,
    html`<h1>Your work for ${dayName(work.today)}</h1><ul>${lines.map((l) => html`<li>${l}</li>`)}</ul><p><a href="${myWork}">Open My work</a></p><p>${htmlText(footer)}</p>`,
  );
  return { to: [to], subject, text, html: body };
};
