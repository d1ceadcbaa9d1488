import { findForm } from '../forms/registry.ts';
import { allStatuses } from '../progress/waiting.ts';
import type { InboxCursor } from '../storage/inbox-query.ts';
import type { StaffMember } from '../storage/staff-store.ts';
import { REFERENCE_PATTERN } from '../submissions/reference.ts';
import { badRequest } from './errors.ts';

/** The progress filter's value for "waiting for first contact". */
export const WAITING = 'waiting';

export interface InboxFilters {
  formId?: string;
  team?: string;
  status?: 'new' | 'opened';
  urgentOnly: boolean;
  /** A progress status, or 'waiting' for those waiting for first contact. */
  progress?: string;
  /** 'me', 'none' or a team member's `sub`. */
  assignee?: string;
  order: 'newest' | 'oldest';
  after?: InboxCursor;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const encodeCursor = (cursor: InboxCursor): string =>
  Buffer.from(`${cursor.createdAt}|${cursor.reference}`).toString('base64url');

const decodeCursor = (text: string): InboxCursor => {
  const [createdAt = '', reference = ''] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  if (!ISO_TIME.test(createdAt) || !REFERENCE_PATTERN.test(reference))
    throw badRequest('That page link is not valid.');
  return { createdAt, reference };
};

const oneOf = <T extends string>(
  value: string | null,
  allowed: readonly T[],
  what: string,
): T | undefined => {
  if (value === null || value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw badRequest(`Choose ${what} from the list.`);
};

/** The inbox's filters from the address, each checked; anything else is a 400 with a reason. */
export const inboxFilters = (
  query: URLSearchParams,
  member: StaffMember,
  members: readonly string[] = [],
): InboxFilters => {
  const progress = oneOf(
    query.get('progress'),
    [WAITING, ...allStatuses().map(([id]) => id)],
    'a progress status',
  );
  const assignee = oneOf(query.get('assignee'), ['me', 'none', ...members], 'someone in your teams');
  const formId = query.get('form') || undefined;
  if (formId !== undefined && !findForm(formId)) throw badRequest('Choose a form from the list.');
  const team = oneOf(query.get('team'), member.teams, 'one of your teams');
  const status = oneOf(query.get('status'), ['new', 'opened'] as const, 'a status');
  const order = oneOf(query.get('order'), ['newest', 'oldest'] as const, 'an order') ?? 'newest';
  const after = query.get('after');
  return {
    ...(formId ? { formId } : {}),
    ...(team ? { team } : {}),
    ...(status ? { status } : {}),
    urgentOnly: query.get('urgent') === 'yes',
    ...(progress ? { progress } : {}),
    ...(assignee ? { assignee } : {}),
    order,
    ...(after ? { after: decodeCursor(after) } : {}),
  };
};

/** The same filters as a query string, for the next page's link. */
export const filtersQuery = (filters: InboxFilters, after: InboxCursor): string => {
  const params = new URLSearchParams();
  if (filters.formId) params.set('form', filters.formId);
  if (filters.team) params.set('team', filters.team);
  if (filters.status) params.set('status', filters.status);
  if (filters.urgentOnly) params.set('urgent', 'yes');
  if (filters.progress) params.set('progress', filters.progress);
  if (filters.assignee) params.set('assignee', filters.assignee);
  params.set('order', filters.order);
  params.set('after', encodeCursor(after));
  return params.toString();
};
