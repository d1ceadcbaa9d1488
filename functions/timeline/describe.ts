import { momentText } from '../time/times.ts';
import { ATTEMPT_OUTCOMES, type AttemptEntry, type AttemptOutcome } from './types.ts';

/** How a way of contact reads after "by" (the form's labels are written for the person). */
const BY: Record<string, string> = {
  phone: 'phone',
  voicemail: 'voicemail',
  text: 'text message',
  email: 'email',
  letter: 'letter',
};

export const wayWords = (way: string): string => `by ${BY[way] ?? way}`;

export const outcomeLabel = (outcome: AttemptOutcome | string): string =>
  ATTEMPT_OUTCOMES.find(([value]) => value === outcome)?.[1] ?? outcome;

/** "Contact attempt by phone: No answer": what an attempt was, without its note. */
export const attemptText = (entry: Pick<AttemptEntry, 'way' | 'outcome'>): string =>
  `Contact attempt ${wayWords(entry.way)}: ${outcomeLabel(entry.outcome)}`;

/**
 * "by phone, no answer, 3 December 2026 at 2:05pm": an attempt in the audit trail's words, never
 * its note (the person's data stays with the record).
 */
export const attemptAuditWords = (entry: Pick<AttemptEntry, 'way' | 'outcome' | 'at'>): string =>
  `${wayWords(entry.way)}, ${outcomeLabel(entry.outcome).toLowerCase()}, ${momentText(entry.at)}`;
