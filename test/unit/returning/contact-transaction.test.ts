import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { AdditionChange } from '../../../functions/returning/actions.ts';
import { appendAddition } from '../../../functions/storage/addition-write.ts';

/**
 * On AWS two transactions on one item at the same moment cancel each other (TransactionConflict),
 * which DynamoDB Local never does: a contact change that brings search tokens (one transaction) is
 * tried again then, so a double click is saved as one without tokens is.
 */
const cancelled = (code: string) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: [{ Code: code }, { Code: 'None' }],
  });

const change: AdditionChange = {
  addition: {
    id: 'c1',
    kind: 'contact',
    at: '2026-12-03T08:00:00.000Z',
    answers: {},
    urgent: [],
    language: 'en',
  },
  expiresAt: 1_900_000_000,
  find: { team: 'asb', createdAt: '2026-11-02T10:00:00.000Z', tokens: ['t1'] },
};

/** A table whose transactions fail with these reasons in turn, then land; reads answer `read`. */
const table = (failures: string[], read: Record<string, unknown> = {}) => {
  const transactions: unknown[] = [];
  const db = {
    send: async (command: { input: { TransactItems?: unknown } }) => {
      if (!command.input.TransactItems) return { Item: read };
      transactions.push(command);
      const code = failures.shift();
      if (code) throw cancelled(code);
      return {};
    },
  } as unknown as DynamoDBDocumentClient;
  return { db, transactions };
};

describe('a contact change’s transaction', () => {
  it('is tried again when crossed by another write to the case', async () => {
    const { db, transactions } = table(['TransactionConflict']);
    expect(await appendAddition(db, 'table', 'NR-2345-6789', change)).toBe('saved');
    expect(transactions).toHaveLength(2);
  });

  it('is said saved when the same page landed first, and gone when the case did not take it', async () => {
    expect(
      await appendAddition(
        table(['ConditionalCheckFailed'], { additionIds: ['c1'] }).db,
        't',
        'NR-2345-6789',
        change,
      ),
    ).toBe('saved');
    expect(await appendAddition(table(['ConditionalCheckFailed']).db, 't', 'NR-2345-6789', change)).toBe(
      'gone',
    );
  });

  it('fails after three conflicts in a row rather than trying for ever', async () => {
    const { db, transactions } = table(['TransactionConflict', 'TransactionConflict', 'TransactionConflict']);
    await expect(appendAddition(db, 'table', 'NR-2345-6789', change)).rejects.toThrow(
      TransactionCanceledException,
    );
    expect(transactions).toHaveLength(3);
  });
});
