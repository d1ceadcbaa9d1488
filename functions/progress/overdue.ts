import type { ServiceConfig } from '../config/schema.ts';
import { findForm } from '../forms/registry.ts';
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

/** A team's cases past their first-contact target on `today` (London), oldest first. */
export const overdueCases = (cases: TeamCase[], config: ServiceConfig, today: string): OverdueCase[] =>
  cases
    .flatMap((c) => {
      const form = findForm(c.formId);
      if (!form || !isOverdue(c, form, config, today)) return [];
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
