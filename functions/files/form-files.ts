import type { FileSettings } from '../config/schema.ts';
import { questionsOf } from '../forms/applicable.ts';
import type { FieldError } from '../forms/field-error.ts';
import type { Answers, FormDefinition } from '../forms/types.ts';
import { t } from '../i18n/ui.ts';
import { attachUploads } from './attach-uploads.ts';
import type { FileStore } from './file-store.ts';
import type { FileProblem } from './first-look.ts';
import type { StoredFile } from './types.ts';

export interface FormFilesDeps {
  /** The evidence bucket; without one (a deployment with no files) any ticket is refused. */
  files?: FileStore | undefined;
  hashKey: Buffer;
  settings: FileSettings;
  now: () => Date;
}

export type FormFiles =
  | { ok: true; answers: Answers; files: StoredFile[] }
  | { ok: false; errors: FieldError[] };

/** A file problem in the form's language, on the question it belongs to. */
export const fileError = (
  form: FormDefinition,
  field: string,
  problem: FileProblem,
  values: { maxMb?: number | undefined; maxFiles: number },
): FieldError => ({
  field,
  message: t(form.language ?? 'en', `files.${problem}`, { size: values.maxMb ?? 0, count: values.maxFiles }),
});

/**
 * The form's file questions' tickets turned into the record's files; the answers keep no tickets
 * (the record's `files` says what came). Every file question's uploads are attached together, so
 * the limit on how many counts them all.
 */
export const formFiles = async (
  form: FormDefinition,
  answers: Answers,
  deps: FormFilesDeps,
): Promise<FormFiles> => {
  const questions = questionsOf(form.sections).filter(
    (q) => q.type === 'file' && answers[q.id] !== undefined,
  );
  if (questions.length === 0) return { ok: true, answers, files: [] };
  const kept: Answers = { ...answers };
  const tickets: string[] = [];
  for (const q of questions) {
    const value = kept[q.id];
    tickets.push(...(Array.isArray(value) ? value : [value ?? '']));
    delete kept[q.id];
  }
  const field = questions[0]?.id ?? '';
  if (!deps.files) return { ok: false, errors: [fileError(form, field, 'notUploaded', { maxFiles: 0 })] };
  const attached = await attachUploads(tickets, form.id, { ...deps, files: deps.files });
  if (!attached.ok) {
    const owner =
      questions.find((q) => attached.ticket && answers[q.id]?.includes(attached.ticket))?.id ?? field;
    return {
      ok: false,
      errors: [
        fileError(form, owner, attached.problem, { maxMb: attached.maxMb, maxFiles: deps.settings.maxFiles }),
      ],
    };
  }
  return { ok: true, answers: kept, files: attached.files };
};
