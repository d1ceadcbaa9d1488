/**
 * Addresses SES will not deliver to (they bounced or complained). The confirmation is never sent
 * to one: a bounce or complaint more raises the account's rates, and at 10% bounces SES pauses all
 * sending, team emails included.
 */
export interface SuppressionList {
  isSuppressed(address: string): Promise<boolean>;
}
