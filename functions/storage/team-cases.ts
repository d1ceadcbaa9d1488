import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { StepEntry } from '../progress/types.ts';
import { queryPages } from './query-pages.ts';

const { byTeamIndex, timeToLiveAttribute } = TABLE_SHAPE;

/** What the overdue job reads of a submission: no answers, and steps without their notes. */
export interface TeamCase {
  reference: string;
  formId: string;
  createdAt: string;
  urgent: string[];
  steps?: StepEntry[];
}

/** A team's kept submissions, for the daily overdue job. */
export interface TeamCases {
  casesOf(team: string, liveAt: Date): Promise<TeamCase[]>;
}

/**
 * Every kept submission of one team from the by-team index (a Query, never a Scan), oldest first.
 * DynamoDB cannot leave out one field of every list item, so the steps' notes are dropped here,
 * as soon as they are read.
 */
export class DynamoTeamCases implements TeamCases {
  private readonly db: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(db: DynamoDBDocumentClient, tableName: string) {
    this.db = db;
    this.tableName = tableName;
  }

  async casesOf(team: string, liveAt: Date): Promise<TeamCase[]> {
    const fields = ['reference', 'formId', 'createdAt', 'urgent', 'steps'];
    const names: Record<string, string> = {
      '#team': byTeamIndex.partitionKey.name,
      '#expires': timeToLiveAttribute,
    };
    fields.forEach((field, i) => {
      names[`#p${i}`] = field;
    });
    const cases: TeamCase[] = [];
    for await (const page of queryPages<TeamCase>(this.db, {
      TableName: this.tableName,
      IndexName: byTeamIndex.indexName,
      KeyConditionExpression: '#team = :team',
      FilterExpression: '#expires > :live',
      ProjectionExpression: fields.map((_, i) => `#p${i}`).join(', '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':team': team, ':live': Math.floor(liveAt.getTime() / 1000) },
    })) {
      for (const item of page) {
        cases.push({
          ...item,
          urgent: item.urgent ?? [],
          ...(item.steps ? { steps: item.steps.map(({ note: _note, ...entry }) => entry) } : {}),
        });
      }
    }
    return cases;
  }
}
