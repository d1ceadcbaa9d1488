import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type CaseComplaintFacts, FROM_INCIDENT, FROM_REPORT } from '../case-review/prefill.ts';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { findForm } from '../forms/registry.ts';
import type { ReturnCaseView } from '../returning/actions.ts';
import type { Addition, ReturnSession } from '../returning/types.ts';
import { isConditionFailure } from './condition-failure.ts';
import type {
  LinkContact,
  ReturnAccessStore,
  StoredReturnSession,
  TakenLink,
} from './return-access-store.ts';
import { TableAdapter } from './table-adapter.ts';

const {
  partitionKey: PK,
  kindAttribute: KIND,
  kinds,
  timeToLiveAttribute: TTL,
  returnSessionPrefix,
  returnLimitPrefix,
  returnLinkPrefix,
} = TABLE_SHAPE;

/** What a returning person's pages may read of a case: never answers, notes, steps' details or names. */
const CASE_FIELDS = [
  PK.name,
  KIND,
  'formId',
  'team',
  'createdAt',
  'status',
  'additions',
  'withdrawnAt',
  'caseReviewNoticeAt',
  TTL,
  'returnCodeHash',
] as const;

const sessionKey = (idHash: string) => ({ [PK.name]: `${returnSessionPrefix}${idHash}` });
const limitKey = (key: string) => ({ [PK.name]: `${returnLimitPrefix}${key}` });
const linkKey = (tokenHash: string) => ({ [PK.name]: `${returnLinkPrefix}${tokenHash}` });

/** Whether the step a case stands at is its form's closing step. */
const closedAt = (formId: string, status: unknown): boolean =>
  typeof status === 'string' &&
  findForm(formId)?.progress.steps.find((s) => s.id === status)?.closes === true;

/** The return pages' items in the submissions table (DynamoDB Local or AWS). */
export class DynamoReturnAccess extends TableAdapter implements ReturnAccessStore {
  private nowSeconds(): number {
    return Math.floor(this.clock().getTime() / 1000);
  }

