import type { FormDefinition } from '../forms/types.ts';
import type { ReturnActionName } from './actions.ts';

/**
 * What a form lets a person do when they come back, in the order the status page lists them: the
 * router answers 404 for any other (each action refuses one its form does not offer, too).
 */
export const offeredActions = (form: Pick<FormDefinition, 'returning'>): ReturnActionName[] => {
  const spec = form.returning;
  if (!spec) return [];
  return [
    'add',
    ...(spec.contactQuestions.length > 0 ? (['contact'] as const) : []),
    ...(spec.withdraw ? (['withdraw'] as const) : []),
  ];
};
