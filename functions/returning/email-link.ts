import { randomBytes } from 'node:crypto';
import { RETURN_LIMITS, RETURN_LINK, RETURN_PATHS } from '../contract/service-contract.ts';
import { findForm } from '../forms/registry.ts';
import type { Language } from '../i18n/languages.ts';
import { logger } from '../observability/logger.ts';
import { keyedHash } from '../security/keyed-hash.ts';
import { REFERENCE_PATTERN } from '../submissions/reference.ts';
import type { LinkEmailDeps, ReturnAccessDeps } from './access-deps.ts';
import { addressKey, claimAttempts } from './attempt-limits.ts';
import { auditReturning } from './audit-returning.ts';
import { isLinkAddress, linkAddressOf } from './link-address.ts';
import { formatLinkEmail } from './link-email.ts';
import { startReturnSession } from './return-sessions.ts';
import { normaliseReference } from './sign-in.ts';

const seconds = (at: Date) => Math.floor(at.getTime() / 1000);

/** The table keeps only this keyed hash of a link's token: reading the table gives no way in. */
export const linkTokenHash = (hashKey: Buffer, token: string): string =>
  keyedHash(hashKey, 'return-link', token);

/** A token is 32 random bytes (256 bits) in base64url: 43 characters. Anything else is just wrong. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const audit = auditReturning;

export interface LinkRequest {
  reference: string;
  email: string;
  /** The browser's address: only its keyed hash is kept, for the count. */
  address: string;
  /** The page's language: the email is written in it, and the link leads back to it. */
  language: Language;
}

/** 'answered': the same for a link sent and none sent; 'locked': too many requests this hour. */
export type LinkRequestOutcome = 'answered' | 'locked';

/** Whether the link went, or why not (the audit trail says which; the person is told the same). */
type Sending = 'sent' | 'suppressed' | 'failed';

const NOT_SENT: Record<Exclude<Sending, 'sent'>, string> = {
  suppressed: 'not sent: the address is on SES’s suppression list',
  failed: 'not sent: the email could not be sent',
};

/** The error's name only: the address and the token never reach a log. */
const logFailure = (message: string, error: unknown) =>
  logger.error(message, { errorName: (error as Error | undefined)?.name ?? 'unknown' });

/**
 * Never to an address SES has suppressed (it bounced or complained): one more raises the account's
 * rates, as for the confirmation (suppression-list.ts). If SES cannot say, nothing is sent blind.
 */
const suppressed = async (deps: LinkEmailDeps, to: string): Promise<Sending | undefined> => {
  try {
    return (await deps.suppression.isSuppressed(to)) ? 'suppressed' : undefined;
  } catch (error) {
    logFailure('return link suppression check failed', error);
    return 'failed';
  }
};

/** Keeps a fresh token for the case and emails its link, unless the address is suppressed. */
const sendLink = async (
  deps: ReturnAccessDeps & { linkEmail: LinkEmailDeps },
  request: LinkRequest & { formId: string; to: string },
  reference: string,
  now: Date,
): Promise<Sending> => {
  const withheld = await suppressed(deps.linkEmail, request.to);
  if (withheld) return withheld;
  const token = randomBytes(32).toString('base64url');
  const session = { reference, formId: request.formId, language: request.language };
  await deps.access.saveLink(
    linkTokenHash(deps.hashKey, token),
    session,
    seconds(now) + RETURN_LINK.validSeconds,
  );
  const url = `${new URL(RETURN_PATHS.link(request.language), deps.config.siteUrl).href}?token=${token}`;
  try {
    await deps.linkEmail.notifier.send(
      formatLinkEmail(deps.config, request.language, reference, url, request.to),
    );
    return 'sent';
  } catch (error) {
    logFailure('return link email failed', error);
    return 'failed';
  }
};

/**
 * A one-time sign-in link, sent only when the address typed is the one the case holds as safe now.
 * never to one on SES's suppression list. Counted per reference (existing or not) and per address
 * before anything is looked at; audited under the reference named, never with the address or the
 * token. The answer is the same, after the same time (RETURN_LINK.answerMs), whether a link went
 * or not.
 */
