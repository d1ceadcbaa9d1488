import { findForm } from '../forms/registry.ts';
import { RECEIVED } from '../progress/types.ts';
import { allStatuses } from '../progress/waiting.ts';
import type { InboxCursor } from '../storage/inbox-query.ts';
import type { StaffMember } from '../storage/staff-store.ts';
import { REFERENCE_PATTERN } from '../submissions/reference.ts';
import { badRequest } from './errors.ts';

/** The "now at" filter's value for waiting: received, or before the form's first contact (or reading). */
export const WAITING = 'waiting';

export interface InboxFilters {
  formId?: string;
  team?: string;
  status?: 'new' | 'opened';
  urgentOnly: boolean;
  /** Now at: a status, or 'waiting' for those not yet contacted (or read). */
  progress?: string;
  /** Reached: a step the case is at or past (functions/progress/reached.ts). */
  reached?: string;
  /** 'me', 'none' or a team member's `sub`. */
  assignee?: string;
  order: 'newest' | 'oldest';
  /** The page after this row (the next page link) … */
  after?: InboxCursor;
  /** … or the page before this row (the previous page link). */
  before?: InboxCursor;
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
  const reached = oneOf(
    query.get('reached'),
    allStatuses()
      .map(([id]) => id)
      .filter((id) => id !== RECEIVED),
    'a step',
  );
  const assignee = oneOf(query.get('assignee'), ['me', 'none', ...members], 'someone in your teams');
  const formId = query.get('form') || undefined;
  if (formId !== undefined && !findForm(formId)) throw badRequest('Choose a form from the list.');
  const team = oneOf(query.get('team'), member.teams, 'one of your teams');
  const status = oneOf(query.get('status'), ['new', 'opened'] as const, 'a status');
  const order = oneOf(query.get('order'), ['newest', 'oldest'] as const, 'an order') ?? 'newest';
  const after = query.get('after');
  const before = query.get('before');
  if (after && before) throw badRequest('That page link is not valid.');
  return {
    ...(formId ? { formId } : {}),
    ...(team ? { team } : {}),
    ...(status ? { status } : {}),
    urgentOnly: query.get('urgent') === 'yes',
    ...(progress ? { progress } : {}),
    ...(reached ? { reached } : {}),
    ...(assignee ? { assignee } : {}),
    order,
    ...(after ? { after: decodeCursor(after) } : {}),
    ...(before ? { before: decodeCursor(before) } : {}),
  };
};

/** The same filters as a query string, for a page link: the page after or before this row. */
export const filtersQuery = (
  filters: InboxFilters,
  cursor: { after: InboxCursor } | { before: InboxCursor },
): string => {
  const params = new URLSearchParams();
  if (filters.formId) params.set('form', filters.formId);
  if (filters.team) params.set('team', filters.team);
  if (filters.status) params.set('status', filters.status);
  if (filters.urgentOnly) params.set('urgent', 'yes');
  if (filters.progress) params.set('progress', filters.progress);
  if (filters.reached) params.set('reached', filters.reached);
  if (filters.assignee) params.set('assignee', filters.assignee);
  params.set('order', filters.order);
  if ('after' in cursor) params.set('after', encodeCursor(cursor.after));
  else params.set('before', encodeCursor(cursor.before));
  return params.toString();
};
