import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import type { MemberContext } from '../context.ts';
import { badRequest, type FieldError } from '../errors.ts';
import { BULK_FIELDS } from '../pages/inbox-page.ts';
import { inboxResponse, membersOf, PAGE_SIZE } from './inbox.ts';
import { type Case, loadWithMembers, writeAssignment } from './progress.ts';

/** The inbox address the form came from (its filters and page), as sent back with the post. */
const backTo = (form: URLSearchParams): URLSearchParams => {
  const back = form.get(BULK_FIELDS.back) ?? '';
  if (back.length > 2_000) throw badRequest('That is too much to send.');
  const address = new URLSearchParams(back);
  address.delete('assigned');
  address.delete('to');
  return address;
};

const problems = (references: string[], assignee: string): FieldError[] => [
  ...(references.length === 0
    ? [{ field: BULK_FIELDS.references, message: 'Select at least one case to assign' }]
    : []),
  ...(assignee
    ? []
    : [{ field: BULK_FIELDS.assignee, message: 'Choose who to assign the selected cases to' }]),
];

/**
 * POST: assigns the selected cases to one member. Every case is loaded by the one rule first
 * (loadCase: another team's, unknown or erased reference is refused, audited, and the whole post
 * answered 404 with nothing written), and the member must be in each case's team. Each case is
 * then written and audited as the case page's assignment is (writeAssignment). A problem redraws
 * the inbox with it; success goes back to the same page of the inbox with "3 cases assigned to …".
 */
export const bulkAssign = async (ctx: MemberContext): Promise<HttpResult> => {
  const { req, deps, signedIn } = ctx;
  const address = backTo(req.form);
  const references = [...new Set(req.form.getAll(BULK_FIELDS.references))];
  const assignee = req.form.get(BULK_FIELDS.assignee) ?? '';
  const errors = problems(references, assignee);
  if (errors.length > 0) return inboxResponse(ctx, address, errors);
  if (references.length > PAGE_SIZE) throw badRequest(`Assign up to ${PAGE_SIZE} cases at a time.`);
  const cases: Case[] = [];
  for (const reference of references) cases.push(await loadWithMembers(deps, signedIn, reference, 'assign'));
  const outside = cases.find((c) => !c.members.some((m) => m.sub === assignee));
  if (outside) {
    const name = (await membersOf(deps, signedIn.session.member.teams)).find((m) => m.sub === assignee)?.name;
    const message = `${name ?? 'That person'} is not in the team of ${outside.record.reference}: choose someone in the team of every case you select`;
    return inboxResponse(ctx, address, [{ field: BULK_FIELDS.assignee, message }]);
  }
  const changed: string[] = [];
  for (const c of cases) {
    if (c.record.assignee === assignee) continue; // Already theirs: nothing to write.
    if ((await writeAssignment(deps, signedIn, c, assignee)) === 'changed') changed.push(c.record.reference);
  }
  const assigned = cases.length - changed.length;
  if (changed.length > 0) {
    const message = `${assigned} assigned. Someone else changed ${changed.join(', ')} while you were choosing: check ${changed.length === 1 ? 'it' : 'them'} and try again.`;
    return inboxResponse(ctx, address, [{ field: '', message }]);
  }
  address.set('assigned', String(assigned));
  address.set('to', assignee);
  return redirect(`${STAFF_PATHS.inbox}?${address.toString()}`);
};