export const requestSignInLink = async (
  deps: ReturnAccessDeps,
  request: LinkRequest,
): Promise<LinkRequestOutcome> => {
  const started = performance.now();
  const answer = async (outcome: LinkRequestOutcome) => {
    await deps.pause(Math.max(0, Math.ceil(RETURN_LINK.answerMs - (performance.now() - started))));
    return outcome;
  };
  const now = deps.now();
  const typed = normaliseReference(request.reference);
  const reference = REFERENCE_PATTERN.test(typed) ? typed : undefined;
  const limits = [
    ...(reference ? [{ key: `LINK-REF#${reference}`, limit: RETURN_LINK.perReference }] : []),
    { key: addressKey(deps.hashKey, 'LINK-ADDR', request.address), limit: RETURN_LINK.perAddress },
  ];
  if (!(await claimAttempts(deps.access, limits, seconds(now) + RETURN_LINK.waitSeconds))) {
    await audit(deps, now, 'return-locked-out', reference, 'too many sign-in links asked for');
    return answer('locked');
  }
  const linkEmail = deps.linkEmail;
  const contact = reference && linkEmail ? await deps.access.linkContactOf(reference) : undefined;
  const form = contact && (deps.forms ?? findForm)(contact.formId);
  const safe = form && contact ? linkAddressOf(form, contact) : undefined;
  if (!reference || !contact || !safe || !linkEmail || !isLinkAddress(request.email, safe)) {
    await audit(deps, now, 'return-link-asked', reference, 'not sent: no address marked safe matched');
    return answer('answered');
  }
  const sent = await sendLink(
    { ...deps, linkEmail },
    { ...request, formId: contact.formId, to: safe },
    reference,
    now,
  );
  await audit(
    deps,
    now,
    'return-link-asked',
    reference,
    sent === 'sent' ? 'sent to the address marked safe' : NOT_SENT[sent],
  );
  return answer('answered');
};

export type LinkUseOutcome = { kind: 'signed-in'; cookieId: string } | { kind: 'wrong' } | { kind: 'locked' };

/**
 * Opening the link's Continue (a POST: a mail scanner following the link signs nobody in): the
 * token is taken once, with a conditional update, and its case's session starts. A used, expired
 * or unknown token, or one for a case erased since, is one plain refusal, counted against the
 * browser's address as a wrong code is.
 */
export const useSignInLink = async (
  deps: ReturnAccessDeps,
  use: { token: string; address: string; language: Language },
): Promise<LinkUseOutcome> => {
  const now = deps.now();
  // Counted before the token is looked at, as a code is (sign-in.ts), and given back if it works.
  const key = addressKey(deps.hashKey, 'ADDR', use.address);
  const limits = [{ key, limit: RETURN_LIMITS.perAddress }];
  if (!(await claimAttempts(deps.access, limits, seconds(now) + RETURN_LIMITS.waitSeconds))) {
    await audit(
      deps,
      now,
      'return-locked-out',
      undefined,
      'a sign-in link, from an address refused too often',
    );
    await deps.pause(RETURN_LIMITS.failureDelayMs);
    return { kind: 'locked' };
  }
  const taken = TOKEN_PATTERN.test(use.token)
    ? await deps.access.takeLink(linkTokenHash(deps.hashKey, use.token))
    : undefined;
  const still = taken?.fresh ? await deps.access.returnCodeOf(taken.session.reference) : undefined;
  if (!taken?.fresh || !still) {
    // Under the case a used or expired link was for: a second use may be someone else's.
    await audit(deps, now, 'return-link-refused', taken?.session.reference, 'used, expired or unknown');
    await deps.pause(RETURN_LIMITS.failureDelayMs);
    return { kind: 'wrong' };
  }
  await deps.access.giveBackAttempt(key);
  // The session is in the language of the page they continued on (the link's own).
  const session = { reference: taken.session.reference, formId: still.formId, language: use.language };
  const cookieId = await startReturnSession(deps.access, session, now);
  await audit(deps, now, 'return-signed-in', taken.session.reference, 'with a one-time link by email');
  return { kind: 'signed-in', cookieId };
};
