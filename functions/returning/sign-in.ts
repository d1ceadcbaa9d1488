import { RETURN_LIMITS } from '../contract/service-contract.ts';
import type { Language } from '../i18n/languages.ts';
import type { AuditAction } from '../storage/staff-store.ts';
import { REFERENCE_PATTERN } from '../submissions/reference.ts';
import type { ReturnAccessDeps } from './access-deps.ts';
import { addressKey, claimAttempts } from './attempt-limits.ts';
import { auditReturning } from './audit-returning.ts';
import { returnCodeMatches } from './return-code.ts';
import { startReturnSession } from './return-sessions.ts';

export interface SignInAttempt {
  reference: string;
  code: string;
  /** The browser's address (CloudFront-Viewer-Address): only its keyed hash is kept. */
  address: string;
  language: Language;
}

export type SignInOutcome =
  | { kind: 'signed-in'; cookieId: string; reference: string }
  /** Wrong, expired, erased, unknown: one answer, whatever the reason. */
  | { kind: 'wrong' }
  /** Too many wrong codes for this reference or from this address: wait an hour. */
  | { kind: 'locked' };

/** A typed reference as stored: capitals, spaces read as dashes (NR 7KQM 4XPD). */
export const normaliseReference = (typed: string): string =>
  typed.trim().toUpperCase().replace(/\s+/g, '-').slice(0, 20);

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * Reference and code to a session, or one plain refusal. Counts are kept per reference (whether
 * or not it exists, so the answer never tells) and per address; every attempt is audited under the
 * reference it named (never the code); a refusal comes a second later than a welcome.
 */
export const signIn = async (deps: ReturnAccessDeps, attempt: SignInAttempt): Promise<SignInOutcome> => {
  const now = deps.now();
  const typed = normaliseReference(attempt.reference);
  const reference = REFERENCE_PATTERN.test(typed) ? typed : undefined;
  const audit = (action: AuditAction, detail?: string) =>
    auditReturning(deps, now, action, reference, detail);

  const until = seconds(now) + RETURN_LIMITS.waitSeconds;
  const addressLimit = {
    key: addressKey(deps.hashKey, 'ADDR', attempt.address),
    limit: RETURN_LIMITS.perAddress,
  };
  const limits = [
    ...(reference ? [{ key: `REF#${reference}`, limit: RETURN_LIMITS.perReference }] : []),
    addressLimit,
  ];
  // Counted before the code is looked at, one conditional write each: of parallel wrong codes,
  // the one past the limit is refused, however close together they come.
  const counts = await claimAttempts(deps.access, limits, until);
  if (!counts) {
    await audit('return-locked-out');
    await deps.pause(RETURN_LIMITS.failureDelayMs);
    return { kind: 'locked' };
  }

  const stored = reference ? await deps.access.returnCodeOf(reference) : undefined;
  if (reference && stored && returnCodeMatches(deps.hashKey, reference, attempt.code, stored.codeHash)) {
    // A right code is no wrong one: the reference's count starts again, the address's is given back.
    await deps.access.forgetWrongCodes(`REF#${reference}`);
    await deps.access.giveBackAttempt(addressLimit.key);
    const session = { reference, formId: stored.formId, language: attempt.language };
    const cookieId = await startReturnSession(deps.access, session, now);
    await audit('return-signed-in');
    return { kind: 'signed-in', cookieId, reference };
  }
  // Hashed even with no case, so a wrong code for an unknown reference takes as long as for a known one.
  if (!stored) returnCodeMatches(deps.hashKey, reference ?? '', attempt.code, undefined);

  await audit(
    'return-wrong-code',
    reference ? `wrong code ${counts[0]} of ${RETURN_LIMITS.perReference}` : 'not a reference',
  );
  await deps.pause(RETURN_LIMITS.failureDelayMs);
  return { kind: 'wrong' };
};
