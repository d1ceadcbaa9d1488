import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { validateAnswers } from '../../../functions/forms/validate.ts';
import { ANSWER_DAY } from '../../support/valid-answers.ts';

// The README's first curl example is what a newcomer tries: it must stay a valid referral.
it('the README’s curl referral is accepted by the referral form', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const body = readme.match(/curl -s -X POST \S+\/api\/forms\/referral .*? -d '(\{[\s\S]*?\})'/)?.[1];
  expect(body).toBeDefined();
  expect(
    validateAnswers(findForm('referral') as FormDefinition, JSON.parse(body ?? '{}'), ANSWER_DAY),
  ).toMatchObject({
    ok: true,
  });
});
