import { findForm } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { AuditAction } from '../storage/staff-store.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { REFERENCE_PATTERN } from '../submissions/reference.ts';
import { recordAudit } from './audit.ts';
import { canSee } from './auth/member.ts';
import type { StaffDeps } from './deps.ts';
import { notFound } from './errors.ts';
import type { SignedIn } from './guards.ts';

/** What a member asks to do with a submission (who may erase is the route table's rule). */
export type CasePurpose =
  | 'view'
  | 'steps'
  | 'assign'
  | 'erase'
  | 'contact'
  | 'notes'
  | 'follow-up'
  // Slice 23-case-review.
  | 'letters'
  | 'download';

const ASKED: Record<CasePurpose, string> = {
  view: 'Asked to open it',
  steps: 'Asked to record a step',
  assign: 'Asked to assign it',
  erase: 'Asked to erase it',
  contact: 'Asked to log a contact attempt',
  notes: 'Asked to add a note',
  'follow-up': 'Asked to set its follow-up',
  letters: 'Asked to write or read a letter',
  download: 'Asked to download an evidence file',
};

export interface Case {
  record: SubmissionRecord;
  form: FormDefinition;
}

/** Why there is nothing for this member, in words for the audit trail (never shown to them). */
const refusal = (
  deps: StaffDeps,
  signedIn: SignedIn,
  record: SubmissionRecord | undefined,
  now: Date,
): string | undefined => {
  const { member } = signedIn.session;
  // The store returns ordinary submissions only: not erased, not kept apart as suspected.
  if (record?.kind !== 'submission' || !findForm(record.formId)) return 'no such submission';
  // Past its retention it is gone, even if DynamoDB's TTL has not deleted it yet (it can take days).
  if (record.expiresAt * 1000 <= now.getTime()) return 'past its retention';
  if (!canSee(member, record.team))
    return `another team’s (${deps.config.teams[record.team]?.name ?? 'a team'})`;
  return undefined;
};

/**
 * The one rule for a submission a member asks for, used by every route that reads or changes one
 * (view, steps, assignee, erase): it must exist, be an ordinary submission (not erased, not kept
 * apart as suspected), be within its retention and be their team's. Anything
 * else is the same 404, whatever the reason, so nobody can tell another team's reference from one
 * that does not exist; the refusal is audited first, with the account and what was asked.
 */
export const loadCase = async (
  deps: StaffDeps,
  signedIn: SignedIn,
  reference: string,
  purpose: CasePurpose,
): Promise<Case> => {
  if (!REFERENCE_PATTERN.test(reference)) throw notFound();
  const record = await deps.submissions.get(reference);
  const now = deps.now();
  const why = refusal(deps, signedIn, record, now);
  const form = record ? findForm(record.formId) : undefined;
  if (why || !record || !form) {
    await recordAudit(deps.staff, deps.config, now, signedIn.session.member, 'refused', {
      reference,
      detail: `${ASKED[purpose]}: ${why ?? 'no such submission'}`,
    });
    throw notFound();
  }
  return { record, form };
};

/**
 * Records that this session opened a page of this submission, once per sign-in: a page reloaded
 * after each save is not another opening. The entry is written before the page is shown.
 */
export const auditOpening = async (
  deps: StaffDeps,
  signedIn: SignedIn,
  action: Extract<AuditAction, 'viewed' | 'viewed-steps'>,
  reference: string,
): Promise<boolean> => {
  const key = `${action}:${reference}`;
  if (signedIn.session.opened?.includes(key)) return false;
  await recordAudit(deps.staff, deps.config, deps.now(), signedIn.session.member, action, { reference });
  await deps.staff.noteOpened(signedIn.idHash, key);
  return true;
};
