import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { STAFF_SESSION } from '../../contract/service-contract.ts';
import type { StaffMember, StaffSession, StaffStore } from '../../storage/staff-store.ts';

/** A random, unguessable id for the cookie: 256 bits. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** The table keeps only a hash of the id, so reading the table does not let anyone sign in. */
export const hashOf = (id: string): string => createHash('sha256').update(id).digest('base64url');

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/** Only touch the session once a minute: enough for a 30-minute idle limit, far fewer writes. */
const TOUCH_EVERY_SECONDS = 60;

export type SessionCheck =
  | { kind: 'none' }
  | { kind: 'expired' }
  | { kind: 'active'; idHash: string; session: StaffSession };

/** Starts a session for a member; returns the id for the cookie. */
export const startSession = async (
  store: StaffStore,
  { member, idToken, now }: { member: StaffMember; idToken: string; now: Date },
): Promise<string> => {
  const id = newSecret();
  const at = seconds(now);
  await store.saveSession(
    hashOf(id),
    { member, csrfToken: newSecret(), idToken, createdAt: at, lastSeenAt: at },
    at + STAFF_SESSION.absoluteSeconds,
  );
  return id;
};

/**
 * The session the cookie names, if it is still alive: idle for at most 30 minutes and at most 10
 * hours old. An ended session is deleted at once, so its cookie is worth nothing afterwards.
 */
export const checkSession = async (
  store: StaffStore,
  cookieValue: string | undefined,
  now: Date,
): Promise<SessionCheck> => {
  if (!cookieValue || cookieValue.length > 100) return { kind: 'none' };
  const idHash = hashOf(cookieValue);
  const session = await store.getSession(idHash);
  if (!session) return { kind: 'expired' };
  const at = seconds(now);
  const idle = at - session.lastSeenAt > STAFF_SESSION.idleSeconds;
  const old = at - session.createdAt > STAFF_SESSION.absoluteSeconds;
  if (idle || old) {
    await store.deleteSession(idHash);
    return { kind: 'expired' };
  }
  if (at - session.lastSeenAt >= TOUCH_EVERY_SECONDS) await store.touchSession(idHash, at);
  return { kind: 'active', idHash, session };
};

/** Compares the anti-forgery token in constant time. */
export const csrfMatches = (session: StaffSession, sent: unknown): boolean => {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
};
