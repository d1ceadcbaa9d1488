import { findForm } from '../forms/registry.ts';
import { statusLabel } from '../progress/describe.ts';
import { standingSteps } from '../progress/history.ts';
import { currentAnswers } from '../returning/current-answers.ts';
import { safeContactLines } from '../staff/safe-contact.ts';
import type { SubmissionRecord } from '../submissions/record.ts';

/**
 * What the case API returns for one case: the answers as the form's published JSON Schema
 * describes them (GET /api/forms/{formId}), what the person added since, how they may be
 * contacted safely, and the steps that stand (each step's day and choice; never the team's notes
 * or who recorded it).
 */
export const caseDocument = (record: SubmissionRecord) => {
  const form = findForm(record.formId);
  // The answers as they stand now: a changed safe contact replaces the old (a number the person who
  // harmed them may hold), as the workspace, exports and emails show it; the change is in additions.
  const answers = form ? currentAnswers(form, record) : record.answers;
  return {
    reference: record.reference,
    form: record.formId,
    schemaVersion: record.schemaVersion,
    team: record.team,
    receivedAt: record.createdAt,
    language: record.language ?? 'en',
    urgent: record.urgent,
    markers: record.markers ?? [],
    status: { id: record.status ?? 'received', label: statusLabel(form, record.status) },
    ...(record.withdrawnAt ? { withdrawnAt: record.withdrawnAt } : {}),
    answers,
    additions: (record.additions ?? []).map(({ id, kind, at, answers, urgent, language }) => ({
      id,
      kind,
      at,
      answers,
      urgent,
      language,
    })),
    safeContact: form ? safeContactLines(form, answers) : [],
    steps: standingSteps(record.steps).map(({ id, step, on, detail, reviewOn }) => ({
      id,
      step,
      label: form?.progress.steps.find((s) => s.id === step)?.label ?? step,
      on,
      ...(detail ? { detail } : {}),
      ...(reviewOn ? { reviewOn } : {}),
    })),
  };
};

export type CaseDocument = ReturnType<typeof caseDocument>;
