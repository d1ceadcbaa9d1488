import { findForm } from '../forms/registry.ts';
import { statusLabel } from '../progress/describe.ts';
import { standingSteps } from '../progress/history.ts';
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
    answers: record.answers,
    additions: (record.additions ?? []).map(({ id, kind, at, answers, urgent, language }) => ({
      id,
      kind,
      at,
      answers,
      urgent,
      language,
    })),
    safeContact: form ? safeContactLines(form, record.answers) : [],
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
