import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocumentClient } from '../../../functions/storage/dynamodb-client.ts';
import { DynamoStaffStore } from '../../../functions/storage/dynamodb-staff-store.ts';
import type { Resolver } from '../../../functions/webhooks/safe-fetch.ts';
import { freePort } from '../../../local/free-port.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import { fetchCase, type Receiver, startWebhookReceiver } from '../../../local/webhook-receiver.ts';
import { type LocalServer, startLocalServer } from '../../support/local-receiver.ts';
import { VALID_ANSWERS } from '../../support/valid-answers.ts';
import { referenceOf, type SpineTwin, spineConfig, startSpineTwin, waitFor } from '../spine/spine-twin.ts';

/** The stand-in DNS: the receiver's name is this machine; the others are an SSRF list, never contacted. */
const ZONE: Record<string, string> = {
  'receiver.test': '127.0.0.1',
  'metadata.attacker.test': '169.254.169.254',
  'private.attacker.test': '10.0.0.1',
};
const resolve: Resolver = async (host) => {
  const address = ZONE[host];
  return address ? [{ address, family: address.includes(':') ? 6 : 4 }] : [];
};

let twin: SpineTwin;
let receiver: LocalServer;
/** `npm run webhook-receiver`'s receiver, fetching each case through the case API as the team's client. */
let loop: Receiver | undefined;
const loopPort = await freePort();
const fetched: unknown[] = [];
beforeAll(async () => {
  receiver = await startLocalServer();
  const events = ['submission.received', 'submission.updated', 'submission.erased'] as const;
  const base = spineConfig({ spam: { minFillSeconds: 0, suspectedRetentionDays: 30 } });
  twin = await startSpineTwin(
    {
      ...base,
      webhooks: {
        endpoints: {
          'asb-receiver': {
            team: 'community-safety',
            url: `http://receiver.test:${receiver.port}/hooks`,
            events: [...events],
          },
          'asb-metadata': {
            team: 'community-safety',
            url: 'https://metadata.attacker.test/hooks',
            events: [...events],
          },
          'asb-private': {
            team: 'community-safety',
            url: `https://private.attacker.test:${receiver.port}/`,
            events: [...events],
          },
          'asb-raw-ip': {
            team: 'community-safety',
            url: 'https://169.254.169.254/latest/meta-data/',
            events: [...events],
          },
          'asb-loop': {
            team: 'community-safety',
            url: `http://receiver.test:${loopPort}/`,
            events: [...events],
          },
          'rj-receiver': {
            team: 'restorative-justice',
            url: `http://receiver.test:${receiver.port}/rj`,
            events: [...events],
          },
        },
      },
    },
    { webhooks: { allowLocalHttp: true, resolve, intervalMs: 100 } },
  );
  const client = twin.apiClients.find((c) => c.clientId === 'case-api-community-safety');
  if (!twin.webhooks || !client) throw new Error('the twin has no webhooks or no client');
  loop = await startWebhookReceiver({
    port: loopPort,
    secrets: await twin.webhooks.secrets.secretsFor('asb-loop'),
    onEvent: async (event) => {
      fetched.push(
        await fetchCase(event.data.reference, {
          tokenUrl: `${twin.oidcIssuer}/token`,
          apiUrl: twin.url,
          clientId: client.clientId,
          clientSecret: client.clientSecret,
          scope: 'case-api/team.community-safety',
        }),
      );
    },
  });
});
afterAll(async () => {
  await loop?.stop();
  await twin?.stop();
  await receiver?.stop();
});

describe('webhooks on the local twin', () => {
  it("a submission's event reaches the receiver signed, verified by the standardwebhooks library", async () => {
    const reference = await referenceOf(await twin.postJson('nuisance', VALID_ANSWERS.nuisance));
    const received = await waitFor('the event at the receiver', async () =>
      receiver.received.find((r) => r.body.includes(reference)),
    );
    const feed = twin.webhooks;
    if (!feed) throw new Error('the twin started no webhooks');
    const [secret = ''] = await feed.secrets.secretsFor('asb-receiver');
    const event = new Webhook(secret).verify(received.body, received.headers as Record<string, string>) as {
      type: string;
      data: { reference: string; team: string };
    };
    expect(event).toMatchObject({
      type: 'submission.received',
      data: { reference, team: 'community-safety' },
    });
    const answers = Object.values(VALID_ANSWERS.nuisance ?? {})
      .flat()
      .filter((a) => a.length > 12);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(received.body).not.toContain(answer);
    // The other team's endpoint hears nothing of it.
    expect(receiver.received.filter((r) => r.body.includes(reference))).toHaveLength(1);
  });

  it('an SSRF list of destinations is refused before any connection, and recorded so', async () => {
    const feed = twin.webhooks;
    if (!feed) throw new Error('the twin started no webhooks');
    for (const endpoint of ['asb-metadata', 'asb-private', 'asb-raw-ip']) {
      const attempts = await waitFor(`a refusal for ${endpoint}`, async () => {
        const recent = await feed.log.recent(endpoint, 5);
        return recent.length > 0 ? recent : undefined;
      });
      expect(attempts[0]).toMatchObject({ outcome: 'refused' });
    }
    // The private name pointed at the receiver's port: had it connected, the receiver would know.
    expect(receiver.received.every((r) => r.headers.host?.startsWith('receiver.test'))).toBe(true);
  });

  it('the whole loop: the receiver verifies the event and fetches the case, and the fetch is audited as the client', async () => {
    const reference = await referenceOf(await twin.postJson('nuisance', VALID_ANSWERS.nuisance));
    const found = (await waitFor('the case fetched by the receiver', async () =>
      fetched.find((f) => (f as { reference?: string }).reference === reference),
    )) as { answers: unknown };
    expect(found.answers).toEqual((await twin.record(reference))?.answers);
    const staff = new DynamoStaffStore(
      makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: twin.dynamoEndpoint }),
      twin.staffTableName,
    );
    expect(await staff.auditFor(reference)).toEqual([
      expect.objectContaining({ action: 'fetched-by-api', actor: 'client:case-api-community-safety' }),
    ]);
  });
});
