import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { StepEntry } from '../progress/types.ts';
import type { SuspectedBecause } from '../submissions/spam.ts';
import { queryPages } from './query-pages.ts';

const { byTeamIndex, timeToLiveAttribute, kindAttribute, kinds } = TABLE_SHAPE;

/** What the overdue job reads of a submission: no answers, and steps without their notes. */
export interface TeamCase {
  reference: string;
  formId: string;
  createdAt: string;
  urgent: string[];
  steps?: StepEntry[];
}

/** What the daily job reads of a submission kept apart as suspected: no answers. */
export interface SuspectedCase {
  reference: string;
  formId: string;
  createdAt: string;
  urgent: string[];
  suspectedBecause?: SuspectedBecause;
  /** When it is deleted unless released (epoch seconds). */
  expiresAt: number;
}

/** A team's kept submissions, and those kept apart as suspected, for the daily job. */
export interface TeamCases {
  casesOf(team: string, liveAt: Date): Promise<TeamCase[]>;
  suspectedOf(team: string, liveAt: Date): Promise<SuspectedCase[]>;
}

/**
 * A team's kept items of one kind from the by-team index (a Query, never a Scan), oldest first.
 * Suspected submissions share the index (they carry their team) but are not the team's work.
 */
async function* teamItems<T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  team: string,
  kind: string,
  liveAt: Date,
  fields: readonly string[],
): AsyncGenerator<T[]> {
  const names: Record<string, string> = {
    '#team': byTeamIndex.partitionKey.name,
    '#expires': timeToLiveAttribute,
    '#kind': kindAttribute,
  };
  fields.forEach((field, i) => {
    names[`#p${i}`] = field;
  });
  yield* queryPages<T>(db, {
    TableName: tableName,
    IndexName: byTeamIndex.indexName,
    KeyConditionExpression: '#team = :team',
    FilterExpression: '#expires > :live AND #kind = :kind',
    ProjectionExpression: fields.map((_, i) => `#p${i}`).join(', '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: {
      ':team': team,
      ':kind': kind,
      ':live': Math.floor(liveAt.getTime() / 1000),
    },
  });
}

/**
 * Every kept submission of one team, oldest first. DynamoDB cannot leave out one field of every
 * list item, so the steps' notes are dropped here, as soon as they are read.
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
    const cases: TeamCase[] = [];
    for await (const page of teamItems<TeamCase>(
      this.db,
      this.tableName,
      team,
      kinds.submission,
      liveAt,
      fields,
    )) {
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

  async suspectedOf(team: string, liveAt: Date): Promise<SuspectedCase[]> {
    const fields = ['reference', 'formId', 'createdAt', 'urgent', 'suspectedBecause', timeToLiveAttribute];
    const held: SuspectedCase[] = [];
    for await (const page of teamItems<SuspectedCase>(
      this.db,
      this.tableName,
      team,
      kinds.suspected,
      liveAt,
      fields,
    )) {
      for (const item of page) held.push({ ...item, urgent: item.urgent ?? [] });
    }
    return held;
  }
}
