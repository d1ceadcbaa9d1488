import { FORMS } from '../forms/registry.ts';
import type { FormDefinition } from '../forms/types.ts';
import { RECEIVED } from './types.ts';

/**
 * The statuses that mean "waiting for first contact": received, or a step before the form's first
 * contact step (a nuisance report acknowledged but not yet contacted). Step ids mean the same in
 * every form, so one list serves the inbox's filter across forms.
 */
export const waitingStatuses = (forms: readonly FormDefinition[] = FORMS): string[] => [
  RECEIVED,
  ...new Set(
    forms.flatMap((f) => {
      const ids = f.progress.steps.map((s) => s.id);
      return ids.slice(0, Math.max(0, ids.indexOf(f.progress.firstContactStep)));
    }),
  ),
];

/**
 * Every status a submission can have, with its label, in the order work goes (for the inbox filter):
 * "Paused" is one (statusOf gives the pause step's id while paused); "Resumed" never is.
 */
export const allStatuses = (forms: readonly FormDefinition[] = FORMS): [string, string][] => {
  const seen = new Map<string, string>([[RECEIVED, 'Received (no step yet)']]);
  for (const f of forms)
    for (const s of f.progress.steps) if (!s.resumes && !seen.has(s.id)) seen.set(s.id, s.label);
  return [...seen];
};
