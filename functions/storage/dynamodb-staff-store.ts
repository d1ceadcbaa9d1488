import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { STAFF_TABLE_SHAPE } from '../contract/service-contract.ts';
import { batchGetAll } from './batch-get.ts';
import { isConditionFailure } from './condition-failure.ts';
import type {
  AuditEntry,
  MorningEmailChoice,
  PendingSignIn,
  StaffSession,
  StaffStore,
  TeamMember,
} from './staff-store.ts';
import { TableAdapter } from './table-adapter.ts';

const { partitionKey: PK, sortKey: SK, byActorIndex, timeToLiveAttribute: TTL } = STAFF_TABLE_SHAPE;

/** A session's item: SESSION#{hash of the cookie} / SESSION (also what ending sessions looks for). */
export const SESSION_PREFIX = 'SESSION#';
export const SESSION_SORT_KEY = 'SESSION';
const sessionKey = (idHash: string) => ({
  [PK.name]: `${SESSION_PREFIX}${idHash}`,
  [SK.name]: SESSION_SORT_KEY,
});
const signInKey = (state: string) => ({ [PK.name]: `SIGNIN#${state}`, [SK.name]: 'SIGNIN' });
const memberKey = (team: string, sub: string) => ({ [PK.name]: `TEAM#${team}`, [SK.name]: `MEMBER#${sub}` });
const morningKey = (sub: string) => ({
  [PK.name]: STAFF_TABLE_SHAPE.morningEmailPartition,
  [SK.name]: `MEMBER#${sub}`,
});
const toChoice = (item: Record<string, unknown>): MorningEmailChoice => ({
  sub: String(item.sub),
  name: String(item.name),
  email: String(item.email),
  teams: Array.isArray(item.teams) ? item.teams.map(String) : [],
  renewedOn: String(item.renewedOn),
});
const openedKey = (reference: string) => ({ [PK.name]: `OPENED#${reference}`, [SK.name]: 'OPENED' });
/** Entries without a reference (signing in and out) are grouped by day, to spread them out. */
const auditPk = (entry: AuditEntry) =>
  `${STAFF_TABLE_SHAPE.auditPrefix}${entry.reference ?? `none#${entry.at.slice(0, 10)}`}`;

const AUDIT_FIELDS = ['action', 'actor', 'actorName', 'at', 'reference', 'detail'] as const;

const toEntry = (item: Record<string, unknown>): AuditEntry =>
  Object.fromEntries(AUDIT_FIELDS.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])) as never;

