import type { ServiceConfig } from '../config/schema.ts';
import { isApplicable } from '../forms/applicable.ts';
import { answerText } from '../forms/question-types/index.ts';
import type { FormDefinition, Section } from '../forms/types.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { htmlEmail, htmlText } from './html-email.ts';
import type { OutgoingEmail } from './outgoing-email.ts';

export const teamSubject = (form: FormDefinition, record: SubmissionRecord): string => {
  const urgent = record.urgent.length > 0 ? `[URGENT: ${record.urgent.join(', ')}] ` : '';
  return `${urgent}New ${form.noun} ${record.reference}`;
};

const askedQuestions = (section: Section, record: SubmissionRecord) =>
  section.questions.filter((q) => isApplicable(q, record.answers));

const textSection = (section: Section, record: SubmissionRecord): string =>
  [
    `== ${section.title} ==`,
    ...askedQuestions(section, record).map((q) => `${q.label}\n${answerText(q, record.answers[q.id])}\n`),
  ].join('\n');

const htmlSection = (section: Section, record: SubmissionRecord): string =>
  `<h2>${htmlText(section.title)}</h2><dl>${askedQuestions(section, record)
    .map(
      (q) =>
        `<dt><strong>${htmlText(q.label)}</strong></dt><dd>${htmlText(answerText(q, record.answers[q.id]))}</dd>`,
    )
    .join('')}</dl>`;

/**
 * The email to the team that handles the submission. Labels come from the form definition;
 * every answer is escaped. With answers switched off, it says where to read them instead.
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
  const intro = [
    `A new ${form.noun} has arrived for the ${team.name}.`,
    `Reference: ${record.reference}`,
    `Received: ${record.createdAt}`,
    ...(record.urgent.length > 0 ? [`Needs attention: ${record.urgent.join(', ')}`] : []),
  ];
  const withheld = `The answers are not included in this email. Read them with: npm run ops -- show ${record.reference}`;
  const text = [
    ...intro,
    '',
    ...(includeAnswers ? form.sections.map((s) => textSection(s, record)) : [withheld]),
    '',
    'Contact the person only in the ways they marked as safe.',
  ].join('\n');
  const html = htmlEmail(
    subject,
    `<h1>${htmlText(`New ${form.noun}`)}</h1>${intro.map((line) => `<p>${htmlText(line)}</p>`).join('')}` +
      (includeAnswers
        ? form.sections.map((s) => htmlSection(s, record)).join('')
        : `<p>${htmlText(withheld)}</p>`) +
      '<p><strong>Contact the person only in the ways they marked as safe.</strong></p>',
  );
  return { to: [team.email], subject, text, html };
};
