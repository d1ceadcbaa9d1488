import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { ADDITION_ATTRIBUTES } from '../../../functions/contract/service-contract.ts';
import { appendAddition } from '../../../functions/storage/addition-write.ts';
import { DynamoFileAttachments } from '../../../functions/storage/append-files.ts';

/**
 * On AWS the return function may update a case only in ADDITION_ATTRIBUTES (an IAM condition that
 * DynamoDB Local does not enforce): every attribute the addition's write names must be one of them,
 * or each addition would be refused there while passing every local test.
 */
describe('the addition write and the return function’s IAM', () => {
  it('names only the attributes the return function may touch', async () => {
    const sent: {
      input: { ExpressionAttributeNames?: Record<string, string>; UpdateExpression?: string };
    }[] = [];
    const db = {
      send: async (command: (typeof sent)[number]) => {
        sent.push(command);
        // The record lists its search token items and files (each claimed), whose expiry the addition moves too.
        return {
          Item: { findKeys: ['FIND#NR-2345-6789#0', 'FIND#NR-2345-6789#1'], files: [{ id: 'u1' }] },
        };
      },
    } as unknown as DynamoDBDocumentClient;
    await appendAddition(db, 'table', 'NR-2345-6789', {
      addition: {
        id: 'a1',
        kind: 'incident',
        at: '2026-12-03T08:00:00.000Z',
        answers: {},
        urgent: [],
        language: 'en',
      },
      expiresAt: 1_900_000_000,
      withdrawnAt: '2026-12-03T08:00:00.000Z',
      caseReviewNoticeAt: '2026-12-03T08:00:00.000Z',
    });
    const names = Object.values(sent[0]?.input.ExpressionAttributeNames ?? {});
    expect(names.length).toBeGreaterThan(4);
    expect(names.filter((name) => !(ADDITION_ATTRIBUTES as readonly string[]).includes(name))).toEqual([]);
    const updates = sent.filter((c) => c.input.UpdateExpression);
    expect(updates).toHaveLength(4);
    for (const update of updates)
      expect(
        Object.values(update.input.ExpressionAttributeNames ?? {}).filter(
          (name) => !(ADDITION_ATTRIBUTES as readonly string[]).includes(name),
        ),
      ).toEqual([]);
  });

  it('names only those attributes when evidence sent later moves the case’s items too', async () => {
    const sent: {
      input: { ExpressionAttributeNames?: Record<string, string>; UpdateExpression?: string };
    }[] = [];
    const db = {
      send: async (command: (typeof sent)[number]) => {
        sent.push(command);
        return { Item: { findKeys: ['FIND#NR-2345-6789#0'], files: [{ id: 'u0' }, { id: 'u1' }] } };
      },
    } as unknown as DynamoDBDocumentClient;
    const file = { id: 'u1', kind: 'photo', type: 'jpg', size: 10, status: 'checking' } as const;
    const change = { addition: { id: 'e1' }, expiresAt: 1_900_000_000 };
    await new DynamoFileAttachments(db, 'table').attach('NR-2345-6789', 1, [file], change.expiresAt, change);
    const moves = sent.filter((c) => c.input.UpdateExpression);
    expect(moves).toHaveLength(3);
    for (const move of moves)
      expect(
        Object.values(move.input.ExpressionAttributeNames ?? {}).filter(
          (name) => !(ADDITION_ATTRIBUTES as readonly string[]).includes(name),
        ),
      ).toEqual([]);
  });

  it('names only those attributes, and puts only search token items, for a contact change’s new details', async () => {
    const sent: {
      input: {
        TransactItems?: {
          Update?: { ExpressionAttributeNames?: Record<string, string> };
          Put?: { Item: Record<string, unknown> };
        }[];
      };
    }[] = [];
    const db = {
      send: async (command: (typeof sent)[number]) => {
        sent.push(command);
        return {};
      },
    } as unknown as DynamoDBDocumentClient;
    await appendAddition(db, 'table', 'NR-2345-6789', {
      addition: {
        id: 'c1',
        kind: 'contact',
        at: '2026-12-03T08:00:00.000Z',
        answers: {},
        urgent: [],
        language: 'en',
      },
      expiresAt: 1_900_000_000,
      find: { team: 'asb', createdAt: '2026-11-02T10:00:00.000Z', tokens: ['t1', 't2'] },
    });
    const items = sent[0]?.input.TransactItems ?? [];
    const names = Object.values(items[0]?.Update?.ExpressionAttributeNames ?? {});
    expect(names).toContain('findKeys');
    expect(names.filter((name) => !(ADDITION_ATTRIBUTES as readonly string[]).includes(name))).toEqual([]);
    // The return function may put items under FIND# (and UPLOAD#) alone.
    expect(items.slice(1).map((item) => item.Put?.Item.pk)).toEqual([
      'FIND#NR-2345-6789#c1.0',
      'FIND#NR-2345-6789#c1.1',
    ]);
  });
});
