import { FORMS } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { AuditAction, AuditEntry } from '../storage/staff-store.ts';
import { dayName } from '../time/times.ts';

/**
 * The audit trail in words, for the audit page and the operator tools: every action as a person
 * says it, and steps by their label ("First contact made"), never an id such as took-part.
 */
export const AUDIT_ACTIONS: Readonly<Record<AuditAction, string>> = {
  'signed-in': 'Signed in',
  'signed-out': 'Signed out',
  viewed: 'Opened the submission',
  'viewed-steps': 'Opened the page to record a step',
  exported: 'Exported submissions',
  erased: 'Erased the submission',
  'step-recorded': 'Recorded a step',
  'step-corrected': 'Corrected a step',
  assigned: 'Assigned the submission',
  'contact-attempt-logged': 'Logged a contact attempt',
  'contact-attempt-corrected': 'Corrected a contact attempt',
  'note-added': 'Added a note',
  'note-corrected': 'Corrected a note',
  'follow-up-set': 'Set a follow-up date',
  'follow-up-cleared': 'Cleared the follow-up date',
  refused: 'Was refused',
  shown: 'Read the whole submission (operator tools)',
  resent: 'Sent an email again (operator tools)',
  released: 'Released a suspected submission (operator tools)',
  searched: 'Searched for a case',
  // Slice 21-access: the person coming back at /return/.
  'return-signed-in': 'Came back with their reference and return code',
  'return-wrong-code': 'Tried a wrong return code',
  'return-locked-out': 'Was refused: too many wrong return codes',
  'return-signed-out': 'Signed out or left',
  // Issue 21: the one-time sign-in link by email.
  'return-link-asked': 'Asked for a sign-in link by email',
  'return-link-refused': 'Was refused: a sign-in link used, expired or unknown',
  // Slice 23-case-review.
  'application-entered': 'Entered an ASB Case Review application for the person',
  'letter-sent': 'Sent the applicant a letter',
  // Slice 22-evidence:
  'file-downloaded': 'Downloaded an evidence file',
  // Slice 24-hand-off.
  'fetched-by-api': 'Fetched the case through the case API (a team’s case system)',
};

/** An action in words; an action this version does not know is shown as stored rather than hidden. */
export const actionWords = (action: string): string =>
  Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction] : action;

/** The form a reference belongs to, by its prefix (RJ-…). */
const formOfReference = (reference: string | undefined): FormDefinition | undefined =>
  reference ? FORMS.find((f) => reference.startsWith(`${f.referencePrefix}-`)) : undefined;

/** "First contact made, 3 November 2026": a step and its day, as the audit trail records them. */
export const stepWords = (form: FormDefinition | undefined, stepId: string, on: string): string =>
  `${form?.progress.steps.find((s) => s.id === stepId)?.label ?? stepId}, ${dayName(on)}`;

/** Entries written before steps were recorded in words: "took-part on 2026-11-03 (a correction)". */
const OLD_STEP_DETAIL = /^([a-z][a-z0-9-]*) on (\d{4}-\d{2}-\d{2})( \(a correction\))?$/;

/** An entry's detail in words: older entries that named a step by its id get its label. */
export const detailWords = (entry: Pick<AuditEntry, 'action' | 'reference' | 'detail'>): string => {
  const detail = entry.detail ?? '';
  if (entry.action !== 'step-recorded' && entry.action !== 'step-corrected') return detail;
  const old = OLD_STEP_DETAIL.exec(detail);
  if (!old?.[1] || !old[2]) return detail;
  return `${stepWords(formOfReference(entry.reference), old[1], old[2])}${old[3] ?? ''}`;
};
