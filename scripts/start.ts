import { LOCAL_STAFF_PASSWORD } from '../local/staff-accounts.ts';
import { startTwin } from '../local/twin.ts';
import { twinPort } from '../local/twin-ports.ts';

/** `npm start`: the local twin, with each port overridable by an environment variable. */
const twin = await startTwin({
  port: twinPort('site'),
  sesPort: twinPort('ses'),
  dynamoPort: twinPort('dynamo'),
  oidcPort: twinPort('oidc'),
  dataDir: process.env.DYNAMODB_DATA_DIR ?? '.local-data/dynamodb',
});

console.log(`
The service is running on this machine.
  Site and API     ${twin.url}   (forms: ${twin.url}/api/forms)
  Team mail inbox  ${twin.inboxUrl}
  DynamoDB Local   ${twin.dynamoEndpoint}   (table ${twin.tableName})
  Staff workspace  ${twin.staffUrl}   (sign-in: ${twin.oidcIssuer})
Staff accounts on the local sign-in (password for each: ${LOCAL_STAFF_PASSWORD}):
${twin.staffAccounts.map((a) => `  ${a.username.padEnd(20)} ${a.groups.join(', ')}`).join('\n')}
Press Ctrl-C to stop.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  await twin.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);
// Should anything go wrong that no request handler caught, stop everything the twin started
// (DynamoDB Local is a separate Java process) rather than leave it running.
const fail = async (error: unknown) => {
  console.error(`The twin stopped after an error: ${error instanceof Error ? error.name : 'unknown'}`);
  await twin.stop().catch(() => {});
  process.exit(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
