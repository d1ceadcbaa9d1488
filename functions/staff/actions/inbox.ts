import type { HttpResult } from '../../http/responses.ts';
import { waitingStatuses } from '../../progress/waiting.ts';
import type { InboxRow } from '../../storage/inbox-query.ts';
import type { TeamMember } from '../../storage/staff-store.ts';
import type { MemberContext } from '../context.ts';
import type { StaffDeps } from '../deps.ts';
import { filtersQuery, inboxFilters, WAITING } from '../inbox-filters.ts';
import { inboxView } from '../inbox-view.ts';
import { inboxPage } from '../pages/inbox-page.ts';
import { pageResponse } from '../respond.ts';

export const PAGE_SIZE = 25;

/** The members of these teams who have signed in, each once, by name (for the assignee filter and column). */
const membersOf = async (deps: StaffDeps, teams: readonly string[]): Promise<TeamMember[]> => {
  const lists = await Promise.all(teams.map((t) => deps.staff.teamMembers(t)));
  const bySub = new Map(lists.flat().map((m) => [m.sub, m]));
  return [...bySub.values()].sort((a, b) => a.name.localeCompare(b.name));
};

/**
 * One page of the inbox: rows are read in order from the by-team index and, when a status is
 * asked for, kept or dropped a batch at a time by whether anyone has opened them.
 */
export const showInbox = async ({ req, deps, frame }: MemberContext): Promise<HttpResult> => {
  const { member } = frame;
  const teamMembers = await membersOf(deps, member.teams);
  const filters = inboxFilters(
    req.query,
    member,
    teamMembers.map((m) => m.sub),
  );
  const now = deps.now();
  const rows = deps.inbox(
    {
      teams: filters.team ? [filters.team] : member.teams,
      order: filters.order,
      ...(filters.formId ? { formId: filters.formId } : {}),
      urgentOnly: filters.urgentOnly,
      ...(filters.progress
        ? { statuses: filters.progress === WAITING ? waitingStatuses() : [filters.progress] }
        : {}),
      ...(filters.assignee
        ? {
            assignee:
              filters.assignee === 'none' ? null : filters.assignee === 'me' ? member.sub : filters.assignee,
          }
        : {}),
      liveAt: now,
    },
    filters.after,
  );
  const kept: (InboxRow & { opened: boolean })[] = [];
  let batch: InboxRow[] = [];
  const flush = async () => {
    const opened = await deps.staff.openedAmong(batch.map((r) => r.reference));
    for (const row of batch) {
      const isOpened = opened.has(row.reference);
      if (!filters.status || (filters.status === 'opened') === isOpened)
        kept.push({ ...row, opened: isOpened });
    }
    batch = [];
  };
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === PAGE_SIZE + 1) await flush();
    if (kept.length > PAGE_SIZE) break;
  }
  if (batch.length > 0 && kept.length <= PAGE_SIZE) await flush();
  const page = kept.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return pageResponse(
    200,
    inboxPage(
      inboxView({
        ...frame,
        filters,
        members: teamMembers,
        rows: page,
        ...(kept.length > PAGE_SIZE && last ? { nextPage: filtersQuery(filters, last) } : {}),
        now,
      }),
    ),
  );
};
