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
  /**
   * What this session has opened and recorded in the audit trail already ("viewed:RJ-…"), so a page
   * reloaded after each save is one "Opened" per sign-in, not one per redirect.
   */
  opened?: string[];
}

/** A sign-in under way: what the callback needs to finish it, kept server-side for a few minutes. */
export interface PendingSignIn {
  codeVerifier: string;
  nonce: string;
  /** A workspace path to go to afterwards. */
  returnTo: string;
}

export type AuditAction =
  | 'signed-in'
  | 'signed-out'
  /** Opened a submission (its answers): once per session. */
  | 'viewed'
  /** Opened the page to record or correct a step (it shows the submission's details). */
  | 'viewed-steps'
  | 'exported'
  | 'erased'
  | 'step-recorded'
  | 'step-corrected'
  | 'assigned'
  /** Logged or corrected a contact attempt, added or corrected a note: audited without their text. */
  | 'contact-attempt-logged'
  | 'contact-attempt-corrected'
  | 'note-added'
  | 'note-corrected'
  /** Set or changed a case's follow-up (the day only: never what it is for). */
  | 'follow-up-set'
  | 'follow-up-cleared'
  /** Asked for something not theirs (another team's reference, an admin page, a forged post). */
  | 'refused'
  /** An operator read a whole submission with `ops show`. */
  | 'shown'
  /** An operator sent a submission's team email or confirmation again. */
  | 'resent'
  /** An operator released a suspected submission to its team. */
  | 'released'
  /** Searched for a case: by which kind and how many were found, never what was searched. */
  | 'searched'
  // Slice 21-access: the person coming back at /return/ (actor RETURNING_ACTOR), never the code.
  | 'return-signed-in'
  | 'return-wrong-code'
  | 'return-locked-out'
  | 'return-signed-out'
  // Issue 21: a one-time sign-in link by email, never the token or the address.
  /** Asked for a link: whether one went (to the address marked safe), never the address typed. */
  | 'return-link-asked'
  /** Opened a link that was used, expired or never given. */
  | 'return-link-refused'
  // Slice 23-case-review.
  /** Entered an ASB Case Review application for the person: the channel only, never the answers. */
  | 'application-entered'
  /** Sent a Case Review applicant a letter: its kind, language and way only, never its text. */
  | 'letter-sent'
  // Slice 22-evidence:
  /** Asked for an evidence file's download link (which file, by its number and kind; never its content). */
  | 'file-downloaded'
  // Slice 24-hand-off: a case system read a case through the case API (actor "client:{id}").
  | 'fetched-by-api';

/** A team member who has signed in: who a submission can be assigned to. */
export interface TeamMember {
  sub: string;
  name: string;
}

/**
 * A member who asked for the morning email (counts and references only): where it goes and which
 * teams' work it counts, as their last session had them; renewed when they open My work.
 */
export interface MorningEmailChoice {
  sub: string;
  name: string;
  email: string;
  teams: string[];
  /** The London day it was last renewed (YYYY-MM-DD). */
  renewedOn: string;
}

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
  /** Adds to what the session has opened (see StaffSession.opened); a no-op once it has ended. */
  noteOpened(idHash: string, key: string): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  savePendingSignIn(state: string, pending: PendingSignIn, expiresAt: number): Promise<void>;
  /** Reads and removes it in one step, so a replayed callback finds nothing. */
  takePendingSignIn(state: string): Promise<PendingSignIn | undefined>;
  audit(entry: AuditEntry, expiresAt: number): Promise<void>;
  auditFor(reference: string): Promise<AuditEntry[]>;
  auditBy(actor: string, limit: number): Promise<AuditEntry[]>;
  /** Which of these references anyone has opened (for the inbox's status). */
  openedAmong(references: string[]): Promise<Set<string>>;
  /** Notes that a member of these teams signed in, so they can be assigned work; expires unless renewed. */
  rememberMember(member: TeamMember, teams: readonly string[], expiresAt: number): Promise<void>;
  /** The team's members who have signed in recently, by name. */
  teamMembers(team: string): Promise<TeamMember[]>;
  /** Notes the first opening; it expires with the audit trail. */
  markOpened(reference: string, at: string, expiresAt: number): Promise<void>;
  /** The member's morning-email choice, if they asked for it (and it has not lapsed). */
  morningEmail(sub: string): Promise<MorningEmailChoice | undefined>;
  /** Asks for (or renews) the morning email; it lapses at `expiresAt` unless renewed. */
  saveMorningEmail(choice: MorningEmailChoice, expiresAt: number): Promise<void>;
  stopMorningEmail(sub: string): Promise<void>;
  /** Everyone who asked for it (one Query of the choices' partition). */
  morningEmails(): Promise<MorningEmailChoice[]>;
}
