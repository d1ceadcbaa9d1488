import { auditExpiry } from '../staff/audit.ts';
import type { AuditAction } from '../storage/staff-store.ts';
import { RETURNING_ACTOR, type ReturnAccessDeps } from './access-deps.ts';

/**
 * One entry in the audit trail for something a person coming back did (or tried): named as
 * RETURNING_ACTOR, with the reference only when it is one, and never the code, token or address.
 */
export const auditReturning = (
  deps: Pick<ReturnAccessDeps, 'audit' | 'config'>,
  now: Date,
  action: AuditAction,
  reference?: string,
  detail?: string,
): Promise<void> =>
  deps.audit.audit(
    {
      action,
      actor: RETURNING_ACTOR.sub,
      actorName: RETURNING_ACTOR.name,
      at: now.toISOString(),
      ...(reference ? { reference } : {}),
      ...(detail ? { detail } : {}),
    },
    auditExpiry(deps.config, now),
  );
