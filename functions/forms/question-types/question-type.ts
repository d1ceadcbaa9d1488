import type { z } from 'zod/mini';
import type { Html } from '../../html/html.ts';
import type { AnswerValue, Question } from '../types.ts';
import type { FieldContext } from './field-context.ts';

export type JsonSchema = Record<string, unknown>;

/** Raw fields as they arrive from JSON or a form post, before validation. */
export type RawFields = Record<string, unknown>;

/**
 * How the browser script reads and shows an answer, written into the page as data attributes so
 * the script needs no copy of the definitions and no knowledge of question types:
 * - collect: 'text' (one field's trimmed text), 'one' (the ticked option), 'many' (the ticked
 *   options, a list), 'parts' (several fields marked data-part, joined as the handler expects).
 * - display on "Check your answers": 'text' (as typed, line breaks kept), 'label' (the options'
 *   labels), 'date' (a day, month and year written out).
 */
export interface BrowserHints {
  /** 'files': the tickets of the uploads made on the page (hidden fields the script adds; slice 22). */
  collect: 'text' | 'one' | 'many' | 'parts' | 'files';
  /** 'files': how many files are attached. */
  display: 'text' | 'label' | 'date' | 'files';
}

/**
 * Everything about one kind of question, in one place: how its answer is cleaned, checked,
 * published for other clients, drawn as GOV.UK HTML, read by the browser and written out for
 * people (team emails, operator tools, CSV). A new kind of question is one of these.
 */
export interface QuestionTypeModule {
  /** The answer is a list (checkboxes): follow-up rules and reports treat it as one. */
  readonly multiple: boolean;
  /** The question offers options (follow-ups can be drawn under them). */
  readonly hasOptions: boolean;
  readonly browser: BrowserHints;
  /** The longest answer accepted, in characters, for questions with free text. */
  maxLength(q: Question): number | undefined;
  /** What a person is told when a required answer is missing, in GOV.UK wording. */
  missingMessage(q: Question): string;
  /** The answer's zod schema, with messages a person understands. */
  schema(q: Question): z.ZodMiniType;
  /** What the published JSON Schema says beyond zod's own output (lengths, blank text, formats). */
  jsonSchema(q: Question, generated: JsonSchema): JsonSchema;
  /** The answer ready for the schema from the raw fields, or undefined when nothing was given. */
  normalise(q: Question, raw: RawFields): unknown;
  /**
   * A problem that depends on the day the answer is given (a date in the future), checked after
   * the schema finds none with the answer; `today` is a London day (YYYY-MM-DD) from the caller's
   * clock. Types whose answers do not depend on the day leave it out.
   */
  problemOn?(q: Question, answer: unknown, today: string): string | undefined;
  /** The question in GOV.UK markup; `nested` when drawn inside another question's conditional reveal. */
  render(q: Question, ctx: FieldContext, nested: boolean): Html;
  /** An answer as a person reads it (emails, operator tools, CSV): one text per value given. */
  answerValues(q: Question, value: AnswerValue): string[];
  /**
   * An answer as an export writes it, where that differs from how people read it: a date as
   * YYYY-MM-DD, so a spreadsheet sorts it. Left out, exports write answerValues.
   */
  exportValues?(q: Question, value: AnswerValue): string[];
}

/** A raw field's value, reading only the fields themselves (never anything inherited). */
export const fieldValue = (raw: RawFields, name: string): unknown =>
  Object.hasOwn(raw, name) ? raw[name] : undefined;
