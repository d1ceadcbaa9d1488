import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { makeDocumentClient } from '../../functions/storage/dynamodb-client.ts';
import { ensureStaffTable, ensureTable } from '../../functions/storage/ensure-tables.ts';
import {
  copyEveryItem,
  copyMissingItems,
  restoreToPointInTime,
} from '../../functions/storage/table-restore.ts';
import { checkRestored } from './check.ts';

export const USAGE = `Restore drill: npm run restore-drill -- <command> [options]

  restore --table LIVE --to NEW --at 2026-12-01T09:00:00Z
      (AWS) Restores LIVE as it was at that moment into a new table NEW, with the same KMS key,
      and turns on its point-in-time recovery and TTL. Takes minutes to hours.
  copy --table LIVE --to NEW [--staff]
      (The local twin, which has no point-in-time recovery) Copies LIVE into a new table NEW of
      the same shape (--staff: the staff table's), standing in for a restore.
  check --table LIVE --restored NEW --reference REF [--staff-table S --restored-staff S2] [--at TIME]
      Counts what each holds, reads REF from NEW through the service's adapter, and checks the
      audit trail for REF came with it (entries up to --at). Exit code 1 if any check fails.
  copy-back --from NEW --table LIVE
      Puts back into LIVE every item of NEW that LIVE no longer has, replacing nothing.

Options: --region REGION (or AWS_REGION, default eu-west-2), --endpoint URL (or DYNAMODB_ENDPOINT).`;

export interface DrillIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const OPTIONS = {
  table: { type: 'string' },
  to: { type: 'string' },
  at: { type: 'string' },
  restored: { type: 'string' },
  reference: { type: 'string' },
  'staff-table': { type: 'string' },
  'restored-staff': { type: 'string' },
  from: { type: 'string' },
  staff: { type: 'boolean' },
  region: { type: 'string' },
  endpoint: { type: 'string' },
} as const;

class UsageError extends Error {}

const need = (values: Record<string, unknown>, ...names: string[]): string[] =>
  names.map((name) => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is needed`);
    return value;
  });

const moment = (text: string): Date => {
  const at = new Date(text);
  if (Number.isNaN(at.getTime()))
    throw new UsageError(`--at "${text}" is not a time like 2026-12-01T09:00:00Z`);
  return at;
};

/** Runs one drill command; returns the exit code (0 done, 1 a check failed, 2 the command line was wrong). */
export const runDrill = async (argv: string[], io: DrillIo, env: NodeJS.ProcessEnv = process.env) => {
  try {
    const { positionals, values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
    const runtime = {
      AWS_REGION: values.region ?? env.AWS_REGION ?? 'eu-west-2',
      DYNAMODB_ENDPOINT: values.endpoint ?? env.DYNAMODB_ENDPOINT,
    };
    const client = new DynamoDBClient({
      region: runtime.AWS_REGION,
      ...(runtime.DYNAMODB_ENDPOINT ? { endpoint: runtime.DYNAMODB_ENDPOINT } : {}),
    });
    const documents = makeDocumentClient(runtime);
    switch (positionals[0]) {
      case 'restore': {
        const [table, to, at] = need(values, 'table', 'to', 'at');
        io.out(`Restoring ${table} as at ${at} into ${to}; waiting until it is active...`);
        await restoreToPointInTime(client, {
          source: table as string,
          target: to as string,
          at: moment(at as string),
        });
        io.out(`${to} is active, with point-in-time recovery and TTL on. Next: check it.`);
        return 0;
      }
      case 'copy': {
        const [table, to] = need(values, 'table', 'to');
        await (values.staff ? ensureStaffTable : ensureTable)(client, to as string);
        const copied = await copyEveryItem(documents, table as string, to as string);
        io.out(`Copied ${copied} items from ${table} into ${to}.`);
        return 0;
      }
      case 'check': {
        const [table, restored, reference] = need(values, 'table', 'restored', 'reference');
        const result = await checkRestored(documents, {
          live: table as string,
          restored: restored as string,
          reference: reference as string,
          ...(values['staff-table'] ? { liveStaff: values['staff-table'] } : {}),
          ...(values['restored-staff'] ? { restoredStaff: values['restored-staff'] } : {}),
          ...(values.at ? { at: moment(values.at) } : {}),
        });
        for (const line of result.lines) io.out(line);
        return result.ok ? 0 : 1;
      }
      case 'copy-back': {
        const [from, table] = need(values, 'from', 'table');
        const { copied, kept } = await copyMissingItems(documents, from as string, table as string);
        io.out(
          `Put back ${copied} items into ${table}; ${kept} were there already and were left as they are.`,
        );
        return 0;
      }
      case 'help':
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(positionals[0] ? `Unknown command "${positionals[0]}"` : 'No command given');
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`The drill stopped: ${(error as Error).name}: ${(error as Error).message}`);
    return 1;
  }
};
