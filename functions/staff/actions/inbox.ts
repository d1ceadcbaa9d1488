import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { URGENT_LABELS } from '../../forms/urgency.ts';
import type { HttpResult } from '../../http/responses.ts';
import { reachedByForm } from '../../progress/reached.ts';
import { waitingStatuses } from '../../progress/waiting.ts';
import type { InboxQuery, InboxRow } from '../../storage/inbox-query.ts';
import type { StaffMember, TeamMember } from '../../storage/staff-store.ts';
import type { MemberContext } from '../context.ts';
import type { StaffDeps } from '../deps.ts';
import type { FieldError } from '../errors.ts';
import { filtersQuery, type InboxFilters, inboxFilters, WAITING } from '../inbox-filters.ts';
import { type InboxPaging, inboxView } from '../inbox-view.ts';
import { inboxPage } from '../pages/inbox-page.ts';
import { pageResponse } from '../respond.ts';

export const PAGE_SIZE = 25;

/** The members of these teams who have signed in, each once, by name (for the assignee filter and column). */
export const membersOf = async (deps: StaffDeps, teams: readonly string[]): Promise<TeamMember[]> => {
  const lists = await Promise.all(teams.map((t) => deps.staff.teamMembers(t)));
  const bySub = new Map(lists.flat().map((m) => [m.sub, m]));
  return [...bySub.values()].sort((a, b) => a.name.localeCompare(b.name));
};

/** The filters as the by-team index's Query takes them (all but "opened", which the staff table knows). */
const queryOf = (filters: InboxFilters, member: StaffMember, now: Date): InboxQuery => ({
  teams: filters.team ? [filters.team] : member.teams,
  order: filters.order,
  ...(filters.formId ? { formId: filters.formId } : {}),
  ...(filters.urgentOnly ? { urgentLabels: URGENT_LABELS } : {}),
  ...(filters.progress
    ? { statuses: filters.progress === WAITING ? waitingStatuses() : [filters.progress] }
    : {}),
  ...(filters.reached ? { reached: reachedByForm(filters.reached) } : {}),
  ...(filters.assignee
    ? {
        assignee:
          filters.assignee === 'none' ? null : filters.assignee === 'me' ? member.sub : filters.assignee,
      }
    : {}),
  liveAt: now,
});

type Kept = InboxRow & { opened: boolean };

/**
 * Up to one more than a page of rows, in the order read, each marked opened or not and, when a
 * status is asked for, kept or dropped a batch at a time by whether anyone has opened it.
 */
const readPage = async (deps: StaffDeps, rows: AsyncIterable<InboxRow>, status?: 'new' | 'opened') => {
  const kept: Kept[] = [];
  let batch: InboxRow[] = [];
  const flush = async () => {
    const opened = await deps.staff.openedAmong(batch.map((r) => r.reference));
    for (const row of batch) {
      const isOpened = opened.has(row.reference);
      if (!status || (status === 'opened') === isOpened) kept.push({ ...row, opened: isOpened });
    }
    batch = [];
  };
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === PAGE_SIZE + 1) await flush();
    if (kept.length > PAGE_SIZE) break;
  }
  if (batch.length > 0 && kept.length <= PAGE_SIZE) await flush();
  return kept;
};

/**
 * Where this page stands: "Showing 26 to 50 of 312", counted by DynamoDB with the list's own filter
 * (Select COUNT). Whether anyone has opened a case lives in the staff table, not the index, so with
 * that filter on there is no total to count without reading every case: none is given.
 */
const countsOf = async (deps: StaffDeps, query: InboxQuery, filters: InboxFilters, page: Kept[]) => {
  const first = page[0];
  if (filters.status || !first) return undefined;
  const [total, before] = await Promise.all([deps.inbox.count(query), deps.inbox.count(query, first)]);
  return { from: before + 1, to: before + page.length, total };
};

/** After a bulk assign: "3 cases assigned to Sam Jones" (the count and who from the address, checked). */
const bannerOf = (query: URLSearchParams, members: TeamMember[], member: StaffMember): string | undefined => {
  const count = Number(query.get('assigned'));
  const to = query.get('to');
  if (!Number.isInteger(count) || count < 1 || count > PAGE_SIZE || !to) return undefined;
  const name = to === member.sub ? 'you' : (members.find((m) => m.sub === to)?.name ?? 'a team member');
  return `${count} ${count === 1 ? 'case' : 'cases'} assigned to ${name}`;
};

/** What a page of the inbox adds to its address that is not a filter: cleared before it is kept. */
const NOT_FILTERS = ['assigned', 'to'];

/**
 * One page of the inbox for this address, either way from a cursor: after a row (next) reads on
 * in the chosen order; before a row (previous) reads back in the other order and turns the page
 * round. Bulk assign draws it again, with its problems, when it cannot assign.
 */
export const inboxResponse = async (
  { deps, frame }: MemberContext,
  address: URLSearchParams,
  errors: FieldError[] = [],
): Promise<HttpResult> => {
  const { member } = frame;
  const teamMembers = await membersOf(deps, member.teams);
  const filters = inboxFilters(
    address,
    member,
    teamMembers.map((m) => m.sub),
  );
  const now = deps.now();
  const query = queryOf(filters, member, now);
  const back = filters.before !== undefined;
  const rows = back
    ? deps.inbox.rows({ ...query, order: query.order === 'newest' ? 'oldest' : 'newest' }, filters.before)
    : deps.inbox.rows(query, filters.after);
  const kept = await readPage(deps, rows, filters.status);
  const more = kept.length > PAGE_SIZE;
  const page = kept.slice(0, PAGE_SIZE);
  if (back) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const link = (cursor: Parameters<typeof filtersQuery>[1]) =>
    `${STAFF_PATHS.inbox}?${filtersQuery(filters, cursor)}`;
  const paging: InboxPaging = {
    ...((back ? more : filters.after !== undefined) && first ? { previous: link({ before: first }) } : {}),
    ...((back || more) && last ? { next: link({ after: last }) } : {}),
  };
  const counts = await countsOf(deps, query, filters, page);
  const here = new URLSearchParams(address);
  for (const name of NOT_FILTERS) here.delete(name);
  const banner = errors.length === 0 ? bannerOf(address, teamMembers, member) : undefined;
  return pageResponse(
    errors.length > 0 ? 400 : 200,
    inboxPage(
      inboxView({
        ...frame,
        filters,
        members: teamMembers,
        rows: page,
        paging: { ...paging, ...(counts ? { counts } : {}) },
        here: here.toString(),
        ...(banner ? { banner } : {}),
        errors,
        now,
      }),
    ),
  );
};

/** GET the inbox. */
export const showInbox = (ctx: MemberContext): Promise<HttpResult> => inboxResponse(ctx, ctx.req.query);
