import { existsSync, readFileSync } from 'node:fs';
import { serviceConfig } from '../functions/config/service-config.ts';
import { CASE_API } from '../functions/contract/webhooks.ts';
import { LOCAL_STAFF_PASSWORD } from '../local/staff-accounts.ts';
import { fetchCase, startWebhookReceiver } from '../local/webhook-receiver.ts';
import { localSecretsFile } from '../local/webhook-secrets.ts';

/**
 * `npm run webhook-receiver`: a local endpoint that verifies the twin's signed events and prints
 * each one, and with FETCH_CASES=1 fetches the case through the case API as the team's client
 * (audited as it). Point an endpoint at it in config/service.json (docs/deploy.md, "Connecting a
 * case system"), e.g. {"team": "community-safety", "url": "http://localhost:4000/", "events": [...]},
 * and start the twin (npm start), which makes the endpoint's secret on its first delivery.
 */
const endpoint = process.env.WEBHOOK_ENDPOINT ?? Object.keys(serviceConfig.webhooks.endpoints)[0];
const team = endpoint ? serviceConfig.webhooks.endpoints[endpoint]?.team : undefined;
const file = localSecretsFile(process.env.DYNAMODB_DATA_DIR ?? '.local-data/dynamodb');
const secretsOf = (): string[] => {
  if (process.env.WEBHOOK_SECRET) return [process.env.WEBHOOK_SECRET];
  if (!endpoint || !existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>)[endpoint] ?? [];
};
if (!endpoint || !team) {
  console.error(
    'No webhook endpoint in config/service.json: add one under "webhooks.endpoints" (docs/deploy.md).',
  );
  process.exit(1);
}
const secrets = secretsOf();
if (secrets.length === 0) {
  console.error(
    `No secret yet for endpoint "${endpoint}": start the twin (npm start) and send a form; then run this again.`,
  );
  console.error(`(The twin keeps its endpoints' secrets in ${file}.)`);
  process.exit(1);
}
const port = Number(process.env.WEBHOOK_RECEIVER_PORT ?? 4000);
const fetching = process.env.FETCH_CASES === '1';
const receiver = await startWebhookReceiver({
  port,
  secrets,
  onEvent: async (event) => {
    console.log(
      `${event.timestamp} ${event.type} ${event.data.reference} (${event.data.form}, ${event.data.team})${event.data.urgent.length ? ` urgent: ${event.data.urgent.join(', ')}` : ''}${event.data.changes ? ` changed: ${event.data.changes.join(', ')}` : ''}`,
    );
    if (!fetching || event.type === 'submission.erased') return;
    const found = await fetchCase(event.data.reference, {
      tokenUrl: process.env.TOKEN_URL ?? 'http://localhost:3001/token',
      apiUrl: process.env.API_URL ?? 'http://localhost:3000',
      clientId: process.env.CLIENT_ID ?? `case-api-${team}`,
      clientSecret: process.env.CLIENT_SECRET ?? LOCAL_STAFF_PASSWORD,
      scope: CASE_API.scopeFor(team),
    });
    console.log(JSON.stringify(found, null, 2));
  },
  onRefused: (reason) => console.log(`refused a delivery: ${reason}`),
  onDuplicate: (id) => console.log(`already had ${id}: ignored`),
});
console.log(
  `Receiving endpoint "${endpoint}" (team ${team}) at ${receiver.url}${fetching ? ', fetching each case' : ''}. Ctrl-C stops it.`,
);
process.on('SIGINT', () => void receiver.stop().then(() => process.exit(0)));
