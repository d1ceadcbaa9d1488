import { caseReview } from './case-review.ts';
import { feedback } from './feedback.ts';
import { nuisance } from './nuisance.ts';
import { referral } from './referral.ts';
import type { FormDefinition } from './types.ts';

/** Every form the service offers. Adding a form here is all the handler needs. */
export const FORMS: readonly FormDefinition[] = [referral, nuisance, feedback, caseReview];

export const findForm = (id: string): FormDefinition | undefined => FORMS.find((f) => f.id === id);
