/**
 * Evidence sent from the way back in (issue 22 item 1): the uploads a signed-in person names by
 * their tickets are attached to their case as the form's own files are (checked from their bytes,
 * claimed, then scanned and processed), with one 'evidence' addition saying how many, in the same
 * write: so the team's update email counts them, and nothing is half attached.
 */
import { EVIDENCE } from '../contract/service-contract.ts';
import { attachToReference } from '../files/attach-to-reference.ts';
import type { FileProblem } from '../files/first-look.ts';
import { checkTicket } from '../files/upload-ticket.ts';
import type { ReturningStore } from './actions.ts';
import type { ReturnEvidenceDeps } from './evidence-deps.ts';
import { additionChange, type NewAddition } from './record-addition.ts';

export type { ReturnEvidenceDeps };

export type EvidenceOutcome =
  | { kind: 'saved'; count: number }
  | { kind: 'gone' }
  | { kind: 'refused'; problem: FileProblem; maxMb?: number };

export const recordEvidence = async (
  store: ReturningStore,
  deps: ReturnEvidenceDeps,
  input: Omit<NewAddition, 'kind' | 'answers' | 'urgent'> & { id: string; tickets: readonly string[] },
): Promise<EvidenceOutcome> => {
  const { session, form, config, now } = input;
  const ids: string[] = [];
  for (const ticket of input.tickets) {
    // A ticket for this case's form, in time: the upload is one this person made for it.
    const checked = checkTicket(deps.hashKey, ticket, form.id, now);
    if (!checked.ok) return { kind: 'refused', problem: 'notUploaded' };
    ids.push(checked.uploadId);
  }
  if (ids.length === 0) return { kind: 'refused', problem: 'notUploaded' };
  const view = await store.caseForReturn(session.reference);
  const record = view?.formId === form.id ? await deps.attachments.filesOf(session.reference) : undefined;
  if (!view || !record) return { kind: 'gone' };
  const attached = await attachToReference(record, ids, { ...deps, settings: config.files }, (count) =>
    additionChange(view, {
      id: input.id,
      form,
      config,
      now,
      kind: 'evidence',
      answers: { [EVIDENCE.additionCountAnswer]: String(count) },
      urgent: [],
      language: session.language,
    }),
  );
  if (attached.ok) return { kind: 'saved', count: ids.length };
  if (attached.problem === 'gone') return { kind: 'gone' };
  return { kind: 'refused', problem: attached.problem, ...(attached.maxMb ? { maxMb: attached.maxMb } : {}) };
};
