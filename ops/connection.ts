import { LOCAL_STAFF_TABLE_NAME, LOCAL_TABLE_NAME } from '../functions/contract/service-contract.ts';
import { LOCAL_REGION } from '../local/local-credentials.ts';
import { twinPort } from '../local/twin-ports.ts';
import { UsageError } from './errors.ts';

export interface ConnectionFlags {
  table?: string;
  staffTable?: string;
  region?: string;
  endpoint?: string;
  sesEndpoint?: string;
}

/** Where the tools read and send: the local twin, or AWS. */
export interface Connection {
  tableName: string;
  /**
   * The staff table, whose audit trail records erasures (`erase` needs it). The twin's on this
   * machine; on AWS only when named (the stack's StaffTableName output).
   */
  staffTableName?: string;
  region: string;
  /** Absent for AWS itself (the SDK finds the regional endpoint). */
  endpoint?: string;
  sesEndpoint?: string;
  /** No table was named, so this is the local twin (defaults and dummy credentials apply). */
  local: boolean;
}

const url = (value: string | undefined, flag: string): string | undefined => {
  if (value === undefined || value === '') return undefined;
  const parsed = URL.parse(value);
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    throw new UsageError(`${flag} must be a URL like http://localhost:8000, not "${value}".`);
  }
  return value;
};

/**
 * Flags win over the environment. With no table named anywhere, the tools talk to the local twin
 * (its table, DynamoDB Local on :8000 and the SES emulator on :8005, or the ports `npm start` was
 * given); naming a table means AWS, where endpoints are only used if given.
 */
export const resolveConnection = (flags: ConnectionFlags, env: NodeJS.ProcessEnv): Connection => {
  const table = flags.table ?? (env.OPS_TABLE_NAME || undefined);
  const local = table === undefined;
  const staffTable = flags.staffTable ?? (env.OPS_STAFF_TABLE_NAME || undefined);
  const endpoint =
    url(flags.endpoint ?? env.DYNAMODB_ENDPOINT, '--endpoint') ??
    (local ? `http://localhost:${twinPort('dynamo', env)}` : undefined);
  const sesEndpoint =
    url(flags.sesEndpoint ?? env.SES_ENDPOINT, '--ses-endpoint') ??
    (local ? `http://localhost:${twinPort('ses', env)}` : undefined);
  return {
    tableName: table ?? LOCAL_TABLE_NAME,
    ...(staffTable || local ? { staffTableName: staffTable ?? LOCAL_STAFF_TABLE_NAME } : {}),
    region: flags.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || LOCAL_REGION),
    ...(endpoint ? { endpoint } : {}),
    ...(sesEndpoint ? { sesEndpoint } : {}),
    local,
  };
};

/** True for an endpoint on this machine (DynamoDB Local, the SES emulator), which takes any credentials. */
export const isOnThisMachine = (endpoint: string | undefined): boolean => {
  if (!endpoint) return false;
  const host = new URL(endpoint).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
};

/** "restorative-submissions at http://localhost:8000", or "… in eu-west-2" on AWS. */
export const describeTable = (c: Connection): string =>
  `${c.tableName} ${c.endpoint ? `at ${c.endpoint}` : `in ${c.region}`}`;