/** The staff table on DynamoDB (AWS or DynamoDB Local). */
export class DynamoStaffStore extends TableAdapter implements StaffStore {
  async saveSession(idHash: string, session: StaffSession, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...sessionKey(idHash), ...session, [TTL]: expiresAt },
      }),
    );
  }

  async getSession(idHash: string): Promise<StaffSession | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: sessionKey(idHash), ConsistentRead: true }),
    );
    // TTL deletes some time after expiry: an expired item is no session.
    if (!Item || Number(Item[TTL]) <= this.clock().getTime() / 1000) return undefined;
    const { member, csrfToken, idToken, createdAt, lastSeenAt } = Item as StaffSession;
    // A string set comes back as a Set; none is written until the first opening.
    const opened = Item.opened instanceof Set ? [...(Item.opened as Set<string>)] : [];
    return { member, csrfToken, idToken, createdAt, lastSeenAt, opened };
  }

  async touchSession(idHash: string, lastSeenAt: number): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: sessionKey(idHash),
          UpdateExpression: 'SET lastSeenAt = :at',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK.name },
          ExpressionAttributeValues: { ':at': lastSeenAt },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Signed out meanwhile: nothing to touch.
    }
  }

  async noteOpened(idHash: string, key: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: sessionKey(idHash),
          UpdateExpression: 'ADD opened :key',
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK.name },
          ExpressionAttributeValues: { ':key': new Set([key]) },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error; // Signed out meanwhile: nothing to note.
    }
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: sessionKey(idHash) }));
  }

  async savePendingSignIn(state: string, pending: PendingSignIn, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...signInKey(state), ...pending, [TTL]: expiresAt },
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK.name },
      }),
    );
  }

  async takePendingSignIn(state: string): Promise<PendingSignIn | undefined> {
    const { Attributes } = await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: signInKey(state), ReturnValues: 'ALL_OLD' }),
    );
    if (!Attributes || Number(Attributes[TTL]) <= this.clock().getTime() / 1000) return undefined;
    const { codeVerifier, nonce, returnTo } = Attributes as PendingSignIn;
    return { codeVerifier, nonce, returnTo };
  }

  async audit(entry: AuditEntry, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          [PK.name]: auditPk(entry),
          [SK.name]: `${entry.at}#${crypto.randomUUID()}`,
          ...entry,
          [TTL]: expiresAt,
        },
        // An audit entry is written once and never replaced (its sort key is unique anyway).
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': PK.name },
      }),
    );
  }

  async auditFor(reference: string): Promise<AuditEntry[]> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': PK.name },
        ExpressionAttributeValues: { ':pk': `${STAFF_TABLE_SHAPE.auditPrefix}${reference}` },
        ScanIndexForward: false,
        Limit: 200,
      }),
    );
    return (Items ?? []).map(toEntry);
  }

  async auditBy(actor: string, limit: number): Promise<AuditEntry[]> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: byActorIndex.indexName,
        KeyConditionExpression: '#actor = :actor',
        ExpressionAttributeNames: { '#actor': byActorIndex.partitionKey.name },
        ExpressionAttributeValues: { ':actor': actor },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (Items ?? []).map(toEntry);
  }

  async rememberMember(member: TeamMember, teams: readonly string[], expiresAt: number): Promise<void> {
    for (const team of teams) {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...memberKey(team, member.sub), sub: member.sub, name: member.name, [TTL]: expiresAt },
        }),
      );
    }
  }

  async teamMembers(team: string): Promise<TeamMember[]> {
    const members: TeamMember[] = [];
    const nowSeconds = this.clock().getTime() / 1000;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': PK.name },
          ExpressionAttributeValues: { ':pk': `TEAM#${team}` },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      // TTL deletes some time after expiry: an expired member is no longer listed.
      for (const item of page.Items ?? [])
        if (Number(item[TTL]) > nowSeconds) members.push({ sub: String(item.sub), name: String(item.name) });
      start = page.LastEvaluatedKey;
    } while (start);
    return members.sort((a, b) => a.name.localeCompare(b.name));
  }

  async openedAmong(references: string[]): Promise<Set<string>> {
    const items = await batchGetAll(this.client, this.tableName, [...new Set(references)].map(openedKey));
    return new Set(items.map((item) => String(item[PK.name]).replace(/^OPENED#/, '')));
  }

  async markOpened(reference: string, at: string, expiresAt: number): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...openedKey(reference), at, [TTL]: expiresAt },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK.name },
        }),
      );
    } catch (error) {
      // Opened before: the first time is the one that counts.
      if (!isConditionFailure(error)) throw error;
    }
  }

  async morningEmail(sub: string): Promise<MorningEmailChoice | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: morningKey(sub), ConsistentRead: true }),
    );
    // TTL deletes some time after expiry: a lapsed choice is no choice.
    return Item && Number(Item[TTL]) > this.clock().getTime() / 1000 ? toChoice(Item) : undefined;
  }

  async saveMorningEmail(choice: MorningEmailChoice, expiresAt: number): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...morningKey(choice.sub), ...choice, [TTL]: expiresAt },
      }),
    );
  }

  async stopMorningEmail(sub: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: morningKey(sub) }));
  }

  async morningEmails(): Promise<MorningEmailChoice[]> {
    const choices: MorningEmailChoice[] = [];
    const nowSeconds = this.clock().getTime() / 1000;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': PK.name },
          ExpressionAttributeValues: { ':pk': STAFF_TABLE_SHAPE.morningEmailPartition },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of page.Items ?? []) if (Number(item[TTL]) > nowSeconds) choices.push(toChoice(item));
      start = page.LastEvaluatedKey;
    } while (start);
    return choices;
  }
}
