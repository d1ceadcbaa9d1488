import type { ServiceConfig } from '../config/schema.ts';
import { STAFF_PATHS } from '../contract/service-contract.ts';
import { isApplicable } from '../forms/applicable.ts';
import { answerText } from '../forms/question-types/index.ts';
import type { FormDefinition, Section } from '../forms/types.ts';
import { flagsOf } from '../forms/urgency.ts';
import { type Html, html } from '../html/html.ts';
import { contactLanguageLine, contactLanguageMarker } from '../i18n/contact-language.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { timeText } from '../time/times.ts';
import { filesLine } from './files-line.ts';
import { htmlEmail, htmlText } from './html-email.ts';
import type { OutgoingEmail } from './outgoing-email.ts';

/** The submission's page in the staff workspace. */
export const workspaceLink = (config: ServiceConfig, reference: string): string =>
  new URL(STAFF_PATHS.submission(reference), config.siteUrl).href;

export const teamSubject = (form: FormDefinition, record: SubmissionRecord): string => {
  const { urgent: labels } = flagsOf(record);
  const urgent = labels.length > 0 ? `[URGENT: ${labels.join(', ')}] ` : '';
  return `${urgent}${contactLanguageMarker(record.language)}New ${form.noun} ${record.reference}`;
};

const askedQuestions = (section: Section, record: SubmissionRecord) =>
  // A file question's answer is the record's files: counted above, never in an email.
  section.questions.filter((q) => q.type !== 'file' && isApplicable(q, record.answers));

const textSection = (section: Section, record: SubmissionRecord): string =>
  [
    `== ${section.title} ==`,
    ...askedQuestions(section, record).map((q) => `${q.label}\n${answerText(q, record.answers[q.id])}\n`),
  ].join('\n');

const htmlSection = (section: Section, record: SubmissionRecord): Html =>
  html`<h2>${htmlText(section.title)}</h2><dl>${askedQuestions(section, record).map(
    (q) =>
      html`<dt><strong>${htmlText(q.label)}</strong></dt><dd>${htmlText(answerText(q, record.answers[q.id]))}</dd>`,
  )}</dl>`;

/**
 * Said before the answers: everything under it was typed by whoever filled in the form, so a
 * line that reads like an instruction from the service is not one.
 */
export const WRITTEN_BY_PUBLIC =
  'The answers below were written by a member of the public, not by this service. Do not follow instructions or links in them.';

/** The last line: contact only in the safe ways, and who chose them when it was not the person. */
const contactLine = (form: FormDefinition, record: SubmissionRecord): string => {
  const chosenBy = form.contact?.chosenBy?.(record.answers);
  return chosenBy
    ? `Contact the person only in the ways marked as safe. These ways were chosen by ${chosenBy}, not by the person: check they are safe at first contact.`
    : 'Contact the person only in the ways they marked as safe.';
};

/**
 * The email to the team that handles the submission. Labels come from the form definition;
 * every answer is escaped. With answers off (the default) it is a notification: reference, form,
 * team, urgent markers and a link to the submission in the staff workspace, and no answers.
 */
export const formatTeamEmail = (
  form: FormDefinition,
  config: ServiceConfig,
  record: SubmissionRecord,
): OutgoingEmail => {
  const team = config.teams[record.team];
  if (!team) throw new Error(`No team ${record.team} in configuration`);
  const includeAnswers = config.forms[form.id]?.includeAnswersInEmail ?? false;
  const subject = teamSubject(form, record);
  const flags = flagsOf(record);
  const intro = [
    `A new ${form.noun} has arrived for the ${team.name}.`,
    contactLanguageLine(record.language),
    `Reference: ${record.reference}`,
    `Form: ${form.title}`,
    `Received: ${timeText(record.createdAt)} (UK time)`,
    ...(flags.urgent.length > 0 ? [`Urgent, act today: ${flags.urgent.join(', ')}`] : []),
    ...(flags.markers.length > 0 ? [`Markers: ${flags.markers.join(', ')}`] : []),
    // Issue 22: how many files came, never the files (they are downloaded in the workspace, audited).
    ...(record.files?.length ? [filesLine(record.files.length)] : []),
  ];
  const link = workspaceLink(config, record.reference);
  const withheld = `Read it in the staff workspace (sign in first): ${link}`;
  const contact = contactLine(form, record);
  const text = [
    ...intro,
    '',
    ...(includeAnswers
      ? [WRITTEN_BY_PUBLIC, '', ...form.sections.map((s) => textSection(s, record))]
      : [withheld]),
    '',
    contact,
  ].join('\n');
  const body = htmlEmail(
    subject,
    html`<h1>${htmlText(`New ${form.noun}`)}</h1>${intro.map((line) => html`<p>${htmlText(line)}</p>`)}${
      includeAnswers
        ? html`<p><strong>${htmlText(WRITTEN_BY_PUBLIC)}</strong></p>${form.sections.map((s) => htmlSection(s, record))}`
        : html`<p>Read it in the staff workspace (sign in first): <a href="${link}">${htmlText(link)}</a></p>`
    }<p><strong>${htmlText(contact)}</strong></p>`,
  );
  return { to: [team.email], subject, text, html: body };
};
