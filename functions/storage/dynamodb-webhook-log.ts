import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { STAFF_TABLE_SHAPE } from '../contract/tables.ts';
import { WEBHOOK_DELIVERY } from '../contract/webhooks.ts';
import { TableAdapter } from './table-adapter.ts';
import type { DeliveryAttempt, EndpointOff, WebhookLog } from './webhook-log.ts';

const { partitionKey: PK, sortKey: SK, timeToLiveAttribute: TTL } = STAFF_TABLE_SHAPE;

/** Every item of the webhooks is under WEBHOOK#{endpoint}: the delivery function may write nothing else. */
export const WEBHOOK_PREFIX = 'WEBHOOK#';
const ATTEMPT = 'ATTEMPT#';
const stateKey = (endpoint: string) => ({ [PK.name]: `${WEBHOOK_PREFIX}${endpoint}`, [SK.name]: 'STATE' });

const FIELDS = [
  'endpoint',
  'eventId',
  'type',
  'reference',
  'attempt',
  'at',
  'outcome',
  'status',
  'reason',
] as const;

/** Deliveries and switched-off endpoints in the staff table (on AWS or DynamoDB Local). */
export class DynamoWebhookLog extends TableAdapter implements WebhookLog {
  async record(attempt: DeliveryAttempt): Promise<void> {
    const expires = Math.floor(Date.parse(attempt.at) / 1000) + WEBHOOK_DELIVERY.logDays * 86_400;
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          [PK.name]: `${WEBHOOK_PREFIX}${attempt.endpoint}`,
          [SK.name]: `${ATTEMPT}${attempt.at}#${attempt.eventId}#${attempt.attempt}`,
          ...attempt,
          [TTL]: expires,
        },
      }),
    );
  }

  async recent(endpoint: string, limit: number): Promise<DeliveryAttempt[]> {
    const { Items } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :attempt)',
        ExpressionAttributeNames: { '#pk': PK.name, '#sk': SK.name },
        ExpressionAttributeValues: { ':pk': `${WEBHOOK_PREFIX}${endpoint}`, ':attempt': ATTEMPT },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (Items ?? []).map(
      (item) =>
        Object.fromEntries(FIELDS.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])) as never,
    );
  }

  async offSince(endpoint: string): Promise<EndpointOff | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: stateKey(endpoint), ConsistentRead: true }),
    );
    return Item?.offAt ? { at: String(Item.offAt), reason: String(Item.reason ?? '') } : undefined;
  }

  async switchOff(endpoint: string, off: EndpointOff): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...stateKey(endpoint), offAt: off.at, reason: off.reason },
      }),
    );
  }

  async switchOn(endpoint: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: stateKey(endpoint) }));
  }
}
