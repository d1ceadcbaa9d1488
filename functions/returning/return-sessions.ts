import { RETURN_SESSION } from '../contract/service-contract.ts';
import { hashOf, newSecret } from '../staff/auth/sessions.ts';
import type { ReturnAccessStore } from '../storage/return-access-store.ts';
import type { ReturnSession } from './types.ts';

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/** Only touch the session once a minute: enough for a 15-minute idle limit, far fewer writes. */
const TOUCH_EVERY_SECONDS = 60;

export type ReturnSessionCheck =
  | { kind: 'none' }
  | { kind: 'ended' }
  | { kind: 'active'; idHash: string; session: ReturnSession };

/** Starts a session for one case; returns the id for the cookie (the table keeps only its hash). */
export const startReturnSession = async (
  store: ReturnAccessStore,
  session: ReturnSession,
  now: Date,
): Promise<string> => {
  const id = newSecret();
  const at = seconds(now);
  await store.saveSession(hashOf(id), { ...session, lastSeenAt: at }, at + RETURN_SESSION.idleSeconds);
  return id;
};

/** The session the cookie names, if used within the last 15 minutes; an idle one is deleted at once. */
export const checkReturnSession = async (
  store: ReturnAccessStore,
  cookieValue: string | undefined,
  now: Date,
): Promise<ReturnSessionCheck> => {
  if (!cookieValue || cookieValue.length > 100) return { kind: 'none' };
  const idHash = hashOf(cookieValue);
  const stored = await store.getSession(idHash);
  if (!stored) return { kind: 'ended' };
  const at = seconds(now);
  if (at - stored.lastSeenAt > RETURN_SESSION.idleSeconds) {
    await store.deleteSession(idHash);
    return { kind: 'ended' };
  }
  if (at - stored.lastSeenAt >= TOUCH_EVERY_SECONDS)
    await store.touchSession(idHash, at, at + RETURN_SESSION.idleSeconds);
  const { reference, formId, language } = stored;
  return { kind: 'active', idHash, session: { reference, formId, language } };
};

/** Ends a session now: its cookie is worth nothing afterwards. */
export const endReturnSession = (store: ReturnAccessStore, cookieValue: string | undefined) =>
  cookieValue && cookieValue.length <= 100 ? store.deleteSession(hashOf(cookieValue)) : Promise.resolve();
