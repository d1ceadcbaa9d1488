import type { ServiceConfig } from '../config/schema.ts';
import { EVIDENCE } from '../contract/service-contract.ts';
import type { FormDefinition } from '../forms/types.ts';
import { html } from '../html/html.ts';
import { contactLanguageLine, contactLanguageMarker } from '../i18n/contact-language.ts';
import type { Addition, AdditionKind } from '../returning/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { timeText } from '../time/times.ts';
import { fileCount } from './files-line.ts';
import { workspaceLink } from './format-team-email.ts';
import { htmlEmail, htmlText } from './html-email.ts';
import type { OutgoingEmail } from './outgoing-email.ts';

/** What each kind of addition is called in the team's email: what it is, never what it says. */
const KIND_WORDS: Record<AdditionKind, string> = {
  incident: 'a new incident',
  update: 'an update',
  contact: 'a change to how to contact them safely',
  withdrawal: 'a withdrawal: they no longer want to take part',
  evidence: 'evidence',
};

/** What an addition was: its kind, and for evidence how many files came (never the files). */
const whatOf = (a: Addition): string => {
  const count = Number(a.answers[EVIDENCE.additionCountAnswer]);
  return a.kind === 'evidence' && count > 0
    ? `${KIND_WORDS.evidence}: ${fileCount(count)}, to open in the staff workspace (never sent by email)`
    : KIND_WORDS[a.kind];
};

/** The urgent labels the new additions call for, each once, in the order they came. */
const urgentOf = (added: readonly Addition[]): string[] => [...new Set(added.flatMap((a) => a.urgent))];

export const updateSubject = (record: SubmissionRecord, added: readonly Addition[]): string => {
  const urgent = urgentOf(added);
  const marker = urgent.length > 0 ? `[URGENT: ${urgent.join(', ')}] ` : '';
  return `${marker}${contactLanguageMarker(record.language)}An update to ${record.reference}`;
};

/**
 * The team's email when a person adds to what they sent (issue 21): "An update to NR-XXXX-XXXX",
 * what kind of thing was added and when, the urgent markers it calls for, and a link to the case.
 * Never the answers, whatever the form's includeAnswersInEmail says: the workspace shows them.
 * `added` is what the team has not been told of yet (the notifier's additionsNotified onwards).
 */
export const formatUpdateEmail = (
  form: FormDefinition,
  config: ServiceConfig,
  record: SubmissionRecord,
  added: readonly Addition[],
): OutgoingEmail => {
  const team = config.teams[record.team];
  if (!team) throw new Error(`No team ${record.team} in configuration`);
  const subject = updateSubject(record, added);
  const urgent = urgentOf(added);
  const intro = [
    `The person who sent ${form.noun} ${record.reference} has added to it.`,
    contactLanguageLine(record.language),
    `Reference: ${record.reference}`,
    `Form: ${form.title}`,
    ...(urgent.length > 0 ? [`Urgent, act today: ${urgent.join(', ')}`] : []),
  ];
  const what = added.map((a) => `${timeText(a.at)} (UK time): ${whatOf(a)}`);
  const link = workspaceLink(config, record.reference);
  const text = [
    ...intro,
    '',
    'What they added:',
    ...what.map((w) => `- ${w}`),
    '',
    `Read it in the staff workspace (sign in first): ${link}`,
  ].join('\n');
  const body = htmlEmail(
    subject,
    html`<h1>${htmlText(`An update to ${record.reference}`)}</h1>${intro.map((line) => html`<p>${htmlText(line)}</p>`)}<h2>What they added</h2><ul>${what.map((w) => html`<li>${htmlText(w)}</li>`)}</ul><p>Read it in the staff workspace (sign in first): <a href="${link}">${htmlText(link)}</a></p>`,
  );
  return { to: [team.email], subject, text, html: body };
};
