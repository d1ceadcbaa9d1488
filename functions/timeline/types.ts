/** The ways an attempt to reach someone can end. */
export const ATTEMPT_OUTCOMES = [
  ['spoke', 'Spoke to them'],
  ['no-answer', 'No answer'],
  ['left-message', 'Left a message'],
  ['letter-sent', 'Letter sent'],
  ['returned-undelivered', 'Returned undelivered'],
  ['other', 'Other'],
] as const;

export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number][0];

interface EntryBase {
  /** Unique within the record, so a correction can name what it replaces. */
  id: string;
  /** The staff member's `sub` who recorded it, and their name as the provider gave it. */
  by: string;
  byName?: string;
  /** When it was recorded (ISO 8601, UTC). */
  recordedAt: string;
  /** The id of the entry this one corrects: entries are never edited. */
  corrects?: string;
}

/** An attempt to reach the person: when, by which of their safe ways, and how it ended. */
export interface AttemptEntry extends EntryBase {
  kind: 'attempt';
  /** When it was made (ISO 8601, UTC): never before the case was received, never in the future. */
  at: string;
  /** A safe way of contact the person chose (their safe-ways answer's value: 'phone', 'email'…). */
  way: string;
  outcome: AttemptOutcome;
  /** A short note (personal data: never in emails, logs or the audit). */
  note?: string;
}

/** A free note on the case, up to 500 characters. */
export interface NoteEntry extends EntryBase {
  kind: 'note';
  text: string;
}

/** One entry of a case's timeline beside its steps: kept on the record, so erased with it. */
export type TimelineEntry = AttemptEntry | NoteEntry;
