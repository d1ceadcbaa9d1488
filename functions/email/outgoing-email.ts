/** An email ready to send: built by pure formatters, sent by a Notifier. */
export interface OutgoingEmail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The sender's display name, where it should not be the bare address (the confirmation's is neutral). */
  fromName?: string;
}

/** Sends an email or throws, so the caller can retry. Never swallows a failure. */
export interface Notifier {
  send(email: OutgoingEmail): Promise<void>;
}
