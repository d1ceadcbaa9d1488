import type { ReturningStore } from '../returning/actions.ts';
import type { ReturnAccessStore } from './return-access-store.ts';

/**
 * The store the actions are given (ReturningStore): the case without its answers from the way
 * back in, and appending from the submission store (DynamoSubmissionStore.appendAddition, slice
 * 21-actions). Typed loosely on purpose until both slices are merged; a store without
 * appendAddition fails the action that calls it, never the sign-in.
 */
export const returningStore = (access: ReturnAccessStore, submissions: object): ReturningStore => {
  const append = (submissions as Partial<ReturningStore>).appendAddition;
  return {
    caseForReturn: (reference) => access.caseForReturn(reference),
    appendAddition: append
      ? append.bind(submissions)
      : () => Promise.reject(new Error('The submission store cannot append additions')),
  };
};
