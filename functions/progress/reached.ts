import { FORMS } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import { type ProgressSpec, RECEIVED } from './types.ts';

/**
 * "Reached" a step (the inbox's filter), decided from the status alone, since that is what the
 * list reads: a case has reached a step when its status is that step or a later one in the form's
 * order (statusOf keeps the furthest standing step, so a case that moved on still counts).
 *
 * Two kinds of status say nothing about the steps before them, and are left out for every step but
 * their own: a closure (a case may close at any point after it is received, so "Closed" cannot tell
 * whether first contact was ever made: feedback closed unread, a referral withdrawn before contact),
 * and a pause or resumption (recorded wherever the work stood). Closed cases are found with "Now at:
 * Closed" or "Reached: Closed"; counting them under every earlier step would list cases that never
 * reached it, which is the wrong the filter exists to stop.
 */
export const reachedStatuses = (spec: ProgressSpec, stepId: string): string[] => {
  const index = spec.steps.findIndex((s) => s.id === stepId);
  const step = spec.steps[index];
  if (!step) return [];
  // A pause is no point in the order: "reached" it means paused now (a resumed case moves back to its step).
  if (step.pauses || step.resumes) return [stepId];
  return spec.steps
    .slice(index)
    .filter((s) => s.id === stepId || !(s.closes || s.pauses || s.resumes))
    .map((s) => s.id);
};

/** For each form with this step, the statuses that mean it was reached (forms without it: none). */
export const reachedByForm = (stepId: string, forms: readonly FormDefinition[] = FORMS) =>
  forms.flatMap((f) => {
    const statuses = reachedStatuses(f.progress, stepId);
    return statuses.length > 0 ? [{ formId: f.id, statuses }] : [];
  });

/**
 * Still waiting: received, or at a step before the form's first contact (a nuisance report
 * acknowledged but not yet contacted), and neither closed nor on hold. Only then is the waiting
 * time shown.
 */
export const isWaiting = (spec: ProgressSpec, status: string | undefined): boolean => {
  if (!status || status === RECEIVED) return true;
  const index = spec.steps.findIndex((s) => s.id === status);
  const step = spec.steps[index];
  const firstContact = spec.steps.findIndex((s) => s.id === spec.firstContactStep);
  return step !== undefined && index < firstContact && !(step.closes || step.pauses || step.resumes);
};
