import { clockFromEnvironment } from '../local/clock-setting.ts';
import { LOCAL_STAFF_PASSWORD } from '../local/staff-accounts.ts';
import { startTwin, type Twin } from '../local/twin.ts';
import { twinPort } from '../local/twin-ports.ts';

/** Past this, a stop that hangs is cut short: the exit hook still ends DynamoDB Local. */
const STOP_LIMIT_MS = 10_000;

let twin: Twin | undefined;
let stopping = false;
/** Stops everything the twin started (DynamoDB Local is a separate Java process), then exits. */
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(code), STOP_LIMIT_MS).unref();
  await twin?.stop().catch(() => {});
  process.exit(code);
};
// Ctrl-C, kill, a closed terminal: also while starting (then the exit hook ends DynamoDB Local).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
  process.on(signal, () => {
    console.log('\nStopping…');
    void stop(0);
  });
// Whatever started the twin (npm, a test, a supervisor) has ended without a signal: stop with it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid === parent) return;
  console.log('\nThe process that started the twin has ended: stopping.');
  void stop(0);
}, 1_000).unref();

/** `npm start`: the local twin, with each port overridable by an environment variable. */
twin = await startTwin({
  port: twinPort('site'),
  sesPort: twinPort('ses'),
  dynamoPort: twinPort('dynamo'),
  oidcPort: twinPort('oidc'),
  s3Port: twinPort('s3'),
  dataDir: process.env.DYNAMODB_DATA_DIR ?? '.local-data/dynamodb',
  morningJobs: true,
  // A test can start the twin on the day it means (SERVICE_CLOCK); otherwise the machine's clock.
  clock: clockFromEnvironment(process.env),
  // The twin's one explicit setting for webhooks to plain http:// on this machine, so
  // `npm run webhook-receiver` can be reached; the deployed function calls https:// only.
  webhooks: { allowLocalHttp: true },
});

console.log(`
The service is running on this machine.
  Site and API     ${twin.url}   (forms: ${twin.url}/api/forms)
  Team mail inbox  ${twin.inboxUrl}
  DynamoDB Local   ${twin.dynamoEndpoint}   (table ${twin.tableName})
  Staff workspace  ${twin.staffUrl}   (sign-in: ${twin.oidcIssuer})
  Come back        ${twin.url}/return/   (the reference and the return code from a confirmation page)
  Evidence files   ${twin.evidence.endpoint}   (local S3, bucket ${twin.evidence.bucket}; scanning stand-in: EICAR is a threat)
  Case API         ${twin.url}/api/v1/openapi.json   (client-credentials tokens from ${twin.oidcIssuer}/token)
  Webhooks         ${twin.webhooks ? 'on: try `npm run webhook-receiver`' : 'no endpoint in config/service.json (docs/deploy.md, "Connecting a case system")'}
Case API clients (client-credentials grant; secret for each: the staff password below):
${twin.apiClients.map((c) => `  ${c.clientId.padEnd(28)} ${c.scope}`).join('\n')}
Staff accounts on the local sign-in (password for each: ${LOCAL_STAFF_PASSWORD}):
${twin.staffAccounts.map((a) => `  ${a.username.padEnd(20)} ${a.groups.join(', ')}`).join('\n')}
Press Ctrl-C to stop.`);

// Should anything go wrong that no request handler caught, stop rather than run on half broken.
// Only the error's name: its message could hold what someone submitted.
const fail = (error: unknown) => {
  console.error(`The twin stopped after an error: ${error instanceof Error ? error.name : 'unknown'}`);
  void stop(1);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
