import { limitedAddress } from '../security/ip-address.ts';
import { keyedHash } from '../security/keyed-hash.ts';
import type { ReturnAccessStore } from '../storage/return-access-store.ts';

/** One count an attempt is held to: its key (RETURN-LIMIT#…) and how many it allows in the wait. */
export interface AttemptLimit {
  key: string;
  limit: number;
}

/** The key an address's attempts are counted under: only its keyed hash is kept. */
export const addressKey = (hashKey: Buffer, kind: string, address: string): string =>
  `${kind}#${keyedHash(hashKey, 'return-address', limitedAddress(address))}`;

/**
 * Counts one attempt against every limit, each in one conditional write, before anything is looked
 * at: the counts, or undefined when any limit is reached (the others' claims are given back, so a
 * refusal costs nothing but the wait). Parallel attempts cannot all pass a check made first.
 */
export const claimAttempts = async (
  store: Pick<ReturnAccessStore, 'claimAttempt' | 'giveBackAttempt'>,
  limits: AttemptLimit[],
  until: number,
): Promise<number[] | undefined> => {
  const counts: number[] = [];
  for (const { key, limit } of limits) {
    const count = await store.claimAttempt(key, limit, until);
    if (count === undefined) {
      await Promise.all(limits.slice(0, counts.length).map(({ key: k }) => store.giveBackAttempt(k)));
      return undefined;
    }
    counts.push(count);
  }
  return counts;
};
