/** What became of one attempt to deliver an event to an endpoint: never the event's body or the answer's. */
export interface DeliveryAttempt {
  endpoint: string;
  eventId: string;
  type: string;
  reference: string;
  /** 1 for the first try. */
  attempt: number;
  /** ISO 8601, UTC. */
  at: string;
  outcome: 'delivered' | 'failed' | 'refused' | 'switched off' | 'not sent: endpoint off';
  /** The receiver's HTTP status, when it answered. */
  status?: number;
  /** Why it failed, in a word or two (timeout, network, redirected, a refusal's reason). */
  reason?: string;
}

/** An endpoint switched off because it answered 410 Gone; absent while it is on. */
export interface EndpointOff {
  at: string;
  reason: string;
}

/** The staff table's record of deliveries and of endpoints switched off (the workspace's page reads it). */
export interface WebhookLog {
  record(attempt: DeliveryAttempt): Promise<void>;
  /** The endpoint's latest attempts, newest first. */
  recent(endpoint: string, limit: number): Promise<DeliveryAttempt[]>;
  offSince(endpoint: string): Promise<EndpointOff | undefined>;
  switchOff(endpoint: string, off: EndpointOff): Promise<void>;
  /** Turns it back on (docs/operations.md, "Re-driving failed deliveries"), once the receiving system is fixed. */
  switchOn(endpoint: string): Promise<void>;
}
