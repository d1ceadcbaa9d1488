import { mailboxOf } from '../email/mailbox.ts';
import type { SuppressionList } from '../email/suppression-list.ts';
import { keyedHash } from '../security/keyed-hash.ts';
import type { ConfirmationLimit } from '../storage/confirmation-limit.ts';

/** One confirmation per address in this long: a form cannot be used to flood someone's inbox. */
export const CONFIRMATION_WINDOW_SECONDS = 24 * 60 * 60;

/** Why a confirmation that was asked for did not go. */
export type Withheld = 'suppressed' | 'recently-sent';

export interface ConfirmationGateDeps {
  /** The key for keyed hashes (HASH_KEY); the address is only ever stored as a keyed hash. */
  hashKey: Buffer;
  limit: ConfirmationLimit;
  suppression: SuppressionList;
}

/**
 * The keyed hash the limit is kept under: of the mailbox, so `Sam+1@`, `s.a.m@gmail.com` and
 * `SAM@googlemail.com` share one claim. Without the key nobody can test addresses against it.
 */
export const confirmationAddressHash = (key: Buffer, address: string): string =>
  keyedHash(key, 'confirmation-address', mailboxOf(address));

/**
 * Whether a confirmation may go to this address now: never to one SES has suppressed (checked
 * first, so a suppressed address uses up no claim), and at most one per address per window. A
 * retry of the same submission keeps its claim, so a failed send is tried again.
 */
export const confirmationWithheld = async (
  address: string,
  reference: string,
  now: Date,
  deps: ConfirmationGateDeps,
): Promise<Withheld | undefined> => {
  if (await deps.suppression.isSuppressed(address)) return 'suppressed';
  const until = Math.floor(now.getTime() / 1000) + CONFIRMATION_WINDOW_SECONDS;
  const claimed = await deps.limit.claim(
    confirmationAddressHash(deps.hashKey, address),
    reference,
    now,
    until,
  );
  return claimed ? undefined : 'recently-sent';
};
