/**
 * At most one confirmation email per mailbox in a window: the notifier claims the mailbox (by a
 * keyed hash of email/mailbox.ts's mailboxOf, never the address itself) before sending. Without
 * this, anyone could make the service email a stranger again and again by typing their address
 * into a form.
 */
export interface ConfirmationLimit {
  /**
   * Claims the address for this submission until `until` (epoch seconds). True when it is free,
   * expired, or already claimed by this same submission (a retry after a failed send); false when
   * another submission claimed it within the window.
   */
  claim(addressHash: string, reference: string, now: Date, until: number): Promise<boolean>;
}
