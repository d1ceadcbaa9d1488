import type { ServiceConfig } from '../config/schema.ts';
import { htmlEmail, htmlTable, htmlText } from '../email/html-email.ts';
import type { OutgoingEmail } from '../email/outgoing-email.ts';
import { isUrgent } from '../forms/urgency.ts';
import { html } from '../html/html.ts';
import { textTable } from '../reporting/text-table.ts';
import type { SuspectedCase } from '../storage/team-cases.ts';
import { londonDay } from '../time/london.ts';

const HEADER = ['Reference', 'Received', 'Deleted on', 'Urgent'];

const cells = (c: SuspectedCase): string[] => [
  c.reference,
  londonDay(c.createdAt),
  londonDay(new Date(c.expiresAt * 1000)),
  isUrgent(c.urgent) ? 'Urgent' : '',
];

/** Urgent first, then the ones deleted soonest: what must be looked at before it is gone. */
export const suspectedInOrder = (held: readonly SuspectedCase[]): SuspectedCase[] =>
  [...held].sort(
    (a, b) =>
      Number(isUrgent(b.urgent)) - Number(isUrgent(a.urgent)) ||
      a.expiresAt - b.expiresAt ||
      a.reference.localeCompare(b.reference),
  );

/**
 * The morning email to the operations mailbox while suspected submissions wait: otherwise one
 * could be deleted unseen. A count, references and dates only, never answers or why it was
 * suspected, so it can sit in a shared mailbox; the operator reads each with the ops tools.
 */
export const formatSuspectedEmail = (
  held: readonly SuspectedCase[],
  config: ServiceConfig,
): OutgoingEmail => {
  const rows = suspectedInOrder(held);
  const urgent = rows.filter((c) => isUrgent(c.urgent)).length;
  const count = `${rows.length} suspected ${rows.length === 1 ? 'submission' : 'submissions'}`;
  const subject = `${config.serviceName}: ${count} waiting to be looked at${urgent ? ` (${urgent} urgent)` : ''}`;
  const intro = [
    `${count} ${rows.length === 1 ? 'was' : 'were'} kept apart as possibly sent by a bot, and no team has seen ${rows.length === 1 ? 'it' : 'them'}. Each is deleted on the day shown unless it is released.`,
    'Read each with npm run ops -- show REFERENCE. If it is a real person’s, hand it to its team with npm run ops -- release REFERENCE (docs/operations.md, “suspected and release”).',
  ];
  const text = [...intro, '', textTable(HEADER, rows.map(cells))].join('\n');
  const body = htmlEmail(
    subject,
    html`<h1>${count} waiting to be looked at</h1>${intro.map((l) => html`<p>${htmlText(l)}</p>`)}${htmlTable(HEADER, rows.map(cells))}`,
  );
  return { to: [config.operationsEmail], subject, text, html: body };
};
