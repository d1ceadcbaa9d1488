import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoStaffStore } from '../../functions/storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../../functions/storage/dynamodb-store.ts';
import type { AuditEntry } from '../../functions/storage/staff-store.ts';
import { countByKind } from '../../functions/storage/table-restore.ts';

export interface CheckOptions {
  readonly live: string;
  readonly restored: string;
  /** A reference known to have been in the table at the restore point. */
  readonly reference: string;
  readonly liveStaff?: string;
  readonly restoredStaff?: string;
  /** The restore point: live audit entries up to it must all be in the restored staff table. */
  readonly at?: Date;
}

const entryKey = (e: AuditEntry) => `${e.at} ${e.action} ${e.actor}`;

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ') || 'nothing';

/**
 * Checks a restored table before anyone relies on it: what it holds beside the live table, that a
 * known reference reads through the service's own adapter, and that the audit trail came with it.
 * Says each finding as a line; `ok` is false if any check failed.
 */
export const checkRestored = async (documents: DynamoDBDocumentClient, o: CheckOptions) => {
  const lines: string[] = [];
  let ok = true;
  const fail = (line: string) => {
    ok = false;
    lines.push(`FAILED: ${line}`);
  };

  const [live, restored] = await Promise.all([
    countByKind(documents, o.live),
    countByKind(documents, o.restored),
  ]);
  lines.push(
    `Live ${o.live}: ${describeCounts(live)}.`,
    `Restored ${o.restored}: ${describeCounts(restored)}.`,
  );
  if (!restored.submission) fail('the restored table holds no submissions.');

  const record = await new DynamoSubmissionStore(documents, o.restored).get(o.reference);
  if (record?.reference === o.reference)
    lines.push(`${o.reference} reads from the restored table (${record.formId}).`);
  else fail(`${o.reference} is not in the restored table as a submission.`);

  if (o.liveStaff && o.restoredStaff) {
    const [liveTrail, restoredTrail] = await Promise.all([
      new DynamoStaffStore(documents, o.liveStaff).auditFor(o.reference),
      new DynamoStaffStore(documents, o.restoredStaff).auditFor(o.reference),
    ]);
    const inRestored = new Set(restoredTrail.map(entryKey));
    const due = liveTrail.filter((e) => !o.at || new Date(e.at) <= o.at);
    const missing = due.filter((e) => !inRestored.has(entryKey(e)));
    const inLive = new Set(liveTrail.map(entryKey));
    const gone = restoredTrail.filter((e) => !inLive.has(entryKey(e)));
    if (missing.length > 0)
      fail(`${missing.length} audit entries for ${o.reference} are not in the restored trail.`);
    else lines.push(`The audit trail for ${o.reference} is intact: ${restoredTrail.length} entries.`);
    if (gone.length > 0)
      lines.push(
        `${gone.length} audit entries for ${o.reference} are in the restored trail only: the live trail lost them.`,
      );
  }
  lines.push(ok ? 'The restored table passed every check.' : 'Do not use the restored table.');
  return { ok, lines };
};
