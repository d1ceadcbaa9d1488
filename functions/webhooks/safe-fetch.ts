import { promises as dns, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressVerdict, judgeAddress } from './addresses.ts';

/** Finds a host name's addresses (the system's resolver on AWS; tests pass a stand-in). */
export type Resolver = (host: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (host) => dns.lookup(host, { all: true, verbatim: true });

/** The request function (node's, by protocol); tests pass one that records what it was asked. */
export type RequestFunction = typeof httpsRequest;

export interface SafeFetchOptions {
  resolve: Resolver;
  /** How long the whole call may take, from resolving the name to the status line. */
  timeoutMs: number;
  /**
   * The local twin only (WEBHOOKS_ALLOW_LOCAL_HTTP): plain http:// and this machine's addresses are
   * allowed, so `npm run webhook-receiver` can be reached. Never set on AWS.
   */
  allowLocalHttp?: boolean;
  request?: { http: RequestFunction; https: RequestFunction };
}

/**
 * What came of a call: the status the receiver answered (its body is never read, let alone
 * stored), refused before any connection (and why, in words without the address), or failed.
 */
export type SafeOutcome =
  | { kind: 'answered'; status: number }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed'; reason: 'timeout' | 'network' | 'tls' };

export class RefusedDestination extends Error {
  override name = 'RefusedDestination';
}

const allowed = (verdict: AddressVerdict, allowLocal: boolean): boolean =>
  verdict === 'public' || (verdict === 'loopback' && allowLocal);

/** Checks every address a name resolves to: one refused address refuses the name. */
const checkAddresses = (addresses: readonly LookupAddress[], allowLocal: boolean): LookupAddress => {
  const first = addresses[0];
  if (!first) throw new RefusedDestination('the name has no address');
  for (const a of addresses) {
    if (!allowed(judgeAddress(a.address), allowLocal))
      throw new RefusedDestination(
        'the name resolves to a private, loopback, link-local or reserved address',
      );
  }
  return first;
};

/**
 * The lookup the connection makes, answering only with the address already checked (so the name is
 * not resolved again between the check and the connection: no DNS rebinding), and checking it once
 * more as the socket opens.
 */
export const pinnedLookup =
  (pinned: LookupAddress, allowLocal: boolean): LookupFunction =>
  (_host, options, callback) => {
    if (!allowed(judgeAddress(pinned.address), allowLocal)) {
      callback(new RefusedDestination('refused at connect'), '', 4);
      return;
    }
    if (options.all) (callback as (e: null, a: LookupAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };

/** Why a destination is refused before it is resolved, or undefined if it may be resolved. */
const refuseUrl = (url: URL, allowLocal: boolean): string | undefined => {
  if (url.username || url.password) return 'the address holds a user name or password';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && allowLocal) return undefined;
  return 'only https:// addresses are called';
};

const addressesOf = async (host: string, resolve: Resolver): Promise<LookupAddress[]> => {
  const bare = host.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  return family ? [{ address: bare, family }] : resolve(bare);
};

/** Rejects when the signal's time is up (an AbortError, as a request's own would be). */
const timedOut = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

const failureOf = (error: unknown): SafeOutcome => {
  if (error instanceof RefusedDestination) return { kind: 'refused', reason: error.message };
  const { name, code } = error as { name?: string; code?: unknown };
  if (name === 'AbortError' || name === 'TimeoutError' || code === 'ABORT_ERR')
    return { kind: 'failed', reason: 'timeout' };
  return { kind: 'failed', reason: /CERT|TLS|SSL/.test(String(code ?? '')) ? 'tls' : 'network' };
};
/**
 * POSTs a body to a receiver the way issue 24 asks of every outbound call: https only; the name
 * resolved and refused if any address is private, loopback, link-local, the metadata service or
 * reserved; the connection pinned to the checked address; redirects never followed (a 3xx is an
 * answer like any other, and the delivery counts it a failure); a short timeout over everything;
 * the response's body discarded unread.
 */
export const safePost = async (
  target: string,
  body: string,
  headers: Record<string, string>,
  options: SafeFetchOptions,
): Promise<SafeOutcome> => {
  const allowLocal = options.allowLocalHttp === true;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { kind: 'refused', reason: 'not an address' };
  }
  const refusal = refuseUrl(url, allowLocal);
  if (refusal) return { kind: 'refused', reason: refusal };
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    // The resolver cannot be cancelled: the timeout wins the race instead.
    const addresses = await Promise.race([addressesOf(url.hostname, options.resolve), timedOut(signal)]);
    const pinned = checkAddresses(addresses, allowLocal);
    if (url.protocol === 'http:' && judgeAddress(pinned.address) !== 'loopback')
      return { kind: 'refused', reason: 'plain http:// is allowed only to this machine' };
    signal.throwIfAborted();
    const send =
      url.protocol === 'https:'
        ? (options.request?.https ?? httpsRequest)
        : (options.request?.http ?? httpRequest);
    return await new Promise<SafeOutcome>((resolve, reject) => {
      const req = send(
        url,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          lookup: pinnedLookup(pinned, allowLocal),
          // A connection of its own, never one pooled for another name or address.
          agent: false,
          signal,
        },
        (res) => {
          resolve({ kind: 'answered', status: res.statusCode ?? 0 });
          // The status is all that is kept: the body is not read.
          res.destroy();
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  } catch (error) {
    return failureOf(error);
  }
};
