import { teamName } from '../config/team-name.ts';
import { findForm } from '../forms/registry.ts';
import { sentence } from '../forms/words.ts';
import { statusLabel } from '../progress/describe.ts';
import { HOSTILE } from '../search/classify.ts';
import { FIND_KIND_WORDS, type FindKind } from '../search/kinds.ts';
import type { InboxRow } from '../storage/inbox-query.ts';
import { timeText } from '../time/times.ts';
import type { StaffFrame } from './frame.ts';

/** One case a search found, as the page shows it: never an answer. */
export interface SearchRowView {
  reference: string;
  received: string;
  form: string;
  team: string;
  progress: string;
}

export interface SearchView extends StaffFrame {
  /** What was typed, to show in the box again (control characters taken out). */
  query: string;
  /** Why the search was not made, for the error summary and the field. */
  error?: string;
  /** Set once a search was made: "2 cases found by phone number in your team". */
  found?: { heading: string; rows: SearchRowView[]; showTeam: boolean };
}

/** What the search action has: the frame, what was typed, and a problem or what was found. */
export interface SearchFound extends StaffFrame {
  query: string;
  error?: string;
  result?: { kind: FindKind; rows: InboxRow[] };
}

const CONTROL = new RegExp(HOSTILE.source, 'g');

const count = (n: number) => (n === 1 ? '1 case' : `${n} cases`);

/** The search page's view: the words of each row and of the count, decided here. */
export const searchView = ({ result, query, ...frame }: SearchFound): SearchView => {
  const shown = query.replace(CONTROL, '').slice(0, 200);
  if (!result) return { ...frame, query: shown };
  const where = frame.member.teams.length > 1 ? 'your teams' : 'your team';
  return {
    ...frame,
    query: shown,
    found: {
      heading: `${count(result.rows.length)} found by ${FIND_KIND_WORDS[result.kind]} in ${where}`,
      showTeam: frame.member.teams.length > 1,
      rows: result.rows.map((r) => {
        const form = findForm(r.formId);
        return {
          reference: r.reference,
          received: timeText(r.createdAt),
          form: form ? sentence(form.noun) : r.formId,
          team: teamName(frame.config, r.team),
          progress: statusLabel(form, r.status),
        };
      }),
    },
  };
};
