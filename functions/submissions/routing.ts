import type { FormSettings } from '../config/schema.ts';
import type { Answers } from '../forms/types.ts';

const normalise = (value: string): string => value.toUpperCase().replace(/\s+/g, '');

/** The team a submission goes to: the first routing rule its answers match, else the form's team. */
export const teamFor = (settings: FormSettings, answers: Answers): string => {
  for (const route of settings.routes) {
    const answer = answers[route.question];
    const given = Array.isArray(answer) ? answer : answer === undefined ? [] : [answer];
    const equals = route.equals?.some((v) => given.includes(v)) ?? false;
    const startsWith =
      route.startsWith?.some((prefix) => given.some((g) => normalise(g).startsWith(normalise(prefix)))) ??
      false;
    if (equals || startsWith) return route.team;
  }
  return settings.team;
};
