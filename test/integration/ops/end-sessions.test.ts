import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import { runOps } from '../../../ops/run.ts';
import { freshTable, testConfig } from '../../support/stand-ins.ts';
import { freshStaffTable, memoryIo } from './ops-support.ts';

let table: Awaited<ReturnType<typeof freshTable>>;
let staff: DynamoStaffStore;
let staffTableName: string;

beforeAll(async () => {
  table = await freshTable();
  staffTableName = await freshStaffTable(table.client);
  staff = new DynamoStaffStore(table.documents, staffTableName);
});

afterAll(() => table.client.destroy());

const sessionOf = async (id: string, email: string) => {
  const at = Math.floor(Date.now() / 1000);
  await staff.saveSession(
    id,
    {
      member: { sub: `sub-${id}`, name: 'Jo Bloggs', email, teams: ['quality'], admin: false },
      csrfToken: 'csrf',
      idToken: 'id-token',
      createdAt: at,
      lastSeenAt: at,
    },
    at + 3600,
  );
};

const endSessions = async (who: string) => {
  const io = memoryIo();
  const env = {
    OPS_TABLE_NAME: table.tableName,
    OPS_STAFF_TABLE_NAME: staffTableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    AWS_REGION: 'eu-west-2',
  };
  const code = await runOps(['end-sessions', who], io.io, env, { config: testConfig() });
  return { code, out: io.stdout() };
};

describe('ops end-sessions', () => {
  it('ends a session whatever case the email address is typed in', async () => {
    await sessionOf('jo-1', 'Jo.Bloggs@Example.org');
    await sessionOf('someone-else', 'sam@example.org');
    const ended = await endSessions('jo.bloggs@EXAMPLE.ORG');
    expect(ended).toEqual({
      code: 0,
      out: 'Ended 1 workspace session of jo.bloggs@EXAMPLE.ORG: they must sign in again, with the groups they have now.\n',
    });
    expect(await staff.getSession('jo-1')).toBeUndefined();
    expect(await staff.getSession('someone-else')).toBeDefined();
  });

  it('still ends a session by the member’s subject', async () => {
    await sessionOf('jo-2', 'jo@example.org');
    expect((await endSessions('sub-jo-2')).code).toBe(0);
    expect(await staff.getSession('jo-2')).toBeUndefined();
  });
});
