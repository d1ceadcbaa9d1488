/**
 * Whether a write was refused by its condition (the item was gone, renewed or already there).
 * Callers that expect that case treat it as done and rethrow anything else.
 */
export const isConditionFailure = (error: unknown): boolean =>
  (error as Error | undefined)?.name === 'ConditionalCheckFailedException';