  /** A submission (not a suspected one) still within its retention, read without its answers. */
  private async caseItem(reference: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [PK.name]: reference },
        ConsistentRead: true,
        ProjectionExpression: CASE_FIELDS.map((_, i) => `#f${i}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(CASE_FIELDS.map((f, i) => [`#f${i}`, f])),
      }),
    );
    // TTL deletes some time after expiry: an expired case is no case.
    if (!Item || Item[KIND] !== kinds.submission || Number(Item[TTL]) <= this.nowSeconds()) return undefined;
    return Item;
  }

  async caseForReturn(reference: string): Promise<ReturnCaseView | undefined> {
    const item = await this.caseItem(reference);
    if (!item) return undefined;
    const formId = String(item.formId);
    const additions = Array.isArray(item.additions) ? (item.additions as Addition[]) : [];
    return {
      reference,
      formId,
      createdAt: String(item.createdAt),
      team: String(item.team),
      ...(typeof item.status === 'string' ? { status: item.status } : {}),
      closed: closedAt(formId, item.status),
      additions: additions.map(({ kind, at }) => ({ kind, at })),
      ...(typeof item.withdrawnAt === 'string' ? { withdrawnAt: item.withdrawnAt } : {}),
      ...(typeof item.caseReviewNoticeAt === 'string' ? { caseReviewNoticeAt: item.caseReviewNoticeAt } : {}),
      expiresAt: Number(item[TTL]),
    };
  }

  /** Slice 23: the report's and incidents' days and accounts, for the Case Review pre-fill. */
  async complaintFactsForReturn(reference: string): Promise<CaseComplaintFacts | undefined> {
    const fields = [PK.name, KIND, TTL, 'createdAt', 'additions', 'answers'];
    const answers = [...new Set([...Object.values(FROM_REPORT), ...Object.values(FROM_INCIDENT)])];
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [PK.name]: reference },
        ConsistentRead: true,
        // Only the report's answers the pre-fill uses; never the rest of what they said.
        ProjectionExpression: [
          ...fields.slice(0, -1).map((_, i) => `#f${i}`),
          ...answers.map((_, i) => `#a.#q${i}`),
        ].join(', '),
        ExpressionAttributeNames: {
          ...Object.fromEntries(fields.slice(0, -1).map((f, i) => [`#f${i}`, f])),
          '#a': 'answers',
          ...Object.fromEntries(answers.map((q, i) => [`#q${i}`, q])),
        },
      }),
    );
    if (!Item || Item[KIND] !== kinds.submission || Number(Item[TTL]) <= this.nowSeconds()) return undefined;
    return {
      reference,
      createdAt: String(Item.createdAt),
      answers: (Item.answers ?? {}) as CaseComplaintFacts['answers'],
      additions: Array.isArray(Item.additions) ? (Item.additions as Addition[]) : [],
    };
  }

  async returnCodeOf(reference: string): Promise<{ codeHash: string; formId: string } | undefined> {
    const item = await this.caseItem(reference);
    return typeof item?.returnCodeHash === 'string'
      ? { codeHash: item.returnCodeHash, formId: String(item.formId) }
      : undefined;
  }

  /** Issue 21: the answers and additions a one-time link's address is checked against; only a case with a way back. */
  async linkContactOf(reference: string): Promise<LinkContact | undefined> {
    const fields = [PK.name, KIND, TTL, 'formId', 'returnCodeHash', 'answers', 'additions'];
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [PK.name]: reference },
        ConsistentRead: true,
        ProjectionExpression: fields.map((_, i) => `#f${i}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(fields.map((f, i) => [`#f${i}`, f])),
      }),
    );
    if (!Item || Item[KIND] !== kinds.submission || Number(Item[TTL]) <= this.nowSeconds()) return undefined;
    if (typeof Item.returnCodeHash !== 'string') return undefined;
    return {
      formId: String(Item.formId),
      answers: (Item.answers ?? {}) as LinkContact['answers'],
      additions: Array.isArray(Item.additions) ? (Item.additions as Addition[]) : [],
    };
  }

  async saveLink(tokenHash: string, session: ReturnSession, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...linkKey(tokenHash), [KIND]: kinds.returnLink, ...session, [TTL]: expiresAt },
      }),
    );
  }

  async takeLink(tokenHash: string): Promise<TakenLink | undefined> {
    const sessionOf = (item: Record<string, unknown>): ReturnSession => {
      const { reference, formId, language } = item as unknown as ReturnSession;
      return { reference, formId, language };
    };
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: linkKey(tokenHash),
          UpdateExpression: 'SET usedAt = :now',
          // Marked used only while good and unused: of two uses at the same moment, one wins.
          ConditionExpression:
            'attribute_exists(#pk) AND #kind = :kind AND #ttl > :now AND attribute_not_exists(usedAt)',
          ExpressionAttributeNames: { '#pk': PK.name, '#kind': KIND, '#ttl': TTL },
          ExpressionAttributeValues: { ':kind': kinds.returnLink, ':now': this.nowSeconds() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes ? { session: sessionOf(Attributes), fresh: true } : undefined;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    // Used or expired (kept until its TTL sweeps it): which case, for the audit trail; or never given.
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: linkKey(tokenHash), ConsistentRead: true }),
    );
    return Item && Item[KIND] === kinds.returnLink ? { session: sessionOf(Item), fresh: false } : undefined;
  }

  async replaceReturnCode(reference: string, codeHash: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [PK.name]: reference },
          UpdateExpression: 'SET returnCodeHash = :hash',
          // Never gives a code to a case that had none (older ones, forms with no way back).
          ConditionExpression: 'attribute_exists(returnCodeHash)',
          ExpressionAttributeValues: { ':hash': codeHash },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Erased meanwhile: nothing to replace.
    }
  }

  async saveSession(idHash: string, session: StoredReturnSession, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...sessionKey(idHash), [KIND]: kinds.returnSession, ...session, [TTL]: expiresAt },
      }),
    );
  }

  async getSession(idHash: string): Promise<StoredReturnSession | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: sessionKey(idHash), ConsistentRead: true }),
    );
    if (!Item || Item[KIND] !== kinds.returnSession || Number(Item[TTL]) <= this.nowSeconds())
      return undefined;
    const { reference, formId, language, lastSeenAt } = Item as StoredReturnSession;
    return { reference, formId, language, lastSeenAt };
  }

  async touchSession(idHash: string, lastSeenAt: number, expiresAt: number): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: sessionKey(idHash),
          UpdateExpression: 'SET lastSeenAt = :at, #ttl = :until',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK.name, '#ttl': TTL },
          ExpressionAttributeValues: { ':at': lastSeenAt, ':until': expiresAt },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Signed out meanwhile: nothing to touch.
    }
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: sessionKey(idHash) }));
  }

  async forgetWrongCodes(key: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: limitKey(key) }));
  }

  /**
   * One UpdateItem whose condition is the limit itself, so parallel attempts cannot all pass a
   * check made before any of them is counted: the attempt past the limit is refused by DynamoDB.
   */
  private async countBelow(key: string, limit: number, until: number): Promise<number | undefined> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: limitKey(key),
          UpdateExpression:
            'SET failures = if_not_exists(failures, :zero) + :one, #ttl = :until, #kind = :kind',
          ConditionExpression: 'attribute_not_exists(#pk) OR (#ttl > :now AND failures < :limit)',
          ExpressionAttributeNames: { '#pk': PK.name, '#ttl': TTL, '#kind': KIND },
          ExpressionAttributeValues: {
            ':zero': 0,
            ':one': 1,
            ':until': until,
            ':now': this.nowSeconds(),
            ':limit': limit,
            ':kind': kinds.returnLimit,
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes?.failures ?? 1);
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return undefined;
    }
  }

  /** A count whose wait is over (its TTL not yet swept) starts again from one; false if it is not over. */
  private async restartCount(key: string, until: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...limitKey(key), [KIND]: kinds.returnLimit, failures: 1, [TTL]: until },
          ConditionExpression: 'attribute_not_exists(#pk) OR #ttl <= :now',
          ExpressionAttributeNames: { '#pk': PK.name, '#ttl': TTL },
          ExpressionAttributeValues: { ':now': this.nowSeconds() },
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return false;
    }
  }

  async claimAttempt(key: string, limit: number, until: number): Promise<number | undefined> {
    const counted = await this.countBelow(key, limit, until);
    if (counted !== undefined) return counted;
    if (await this.restartCount(key, until)) return 1;
    // Another attempt restarted an expired count meanwhile: this one counts after it, if there is room.
    return this.countBelow(key, limit, until);
  }

  async giveBackAttempt(key: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: limitKey(key),
          UpdateExpression: 'SET failures = failures - :one',
          ConditionExpression: 'failures > :zero',
          ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Forgotten or swept meanwhile: nothing to give back.
    }
  }
}
