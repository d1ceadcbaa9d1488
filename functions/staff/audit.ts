import type { ServiceConfig } from '../config/schema.ts';
import { auditPeriodDays } from '../contract/service-contract.ts';
import type { AuditAction, StaffMember, StaffStore } from '../storage/staff-store.ts';

const DAY_SECONDS = 86_400;

/**
 * Audit entries outlive every record they name: the audit period (auditPeriodDays), counted from
 * when the entry is written. Erasing a record leaves them in place.
 */
export const auditExpiry = (config: ServiceConfig, now: Date): number =>
  Math.floor(now.getTime() / 1000) + auditPeriodDays(config) * DAY_SECONDS;

/**
 * Writes who did what (never answers); the caller waits, so nothing is shown unrecorded. The actor
 * is a signed-in member, or an operator of the `ops` tools (ops/commands/erase.ts).
 */
export const recordAudit = (
  store: StaffStore,
  config: ServiceConfig,
  now: Date,
  member: Pick<StaffMember, 'sub' | 'name'>,
  action: AuditAction,
  extra: { reference?: string; detail?: string } = {},
) =>
  store.audit(
    { action, actor: member.sub, actorName: member.name, at: now.toISOString(), ...extra },
    auditExpiry(config, now),
  );

/**
 * A refused attempt (another team's reference, an admin page, a forged or cross-site post), with
 * the account and what was asked, written before the refusal is answered: an insider probing
 * shows in the trail, while the person sees the same answer as for anything that is not there.
 */
export const recordRefusal = (
  store: StaffStore,
  config: ServiceConfig,
  now: Date,
  member: Pick<StaffMember, 'sub' | 'name'>,
  asked: string,
  reference?: string,
) =>
  recordAudit(store, config, now, member, 'refused', { detail: asked, ...(reference ? { reference } : {}) });
