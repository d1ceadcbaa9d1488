import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { judgeAddress } from '../../../functions/webhooks/addresses.ts';
import { pinnedLookup, type Resolver, safePost } from '../../../functions/webhooks/safe-fetch.ts';

/** Names and the addresses a hostile DNS could give them: nothing here is ever contacted. */
const ZONE: Record<string, string[]> = {
  'metadata.attacker.test': ['169.254.169.254'],
  'ten.attacker.test': ['10.0.0.1'],
  'mixed.attacker.test': ['93.184.216.34', '192.168.1.10'],
  'v6-metadata.attacker.test': ['fd00:ec2::254'],
  'mapped.attacker.test': ['::ffff:169.254.169.254'],
  'loopback.attacker.test': ['127.0.0.1'],
  'nothing.attacker.test': [],
};

const standInResolver =
  (asked: string[] = []): Resolver =>
  async (host) => {
    asked.push(host);
    return (ZONE[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

/** A request function that records that it was called and sends nothing. */
const noRequests = () => {
  const calls: string[] = [];
  const refuse = ((url: URL) => {
    calls.push(String(url));
    throw new Error('a request was made');
  }) as never;
  return { calls, request: { http: refuse, https: refuse } };
};

describe('the SSRF rules for addresses', () => {
  it.each([
    ['169.254.169.254', 'refused'],
    ['10.0.0.1', 'refused'],
    ['172.16.5.4', 'refused'],
    ['192.168.0.1', 'refused'],
    ['100.100.100.200', 'refused'],
    ['0.0.0.0', 'refused'],
    ['224.0.0.1', 'refused'],
    ['fd00:ec2::254', 'refused'],
    ['fe80::1', 'refused'],
    ['fe80::1%eth0', 'refused'],
    ['::169.254.169.254', 'refused'],
    ['::7f00:1', 'refused'],
    ['::ffff:0:a9fe:a9fe', 'refused'],
    ['64:ff9b:1::a9fe:a9fe', 'refused'],
    ['::', 'refused'],
    ['::ffff:169.254.169.254', 'refused'],
    ['::ffff:a9fe:a9fe', 'refused'],
    ['64:ff9b::a00:1', 'refused'],
    ['127.0.0.1', 'loopback'],
    ['127.10.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['93.184.216.34', 'public'],
    ['2606:4700::6810:84e5', 'public'],
    ['not-an-address', 'refused'],
  ])('%s is %s', (address, verdict) => {
    expect(judgeAddress(address)).toBe(verdict);
  });
});

describe('outbound calls refused before any connection', () => {
  const options = (asked?: string[]) => ({ resolve: standInResolver(asked), timeoutMs: 2_000 });

  it.each([
    'https://metadata.attacker.test/hook',
    'https://ten.attacker.test/hook',
    'https://mixed.attacker.test/hook',
    'https://v6-metadata.attacker.test/hook',
    'https://mapped.attacker.test/hook',
    'https://loopback.attacker.test/hook',
    'https://nothing.attacker.test/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://2852039166/latest/meta-data/',
    'https://[::ffff:a9fe:a9fe]/',
    'https://10.0.0.1/',
    'https://[fd00:ec2::254]/',
    'https://127.0.0.1/',
    'http://ecins.example.org/hook',
    'http://localhost:4000/',
    'ftp://ecins.example.org/hook',
    'https://user:pass@ecins.example.org/hook',
  ])('%s', async (target) => {
    const spy = noRequests();
    const outcome = await safePost(target, '{}', {}, { ...options(), request: spy.request });
    expect(outcome.kind).toBe('refused');
    expect(spy.calls).toEqual([]);
  });

  it('gives up on a name that takes longer to resolve than the timeout, sending nothing', async () => {
    const spy = noRequests();
    const never: Resolver = () => new Promise(() => {});
    const outcome = await safePost(
      'https://slow.attacker.test/',
      '{}',
      {},
      {
        resolve: never,
        timeoutMs: 50,
        request: spy.request,
      },
    );
    expect(outcome).toEqual({ kind: 'failed', reason: 'timeout' });
    expect(spy.calls).toEqual([]);
  });

  it('refuses plain http to anywhere but this machine even when the twin allows local http', async () => {
    const spy = noRequests();
    const asked: string[] = [];
    const outcome = await safePost(
      'http://metadata.attacker.test/',
      '{}',
      {},
      { ...options(asked), allowLocalHttp: true, request: spy.request },
    );
    expect(outcome.kind).toBe('refused');
    expect(spy.calls).toEqual([]);
  });

  it('the connection asks no resolver: it gets the checked address, and is refused one that is not allowed', () => {
    const answers: unknown[] = [];
    const take = (...a: unknown[]) => answers.push(a);
    const pinned: LookupAddress = { address: '127.0.0.1', family: 4 };
    pinnedLookup(pinned, true)('rebound.attacker.test', { all: true }, take as never);
    pinnedLookup(pinned, true)('rebound.attacker.test', {}, take as never);
    expect(answers).toEqual([
      [null, [pinned]],
      [null, '127.0.0.1', 4],
    ]);
    const refusedAt: unknown[] = [];
    pinnedLookup({ address: '169.254.169.254', family: 4 }, true)('x', {}, ((e: Error) =>
      refusedAt.push(e.name)) as never);
    pinnedLookup(pinned, false)('x', {}, ((e: Error) => refusedAt.push(e.name)) as never);
    expect(refusedAt).toEqual(['RefusedDestination', 'RefusedDestination']);
  });
});
