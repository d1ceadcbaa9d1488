import { describe, expect, it } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { findForm } from '../../../functions/forms/registry.ts';
import type { FormDefinition } from '../../../functions/forms/types.ts';
import { answerSubmission } from '../../../functions/http/actions/answer-submission.ts';
import { showConfirmation } from '../../../functions/http/actions/show-confirmation.ts';
import { localiseForm } from '../../../functions/i18n/localise-form.ts';
import {
  newReturnCode,
  normaliseReturnCode,
  RETURN_CODE_ALPHABET,
  returnCodeHash,
  returnCodeMatches,
} from '../../../functions/returning/return-code.ts';
import { apiEvent } from '../../support/stand-ins.ts';

const KEY = Buffer.alloc(32, 7);

const withWayBack = (form: FormDefinition): FormDefinition => ({
  ...form,
  returning: {
    addition: { title: 'Tell us', sections: [], kind: 'incident', urgency: [] },
    contactQuestions: ['safeWays'],
  },
});

const nuisance = withWayBack(findForm('nuisance') as FormDefinition);

describe('the return code', () => {
  it('is 12 characters of Crockford base32 in groups of four: 60 random bits, none of I, L, O or U', () => {
    expect(RETURN_CODE_ALPHABET).toHaveLength(32);
    expect(RETURN_CODE_ALPHABET).not.toMatch(/[ILOU]/);
    const codes = Array.from({ length: 500 }, newReturnCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Math.log2(32 ** 12)).toBeGreaterThanOrEqual(50);
  });

  it('reads what a person types: any case, spaces or dashes, O as 0 and I or L as 1', () => {
    expect(normaliseReturnCode('7kqm 4xpd 9t2b')).toBe('7KQM4XPD9T2B');
    expect(normaliseReturnCode(' 7KQM-4XPD-9T2B ')).toBe('7KQM4XPD9T2B');
    expect(normaliseReturnCode('O0IL-1111-2222')).toBe('001111112222');
    expect(normaliseReturnCode('7KQM-4XPD-9T2')).toBeUndefined();
    expect(normaliseReturnCode('UUUU-4XPD-9T2B')).toBeUndefined();
    expect(normaliseReturnCode('x'.repeat(100))).toBeUndefined();
  });

  it('is kept as a keyed hash bound to its reference: the same code opens no other case', () => {
    const code = '7KQM-4XPD-9T2B';
    const hash = returnCodeHash(KEY, 'NR-2345-6789', code);
    expect(hash).not.toContain('7KQM');
    expect(returnCodeMatches(KEY, 'NR-2345-6789', '7kqm 4xpd 9t2b', hash)).toBe(true);
    expect(returnCodeMatches(KEY, 'NR-2345-678A', code, hash)).toBe(false);
    expect(returnCodeMatches(Buffer.alloc(32, 8), 'NR-2345-6789', code, hash)).toBe(false);
    expect(returnCodeMatches(KEY, 'NR-2345-6789', code, undefined)).toBe(false);
    expect(returnCodeMatches(KEY, 'NR-2345-6789', 'not a code', hash)).toBe(false);
  });
});

describe('the return code on the confirmation page, once', () => {
  const accepted = {
    kind: 'accepted',
    reference: 'NR-2345-6789',
    duplicate: false,
    urgent: false,
    returnCode: '7KQM-4XPD-9T2B',
  } as const;

  it('travels in an httpOnly, Strict cookie scoped to the confirmation, never in the address or the JSON', () => {
    const plain = answerSubmission(nuisance, serviceConfig, { kind: 'form', fields: {} }, accepted);
    expect(plain.headers.location).not.toContain('7KQM');
    expect(plain.cookies).toEqual([
      'return-code=NR-2345-6789.7KQM-4XPD-9T2B; Path=/api/forms/nuisance/confirmation; Secure; HttpOnly; SameSite=Strict; Max-Age=600',
    ]);
    const json = answerSubmission(nuisance, serviceConfig, { kind: 'json', fields: {} }, accepted);
    expect(json.body).not.toContain('7KQM');
    expect(json.cookies).toHaveLength(1);
    const none = answerSubmission(
      nuisance,
      serviceConfig,
      { kind: 'json', fields: {} },
      { ...accepted, returnCode: undefined },
    );
    expect(none.cookies).toBeUndefined();
  });

  const confirmation = (cookie?: string, form = nuisance) =>
    showConfirmation(
      form,
      serviceConfig,
      apiEvent('GET', '/api/forms/nuisance/confirmation', {
        query: { reference: 'NR-2345-6789' },
        ...(cookie ? { headers: { cookie } } : {}),
      }),
    );

  it('shows the code with the warning and clears the cookie; without it, or for another reference, no code', () => {
    const shown = confirmation('return-code=NR-2345-6789.7KQM-4XPD-9T2B');
    expect(shown.body).toContain('<strong data-return-code>7KQM-4XPD-9T2B</strong>');
    expect(shown.body).toContain(
      'Write this down or keep it somewhere safe. Anyone with it and your reference can add to your report.',
    );
    expect(shown.body).toContain('href="/return/"');
    expect(shown.cookies?.[0]).toMatch(
      /^return-code=; Path=\/api\/forms\/nuisance\/confirmation;.*Max-Age=0$/,
    );
    for (const again of [confirmation(), confirmation('return-code=NR-9999-9999.7KQM-4XPD-9T2B')]) {
      expect(again.body).not.toContain('data-return-code');
      expect(again.cookies).toBeUndefined();
    }
  });

  it('says it in Welsh on the Welsh confirmation, pointing at /cy/return/', () => {
    const shown = confirmation('return-code=NR-2345-6789.7KQM-4XPD-9T2B', localiseForm(nuisance, 'cy'));
    expect(shown.body).toContain('Eich cod dychwelyd');
    expect(shown.body).toContain('href="/cy/return/"');
  });
});
