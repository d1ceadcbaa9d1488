/** A signed-in member of staff, as their session holds them. */
export interface StaffMember {
  /** The provider's subject: stable, and what the audit trail names. */
  sub: string;
  name: string;
  email: string;
  /** The teams whose work they see (their groups that name a configured team). */
  teams: string[];
  admin: boolean;
  /** The teams they lead (group "<team>-lead"), whose progress report they see; absent in older sessions. */
  leads?: string[];
}

/** A server-side session; the browser holds only a random id, and the table only its hash. */
export interface StaffSession {
  member: StaffMember;
  /** Anti-forgery token every state-changing request must carry. */
  csrfToken: string;
  /** For signing out at the provider (id_token_hint); never sent to the browser. */
  idToken: string;
  /** Epoch seconds. */
  createdAt: number;
  lastSeenAt: number;
}

/** A sign-in under way: what the callback needs to finish it, kept server-side for a few minutes. */
export interface PendingSignIn {
  codeVerifier: string;
  nonce: string;
  /** A workspace path to go to afterwards. */
  returnTo: string;
}

export type AuditAction = 'signed-in' | 'signed-out' | 'viewed' | 'exported' | 'erased';

/** Who did what, to which reference, when: never answers. */
export interface AuditEntry {
  action: AuditAction;
  actor: string;
  actorName: string;
  /** ISO 8601, UTC. */
  at: string;
  reference?: string;
  /** A few words that are not personal data, e.g. an export's form and dates. */
  detail?: string;
}

/**
 * Where the workspace keeps sessions, sign-ins under way and the audit trail (the staff table).
 * Sessions and sign-ins expire by TTL; audit entries after their own retention.
 */
export interface StaffStore {
  saveSession(idHash: string, session: StaffSession, expiresAt: number): Promise<void>;
  getSession(idHash: string): Promise<StaffSession | undefined>;
  touchSession(idHash: string, lastSeenAt: number): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  savePendingSignIn(state: string, pending: PendingSignIn, expiresAt: number): Promise<void>;
  /** Reads and removes it in one step, so a replayed callback finds nothing. */
  takePendingSignIn(state: string): Promise<PendingSignIn | undefined>;
  audit(entry: AuditEntry, expiresAt: number): Promise<void>;
  auditFor(reference: string): Promise<AuditEntry[]>;
  auditBy(actor: string, limit: number): Promise<AuditEntry[]>;
  /** Which of these references anyone has opened (for the inbox's status). */
  openedAmong(references: string[]): Promise<Set<string>>;
  /** Notes the first opening; it expires with the audit trail. */
  markOpened(reference: string, at: string, expiresAt: number): Promise<void>;
}
