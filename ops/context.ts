import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ServiceConfig } from '../functions/config/schema.ts';
import { serviceConfig } from '../functions/config/service-config.ts';
import type { Notifier } from '../functions/email/outgoing-email.ts';
import { SesNotifier } from '../functions/email/ses-notifier.ts';
import { DynamoSubmissionRemoval } from '../functions/storage/dynamodb-removal.ts';
import { DynamoStaffStore } from '../functions/storage/dynamodb-staff-store.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { refreshFindTokens } from '../functions/storage/find-backfill.ts';
import { DynamoSessionRevocation } from '../functions/storage/session-revocation.ts';
import type { StaffStore } from '../functions/storage/staff-store.ts';
import type { SubmissionRemoval, SubmissionStore } from '../functions/storage/submission-store.ts';
import { DynamoTeamCases, type TeamCases } from '../functions/storage/team-cases.ts';
import { type Clock, systemClock } from '../functions/time/clock.ts';
import { useLocalCredentials } from '../local/local-credentials.ts';
import { type Connection, isOnThisMachine } from './connection.ts';

/** Everything a command needs; tests build one against their own table and clock. */
export interface OpsContext {
  connection: Connection;
  /** Every read and write of the table goes through the storage module. */
  store: SubmissionStore;
  /** Erasure: the one command that removes submissions. */
  removal: SubmissionRemoval;
  /** A team's kept submissions from the by-team index (the overdue list). */
  teamCases: TeamCases;
  /** Writes a record's search token items, findKeys and lookup (`backfill-search`). */
  findBackfill: (
    record: Parameters<typeof refreshFindTokens>[2],
    tokens: readonly string[],
    lookup: string | undefined,
    status?: string,
  ) => Promise<boolean>;
  /** The staff table's audit trail, where erasures are recorded; absent when no staff table is named. */
  staff?: StaffStore;
  /** Ends a member's workspace sessions (`end-sessions`); with the staff table only. */
  sessions?: DynamoSessionRevocation;
  config: ServiceConfig;
  now: Clock;
  /** Made on first use, so only resend needs the email service. */
  notifier: () => Notifier;
  close(): void;
}

/** An operator waits at a terminal: fail within seconds rather than retry for a minute. */
const QUICK = { maxAttempts: 2, requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 } };

export const openContext = (
  connection: Connection,
  options: { config?: ServiceConfig; now?: Clock } = {},
): OpsContext => {
  // DynamoDB Local and the SES emulator take any credentials, but the SDK insists on some.
  if (isOnThisMachine(connection.endpoint) || isOnThisMachine(connection.sesEndpoint)) useLocalCredentials();
  const config = options.config ?? serviceConfig;
  const db = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: connection.region,
      ...(connection.endpoint ? { endpoint: connection.endpoint } : {}),
      ...QUICK,
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  let ses: SESv2Client | undefined;
  let notifier: Notifier | undefined;
  return {
    connection,
    store: new DynamoSubmissionStore(db, connection.tableName),
    removal: new DynamoSubmissionRemoval(db, connection.tableName),
    teamCases: new DynamoTeamCases(db, connection.tableName),
    findBackfill: (...args) => refreshFindTokens(db, connection.tableName, ...args),
    ...(connection.staffTableName
      ? {
          staff: new DynamoStaffStore(db, connection.staffTableName),
          sessions: new DynamoSessionRevocation(db, connection.staffTableName),
        }
      : {}),
    config,
    now: options.now ?? systemClock,
    notifier: () => {
      ses ??= new SESv2Client({
        region: connection.region,
        ...(connection.sesEndpoint ? { endpoint: connection.sesEndpoint } : {}),
        ...QUICK,
      });
      notifier ??= new SesNotifier(ses, config.senderEmail);
      return notifier;
    },
    close: () => {
      db.destroy();
      ses?.destroy();
    },
  };
};
