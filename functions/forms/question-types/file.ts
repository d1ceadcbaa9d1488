import * as z from 'zod/mini';
import { FILE_ACCEPT as ACCEPT } from '../../files/file-kinds.ts';
import { TICKET_PATTERN } from '../../files/upload-ticket.ts';
import { govukFileUpload } from '../../govuk/file-upload.ts';
import { html } from '../../html/html.ts';
import { MESSAGES } from '../../i18n/messages.ts';
import type { AnswerValue, Question } from '../types.ts';
import * as field from './field-parts.ts';
import { type BrowserHints, fieldValue, type QuestionTypeModule, type RawFields } from './question-type.ts';

/**
 * The browser script posts each finished upload's ticket under the question's id (hidden inputs
 * it adds); the file input itself is named apart, so a form sent without the script sends no
 * file, only its name, which nothing reads.
 */
const BROWSER: BrowserHints = { collect: 'files', display: 'files' };

/** The most tickets a form may carry before the configured limit is checked (a crude bound on the body). */
const MOST_TICKETS = 20;

const uploadMessage = (q: Question) => MESSAGES[q.language ?? 'en'].select(q.errorName);

/** The tickets, each once, in the order given. */
const normalise = (q: Question, raw: RawFields): unknown => {
  const value = fieldValue(raw, q.id);
  const given = (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  return given.length === 0 ? undefined : [...new Set(given.map((v) => v.trim()))];
};

/**
 * Evidence files (issue 22): the answer is the upload tickets; submit attaches the files they name
 * to the record's `files` (functions/files/attach-uploads.ts) and keeps only how many in the answers.
 */
export const file: QuestionTypeModule = {
  multiple: false,
  hasOptions: false,
  browser: BROWSER,
  maxLength: () => undefined,
  missingMessage: uploadMessage,
  schema: (q) =>
    z
      .array(z.string().check(z.regex(TICKET_PATTERN, { error: () => uploadMessage(q) })))
      .check(z.maxLength(MOST_TICKETS, { error: () => uploadMessage(q) })),
  jsonSchema: (_q, generated) => generated,
  normalise,
  render: (q, ctx, nested) =>
    govukFileUpload({
      id: q.id,
      name: `${q.id}-file`,
      multiple: true,
      accept: ACCEPT,
      // Shown only with the script, which uploads each file as it is chosen (site/src/scripts/file-upload.ts).
      classes: 'app-file-upload',
      label: { text: q.label, classes: field.labelClass(nested) },
      hint: field.hintOf(q),
      errorMessage: field.errorOf(q, ctx),
      formGroup: {
        ...field.formGroupOf(q, ctx, { browser: BROWSER, missingMessage: uploadMessage(q) }),
        // Uploads already made (a page shown again with problems) stay attached.
        afterInput: {
          html: html`<ul class="govuk-list app-file-list" data-file-list="${q.id}">${(Array.isArray(ctx.answers[q.id]) ? (ctx.answers[q.id] as string[]) : []).filter((t) => TICKET_PATTERN.test(t)).map((t) => html`<li><input type="hidden" name="${q.id}" value="${t}"></li>`)}</ul>`,
        },
      },
    }),
  answerValues: (_q: Question, value: AnswerValue) => [
    `${Array.isArray(value) ? value.length : Number(value) || 0} file(s)`,
  ],
};
