import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { serviceConfig } from '../../../../functions/config/service-config.ts';
import { STAFF_SESSION } from '../../../../functions/contract/service-contract.ts';
import { makeStaffHandler } from '../../../../functions/handlers/staff-app.ts';
import type { HttpResult } from '../../../../functions/http/responses.ts';
import { hashOf, startSession } from '../../../../functions/staff/auth/sessions.ts';
import type { StaffDeps } from '../../../../functions/staff/deps.ts';
import type {
  AuditEntry,
  StaffMember,
  StaffSession,
  StaffStore,
} from '../../../../functions/storage/staff-store.ts';

/** The staff store's port kept in memory: sessions and audit entries only (the guards' part). */
export const memoryStaffStore = () => {
  const sessions = new Map<string, StaffSession>();
  const entries: AuditEntry[] = [];
  const store: StaffStore = {
    saveSession: async (id, session) => void sessions.set(id, session),
    getSession: async (id) => sessions.get(id),
    touchSession: async () => undefined,
    noteOpened: async () => undefined,
    deleteSession: async (id) => void sessions.delete(id),
    savePendingSignIn: async () => undefined,
    takePendingSignIn: async () => undefined,
    audit: async (entry) => void entries.push(entry),
    auditFor: async (reference) => entries.filter((e) => e.reference === reference),
    auditBy: async (actor) => entries.filter((e) => e.actor === actor),
    openedAmong: async () => new Set(),
    rememberMember: async () => undefined,
    teamMembers: async () => [],
    markOpened: async () => undefined,
    morningEmail: async () => undefined,
    saveMorningEmail: async () => undefined,
    stopMorningEmail: async () => undefined,
    morningEmails: async () => [],
  };
  return { store, entries };
};

export const NOW = new Date('2026-11-30T12:00:00Z');

export const MEMBERS = {
  member: { sub: 'sub-m', name: 'Mo Member', email: '', teams: ['restorative-justice'], admin: false },
  lead: {
    sub: 'sub-l',
    name: 'Lee Lead',
    email: '',
    teams: ['restorative-justice'],
    leads: ['restorative-justice'],
    admin: false,
  },
  admin: { sub: 'sub-a', name: 'Ada Admin', email: '', teams: ['restorative-justice'], admin: true },
} satisfies Record<string, StaffMember>;

/**
 * The staff handler with the guards' collaborators in memory: nothing a guard refuses reaches the
 * submissions, so those are left out (a test that got that far would fail loudly).
 */
export const guardedHandler = () => {
  const { store, entries } = memoryStaffStore();
  const deps = {
    config: serviceConfig,
    staff: store,
    now: () => NOW,
    hashKey: Buffer.alloc(32),
  } as unknown as StaffDeps;
  const handler = makeStaffHandler(deps);
  const signIn = async (member: StaffMember) => {
    const cookie = await startSession(store, { member, idToken: 'id', now: NOW });
    const session = await store.getSession(hashOf(cookie));
    return { cookie, csrf: session?.csrfToken ?? '' };
  };
  const request = async (
    method: string,
    path: string,
    options: { cookie?: string; form?: Record<string, string> } = {},
  ): Promise<HttpResult> => {
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: path,
      rawQueryString: '',
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...(method === 'POST'
          ? { origin: new URL(serviceConfig.siteUrl).origin, 'sec-fetch-site': 'same-origin' }
          : {}),
        ...(options.cookie ? { cookie: `${STAFF_SESSION.cookie}=${options.cookie}` } : {}),
      },
      requestContext: { http: { method, path }, requestId: 'test' },
      ...(body !== undefined ? { body } : {}),
      isBase64Encoded: false,
    } as unknown as APIGatewayProxyEventV2;
    return (await handler(event, {} as never)) as HttpResult;
  };
  return { request, signIn, entries };
};
