import { describe, expect, it } from 'vitest';
import { publishedSchema } from '../../../functions/forms/json-schema.ts';
import { findForm } from '../../../functions/forms/registry.ts';

const referral = findForm('referral');
if (!referral) throw new Error('no referral form');

describe('the published JSON Schema', () => {
  const schema = publishedSchema(referral) as {
    properties: Record<string, Record<string, unknown>>;
    required: string[];
    allOf: { if: unknown; then: { required: string[] } }[];
  };

  it('carries labels, options and limits from the definition', () => {
    expect(schema.properties.ageBand).toMatchObject({
      title: 'How old is the person?',
      enum: expect.arrayContaining(['under-18']),
    });
    expect(schema.properties.name).toMatchObject({ maxLength: 100 });
    expect(schema.properties.email).toMatchObject({ format: 'email' });
  });

  it('says which answers are always required and which follow-ups become required', () => {
    expect(schema.required).toContain('referrerType');
    expect(schema.required).not.toContain('workEmail');
    expect(schema.allOf).toContainEqual({
      if: { properties: { referrerType: { enum: ['professional'] } }, required: ['referrerType'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword.
      then: { required: ['workEmail'] },
    });
  });

  it('requires every consent statement and offers the optional submission token', () => {
    expect(schema.properties.consent).toMatchObject({ minItems: 3, uniqueItems: true });
    expect(schema.properties.submissionToken).toMatchObject({ type: 'string' });
  });
});
