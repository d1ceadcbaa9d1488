import { questionsOf } from '../forms/applicable.ts';
import type { FormDefinition } from '../forms/types.ts';
import { RETURN_ACTIONS } from './action-registry.ts';
import type { ReturnActionName, ReturnCaseView } from './actions.ts';

/** Whether the case's form lets a person do this (its ReturningSpec), whatever is built. */
export const formOffers = (form: FormDefinition, name: ReturnActionName): boolean => {
  const spec = form.returning;
  if (!spec) return false;
  if (name === 'add') return true;
  if (name === 'contact') return spec.contactQuestions.length > 0;
  if (name === 'evidence') return questionsOf(form.sections).some((q) => q.type === 'file');
  return spec.withdraw !== undefined;
};

/** What the status page links to: what the form offers and the service has, in the form's order. */
export const offeredActions = (form: FormDefinition, view: ReturnCaseView): ReturnActionName[] =>
  (['add', 'evidence', 'contact', 'withdraw'] as const).filter(
    (name) =>
      formOffers(form, name) &&
      RETURN_ACTIONS[name] !== undefined &&
      // Withdrawn once is enough; the team already knows.
      !(name === 'withdraw' && view.withdrawnAt),
  );
