import { describe, expect, it } from 'vitest';
import {
  notifierTakes,
  passesUpdateFilter,
  TABLE_SHAPE,
} from '../../../functions/contract/service-contract.ts';

const kind = { [TABLE_SHAPE.kindAttribute]: { S: TABLE_SHAPE.kinds.submission } };
const withAdditions = (n: number, extra = {}) => ({
  ...kind,
  additions: { L: Array.from({ length: n }, () => ({})) },
  ...extra,
});
type Image = Record<string, { S?: string; L?: unknown[] }>;
const modify = (OldImage: Image, NewImage: Image, eventName = 'MODIFY') => ({
  eventName,
  dynamodb: { OldImage, NewImage },
});
const notice = { caseReviewNoticeAt: { S: '2026-12-01T10:00:00.000Z' } };

describe('which MODIFYs the notifier takes (contract/stream.ts)', () => {
  it('takes a submission that gained an addition, the first or a later one', () => {
    expect(passesUpdateFilter(modify(kind, withAdditions(1)))).toBe(true);
    expect(passesUpdateFilter(modify(withAdditions(2), withAdditions(3)))).toBe(true);
  });

  it('takes a Case Review notice newly set, and not one set before', () => {
    expect(passesUpdateFilter(modify(withAdditions(2), withAdditions(2, notice)))).toBe(true);
    expect(passesUpdateFilter(modify(withAdditions(2, notice), withAdditions(2, notice)))).toBe(false);
  });

  it('takes a Case Review application that gained a letter, and not its mark of letters dealt with', () => {
    const letters = (n: number, extra = {}) => ({
      ...kind,
      letters: { L: Array.from({ length: n }, () => ({})) },
      ...extra,
    });
    expect(passesUpdateFilter(modify(kind, letters(1)))).toBe(true);
    expect(passesUpdateFilter(modify(letters(1), letters(2)))).toBe(true);
    expect(passesUpdateFilter(modify(letters(2), letters(2, { lettersEmailed: { S: '2' } })))).toBe(false);
  });

  it('leaves every other change to a case: steps, notes, its own marks and claims', () => {
    expect(passesUpdateFilter(modify(withAdditions(2), withAdditions(2, { status: { S: 'closed' } })))).toBe(
      false,
    );
    expect(passesUpdateFilter(modify(kind, kind))).toBe(false);
    expect(
      passesUpdateFilter(modify(withAdditions(1), { ...withAdditions(2), kind: { S: 'suspected' } })),
    ).toBe(false);
    expect(passesUpdateFilter(modify(kind, withAdditions(1), 'INSERT'))).toBe(false);
  });

  it('takes new submissions as before', () => {
    expect(notifierTakes({ eventName: 'INSERT', dynamodb: { NewImage: kind } })).toBe(true);
    expect(notifierTakes({ eventName: 'REMOVE', dynamodb: { OldImage: withAdditions(1) } })).toBe(false);
  });
});
