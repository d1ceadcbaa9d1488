import type { Answers, FormDefinition } from '../forms/types.ts';
import { keyedHash } from '../security/keyed-hash.ts';
import { FIND_KINDS, type FindKind } from './kinds.ts';
import { normalise } from './normalise.ts';

/** Keeps find tokens from matching hashes made for any other purpose (the duplicate guard's). */
const PURPOSE = 'find';

/**
 * The search token of one normalised value in one team: a keyed hash, so the index holds no name,
 * phone or email in clear, and nobody without the key can test guesses against it. The team is
 * part of what is hashed, so another team's search makes another token and can never match.
 */
export const findToken = (key: Buffer, team: string, kind: FindKind, normalised: string): string =>
  keyedHash(key, PURPOSE, `${team}\0${kind}\0${normalised}`);

const textsOf = (answers: Answers, ids: readonly string[]): string[] =>
  ids.flatMap((id) => {
    const answer = answers[id];
    return typeof answer === 'string' ? [answer] : [];
  });

/**
 * Every distinct token a submission can be found by: each findable answer its form declares,
 * normalised (a postcode only where the answer holds one). None for a form that declares none.
 */
export const findTokensOf = (
  form: Pick<FormDefinition, 'findable'>,
  team: string,
  answers: Answers,
  key: Buffer,
): string[] => {
  const tokens = new Set<string>();
  for (const kind of FIND_KINDS) {
    for (const text of textsOf(answers, form.findable?.[kind] ?? [])) {
      const value = normalise(kind, text);
      if (value) tokens.add(findToken(key, team, kind, value));
    }
  }
  return [...tokens];
};
