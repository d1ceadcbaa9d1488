import type { ServiceConfig } from '../config/schema.ts';
import { STAFF_PATHS } from '../contract/service-contract.ts';
import { htmlEmail, htmlTable, htmlText } from '../email/html-email.ts';
import type { OutgoingEmail } from '../email/outgoing-email.ts';
import { sentence } from '../forms/words.ts';
import { html } from '../html/html.ts';
import { textTable } from '../reporting/text-table.ts';
import type { OverdueCase } from './overdue.ts';

const HEADER = ['Reference', 'Form', 'Working days waiting', 'Target', 'Urgent'];

const cells = (c: OverdueCase): string[] => [
  c.reference,
  sentence(c.formTitle),
  String(c.ageDays),
  `${c.targetDays} working ${c.targetDays === 1 ? 'day' : 'days'}`,
  c.urgent ? 'Urgent' : '',
];

/**
 * The morning email to a team: the references waiting past their first-contact target. References,
 * forms, ages and urgent markers only; no answers, names or notes, so it can sit in a shared mailbox.
 */
export const formatOverdueEmail = (
  cases: OverdueCase[],
  config: ServiceConfig,
  teamId: string,
  siteUrl: string,
): OutgoingEmail => {
  const team = config.teams[teamId];
  if (!team) throw new Error(`No team ${teamId} in configuration`);
  const urgent = cases.filter((c) => c.urgent).length;
  const count = `${cases.length} ${cases.length === 1 ? 'submission' : 'submissions'}`;
  const subject = `${config.serviceName}: ${count} waiting past the first-contact target${urgent ? ` (${urgent} urgent)` : ''}`;
  const intro = [
    `${count} sent to the ${team.name} ${cases.length === 1 ? 'has' : 'have'} had no first contact recorded within the target.`,
    'Ages are in working days since the submission was received (weekends and bank holidays in England and Wales do not count).',
    'Open each one in the staff workspace and record the first contact when it is made.',
  ];
  const workspace = `${siteUrl.replace(/\/$/, '')}${STAFF_PATHS.inbox}`;
  const text = [
    ...intro,
    '',
    textTable(HEADER, cases.map(cells), [2]),
    '',
    `Staff workspace: ${workspace}`,
  ].join('\n');
  const body = htmlEmail(
    subject,
    html`<h1>${count} waiting past the first-contact target</h1>${intro.map((l) => html`<p>${htmlText(l)}</p>`)}${htmlTable(HEADER, cases.map(cells))}<p><a href="${workspace}">Open the staff workspace</a></p>`,
  );
  return { to: [team.email], subject, text, html: body };
};
