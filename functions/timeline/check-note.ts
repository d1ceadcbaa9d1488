import type { FieldError } from '../forms/field-error.ts';
import { cleanNote, noteLength } from '../progress/clean-note.ts';
import { NOTE_MAX } from '../progress/step-questions.ts';
import { NOTE_FIELDS } from './fields.ts';
import { standingOfKind } from './history.ts';
import type { NoteEntry, TimelineEntry } from './types.ts';

/** A note as the rules accept it: everything but who wrote it and when. */
export type NoteChoice = Omit<NoteEntry, 'id' | 'by' | 'byName' | 'recordedAt'>;

export type NoteResult = { ok: true; entry: NoteChoice } | { ok: false; errors: FieldError[] };

/**
 * A free note on a case (or a correction of one): 1 to 500 characters after the same hygiene as
 * step notes (cleanNote), so what is stored is what the team sees.
 */
export const checkNote = (
  fields: Record<string, string>,
  timeline: readonly TimelineEntry[] = [],
): NoteResult => {
  const errors: FieldError[] = [];
  const correctsId = fields[NOTE_FIELDS.corrects] || undefined;
  const corrected = standingOfKind(timeline, 'note', correctsId);
  if (correctsId && !corrected)
    errors.push({ field: '', message: 'That note has already been corrected or is not on this submission' });
  const text = cleanNote(fields[NOTE_FIELDS.text]);
  if (!text) errors.push({ field: NOTE_FIELDS.text, message: 'Enter the note' });
  else if (noteLength(text) > NOTE_MAX)
    errors.push({ field: NOTE_FIELDS.text, message: `The note must be ${NOTE_MAX} characters or fewer` });
  if (errors.length > 0 || !text) return { ok: false, errors };
  return { ok: true, entry: { kind: 'note', text, ...(corrected ? { corrects: corrected.id } : {}) } };
};
