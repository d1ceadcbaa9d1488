import { STAFF_PATHS } from '../../contract/service-contract.ts';
import { type HttpResult, redirect } from '../../http/responses.ts';
import { classifySearch } from '../../search/classify.ts';
import { FIND_KIND_WORDS } from '../../search/kinds.ts';
import { findToken } from '../../search/tokens.ts';
import { recordAudit } from '../audit.ts';
import { canSee } from '../auth/member.ts';
import type { MemberContext } from '../context.ts';
import { SEARCH_FIELD } from '../pages/search-box.ts';
import { searchPage } from '../pages/search-page.ts';
import { pageResponse } from '../respond.ts';
import { searchView } from '../search-view.ts';

/**
 * Find a case (POSTed, so what was typed is in no address or access log; GET shows the empty box): a reference goes straight to the case (whose own 404 rules apply); a name,
 * phone, email or postcode is normalised and hashed for each of my teams and looked up in the
 * look-up index, so another team's cases can never match. Every search is audited by its kind and
 * what it found, never by what was typed; a search that cannot be made is a 400 saying why.
 */
export const showSearch = async ({ req, deps, frame }: MemberContext): Promise<HttpResult> => {
  const { member } = frame;
  const typed = req.method === 'POST' ? (req.form.get(SEARCH_FIELD) ?? '') : null;
  if (typed === null) return pageResponse(200, searchPage(searchView({ ...frame, query: '' })));
  const input = classifySearch(typed);
  if (input.kind === 'invalid')
    return pageResponse(400, searchPage(searchView({ ...frame, query: typed, error: input.message })));
  const now = deps.now();
  if (input.kind === 'reference') {
    await recordAudit(deps.staff, deps.config, now, member, 'searched', { detail: 'by reference' });
    return redirect(STAFF_PATHS.submission(input.reference));
  }
  const tokens = member.teams.map((team) => ({
    team,
    token: findToken(deps.hashKey, team, input.kind, input.normalised),
  }));
  const rows = (await deps.submissions.findCases({ tokens, liveAt: now })).filter((r) =>
    canSee(member, r.team),
  );
  // Written before the page is shown: nothing found is seen unrecorded.
  await recordAudit(deps.staff, deps.config, now, member, 'searched', {
    detail: `by ${FIND_KIND_WORDS[input.kind]}, ${rows.length} found`,
  });
  return pageResponse(
    200,
    searchPage(searchView({ ...frame, query: typed, result: { kind: input.kind, rows } })),
  );
};
