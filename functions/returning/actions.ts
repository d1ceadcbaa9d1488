/**
 * The seam between the way back in (the /return/ pages' router, session and sign-in) and what a
 * signed-in person can do there (add, change safe contact, withdraw; issue 22 adds evidence).
 * The router checks the session and the form's ReturningSpec, then hands the request to one of
 * these; each action renders its own page, validates with the form's question types and appends
 * one Addition to the case.
 */
import type { ServiceConfig } from '../config/schema.ts';
import type { FormDefinition } from '../forms/types.ts';
import type { HttpResult } from '../http/responses.ts';
import type { ReturnEvidenceDeps } from './evidence-deps.ts';
import type { Addition, ReturnSession } from './types.ts';

export type ReturnActionName = 'add' | 'contact' | 'withdraw' | 'evidence';

/** What the workspace may show a returning person about their case: never answers or names. */
export interface ReturnCaseView {
  reference: string;
  formId: string;
  createdAt: string;
  /** The team it went to: new search tokens are made for it (a keyed hash includes the team). */
  team: string;
  /** The furthest standing step id (SubmissionRecord.status); absent means received. */
  status?: string;
  closed: boolean;
  /** Kinds and times only, never what was said. */
  additions: Pick<Addition, 'kind' | 'at'>[];
  withdrawnAt?: string;
  caseReviewNoticeAt?: string;
  /** Epoch seconds, as the record's. */
  expiresAt: number;
}

/** The changes one addition makes to its case, written in one update with it. */
export interface AdditionChange {
  addition: Addition;
  /** Retention counts from the last addition, up to the form's limit (epoch seconds). */
  expiresAt: number;
  withdrawnAt?: string;
  caseReviewNoticeAt?: string;
  /**
   * Search tokens for details the addition brings (a contact change's new phone number or email),
   * made as at submit, written with it and listed on the record; kept as long as the case.
   */
  find?: { team: string; createdAt: string; tokens: string[] };
}

/** The store a returning person's actions need: their case (no answers) and appending to it. */
export interface ReturningStore {
  /** The case for a return session, or undefined once erased, expired or never there. */
  caseForReturn(reference: string): Promise<ReturnCaseView | undefined>;
  /**
   * Appends an addition with no condition on the list's length, so two at the same moment are
   * both kept, in order; 'gone' when the case was erased or expired meanwhile.
   */
  appendAddition(reference: string, change: AdditionChange): Promise<'saved' | 'gone'>;
}

export interface ReturnActionRequest {
  session: ReturnSession;
  /** The case's form, in the session's language. */
  form: FormDefinition;
  config: ServiceConfig;
  method: 'GET' | 'POST';
  /** The posted fields (POST); for GET, the address's query (evidence: the upload's ticket). */
  fields: Record<string, string | string[]>;
  now: Date;
  /** The evidence bucket and the record's files, where the service has them (issue 22). */
  evidence?: ReturnEvidenceDeps | undefined;
  /** The service's hash key: new contact details become search tokens with it, as at submit. */
  hashKey?: Buffer | undefined;
}

export type ReturnAction = (request: ReturnActionRequest, store: ReturningStore) => Promise<HttpResult>;
