import { afterEach, describe, expect, it } from 'vitest';
import { type Resolver, safePost } from '../../../functions/webhooks/safe-fetch.ts';
import { type LocalServer, startLocalServer } from '../../support/local-receiver.ts';

/** Every name is this machine, on the first look; `then` is what a rebinding DNS answers after. */
const resolverFor = (then?: string) => {
  const asked: string[] = [];
  const resolve: Resolver = async (host) => {
    asked.push(host);
    const address = asked.length > 1 && then ? then : '127.0.0.1';
    return [{ address, family: 4 }];
  };
  return { asked, resolve };
};

const servers: LocalServer[] = [];
const start = async (answer?: LocalServer['answer']) => {
  const s = await startLocalServer(answer);
  servers.push(s);
  return s;
};
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

describe('outbound calls to this machine (the twin allows local http)', () => {
  it('posts the body and headers, and keeps only the status', async () => {
    const receiver = await start((res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(100_000)),
    );
    const { resolve } = resolverFor();
    const outcome = await safePost(
      `http://receiver.test:${receiver.port}/hook`,
      '{"type":"submission.received"}',
      { 'content-type': 'application/json', 'webhook-id': 'msg_1' },
      { resolve, timeoutMs: 10_000, allowLocalHttp: true },
    );
    expect(outcome).toEqual({ kind: 'answered', status: 200 });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.body).toBe('{"type":"submission.received"}');
    expect(receiver.received[0]?.headers['webhook-id']).toBe('msg_1');
  });

  it('does not follow a redirect: the 3xx is the answer, and its target is never called', async () => {
    const elsewhere = await start();
    const receiver = await start((res) => res.writeHead(302, { location: `${elsewhere.url}/stolen` }).end());
    const outcome = await safePost(
      `http://receiver.test:${receiver.port}/`,
      '{}',
      {},
      { resolve: resolverFor().resolve, timeoutMs: 10_000, allowLocalHttp: true },
    );
    expect(outcome).toEqual({ kind: 'answered', status: 302 });
    expect(elsewhere.received).toEqual([]);
  });

  it('a 500 is an answer like any other', async () => {
    const receiver = await start((res) => res.writeHead(500).end('stack trace with secrets'));
    const outcome = await safePost(
      `http://receiver.test:${receiver.port}/`,
      '{}',
      {},
      {
        resolve: resolverFor().resolve,
        timeoutMs: 10_000,
        allowLocalHttp: true,
      },
    );
    expect(outcome).toEqual({ kind: 'answered', status: 500 });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const receiver = await start(() => {}); // never answers
    const outcome = await safePost(
      `http://receiver.test:${receiver.port}/`,
      '{}',
      {},
      {
        resolve: resolverFor().resolve,
        timeoutMs: 300,
        allowLocalHttp: true,
      },
    );
    expect(outcome).toEqual({ kind: 'failed', reason: 'timeout' });
  });

  it('connects to the address it checked: a name that rebinds to 10.0.0.1 afterwards is not asked again', async () => {
    const receiver = await start();
    const dns = resolverFor('10.0.0.1');
    const outcome = await safePost(
      `http://rebinding.test:${receiver.port}/`,
      '{}',
      {},
      {
        resolve: dns.resolve,
        timeoutMs: 10_000,
        allowLocalHttp: true,
      },
    );
    expect(outcome).toEqual({ kind: 'answered', status: 204 });
    expect(dns.asked).toEqual(['rebinding.test']);
    expect(receiver.received).toHaveLength(1);
  });

  it('without the twin setting, this machine is refused and nothing arrives', async () => {
    const receiver = await start();
    for (const target of [`http://127.0.0.1:${receiver.port}/`, `https://receiver.test:${receiver.port}/`]) {
      const outcome = await safePost(target, '{}', {}, { resolve: resolverFor().resolve, timeoutMs: 10_000 });
      expect(outcome.kind).toBe('refused');
    }
    expect(receiver.received).toEqual([]);
  });
});
