import { DUE_WORDS, overdueStep } from '../case-review/step-targets.ts';
import type { ServiceConfig } from '../config/schema.ts';
import { caseReview } from '../forms/case-review.ts';
import { findForm } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import { isUrgent } from '../forms/urgency.ts';
import type { TeamCase } from '../storage/team-cases.ts';
import { ageInWorkingDays, isOverdue, targetDays } from './targets.ts';

/** One line of the overdue email: nothing but the reference, form, age, target and urgency. */
export interface OverdueCase {
  reference: string;
  formId: string;
  formTitle: string;
  ageDays: number;
  targetDays: number;
  urgent: boolean;
}

/** Slice 23-case-review: a Case Review past a later step's target, saying which step is due. */
const laterStepOverdue = (
  c: TeamCase,
  form: FormDefinition,
  config: ServiceConfig,
  today: string,
): OverdueCase[] => {
  const due = form.id === caseReview.id ? overdueStep(c, config, today) : undefined;
  if (!due) return [];
  const formTitle = `${form.noun} (due: ${DUE_WORDS[due.step]})`;
  const { ageDays, targetDays } = due;
  return [
    { reference: c.reference, formId: c.formId, formTitle, ageDays, targetDays, urgent: isUrgent(c.urgent) },
  ];
};

/** A team's cases past their first-contact target on `today` (London), oldest first. */
export const overdueCases = (cases: TeamCase[], config: ServiceConfig, today: string): OverdueCase[] =>
  cases
    .flatMap((c) => {
      const form = findForm(c.formId);
      if (!form) return [];
      if (!isOverdue(c, form, config, today)) return laterStepOverdue(c, form, config, today);
      return [
        {
          reference: c.reference,
          formId: c.formId,
          formTitle: form.noun,
          ageDays: ageInWorkingDays(c, today, config.workingDays, form.progress),
          targetDays: targetDays(c, form, config),
          urgent: isUrgent(c.urgent),
        },
      ];
    })
    .sort(
      (a, b) =>
        Number(b.urgent) - Number(a.urgent) ||
        b.ageDays - a.ageDays ||
        a.reference.localeCompare(b.reference),
    );
