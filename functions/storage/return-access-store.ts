import type { CaseComplaintFacts } from '../case-review/prefill.ts';
import type { Answers } from '../forms/types.ts';
import type { ReturnCaseView } from '../returning/actions.ts';
import type { Addition, ReturnSession } from '../returning/types.ts';

/** A return session as stored: who, and when it was last used (epoch seconds). */
export interface StoredReturnSession extends ReturnSession {
  lastSeenAt: number;
}

/** Issue 21: what a one-time link's address is checked against (the current safe contact). */
export interface LinkContact {
  formId: string;
  answers: Answers;
  additions: Addition[];
}

/** Issue 21: a link's token taken: its case, and whether this was its one use (false: used or expired). */
export interface TakenLink {
  session: ReturnSession;
  fresh: boolean;
}

/**
 * Where the way back in keeps what it needs (issue 21): the case without its answers, the code's
 * keyed hash, sessions and counts of wrong codes. All of it lives in the submissions table under
 * its own key prefixes (TABLE_SHAPE.returnSessionPrefix, returnLimitPrefix), each with a TTL.
 */
export interface ReturnAccessStore {
  /** The case for a return session, or undefined once erased, expired, suspected or never there. */
  caseForReturn(reference: string): Promise<ReturnCaseView | undefined>;
  /**
   * Slice 23: what an ASB Case Review application is pre-filled with (the report's and incidents'
   * days and accounts), for the person signed in to this case only; undefined as caseForReturn.
   */
  complaintFactsForReturn(reference: string): Promise<CaseComplaintFacts | undefined>;
  /** The stored hash of the case's return code and its form; undefined for a case that cannot be signed in to. */
  returnCodeOf(reference: string): Promise<{ codeHash: string; formId: string } | undefined>;
  /** A repeated submission's fresh code (the first was never shown); only where a code was given. */
  replaceReturnCode(reference: string, codeHash: string): Promise<void>;
  saveSession(idHash: string, session: StoredReturnSession, expiresAt: number): Promise<void>;
  getSession(idHash: string): Promise<StoredReturnSession | undefined>;
  touchSession(idHash: string, lastSeenAt: number, expiresAt: number): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  forgetWrongCodes(key: string): Promise<void>;
  /**
   * Counts one attempt against a key, atomically and only while fewer than `limit` are counted
   * (then the wait's end moves to `until`); the new count, or undefined when the limit is reached,
   * so of any number of parallel attempts only `limit` are ever let through.
   */
  claimAttempt(key: string, limit: number, until: number): Promise<number | undefined>;
  /** Gives back an attempt claimed but not spent (a right code, or one refused by another limit). */
  giveBackAttempt(key: string): Promise<void>;
  /** Issue 21: the case's answers and additions, for a one-time link's address; undefined as returnCodeOf. */
  linkContactOf(reference: string): Promise<LinkContact | undefined>;
  /** Keeps a one-time link's token (its keyed hash only) for one case until `expiresAt`. */
  saveLink(tokenHash: string, session: ReturnSession, expiresAt: number): Promise<void>;
  /**
   * Takes a link's token once (a conditional update marks it used): its case, fresh only the first
   * time within its 15 minutes; undefined for a token never given (or swept).
   */
  takeLink(tokenHash: string): Promise<TakenLink | undefined>;
}
