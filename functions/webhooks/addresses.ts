import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { ipv6Groups as groupsOf } from '../security/ip-address.ts';

/**
 * Where an outbound call may not go (SSRF): private, loopback, link-local (the instance metadata
 * service at 169.254.169.254 among them), carrier-grade NAT (some clouds' metadata), multicast,
 * documentation and reserved ranges, in both families. IPv6 that carries an IPv4 address
 * (::ffff:a.b.c.d, and NAT64's 64:ff9b::/96) is judged by that IPv4 address.
 */
const refused = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  refused.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  // IPv4-compatible (::a.b.c.d, deprecated) and the whole of ::/96 with it, which takes :: and ::1;
  // IPv4-translated (::ffff:0:a.b.c.d); the local-use NAT64 prefix (RFC 8215).
  ['::', 96],
  ['::ffff:0:0:0', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  refused.addSubnet(net, bits, 'ipv6');
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** The IPv4 address an IPv6 one carries (mapped, or NAT64's well-known prefix), if any. */
const embeddedIPv4 = (address: string): string | undefined => {
  const g = groupsOf(address);
  const mapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (!mapped && !nat64) return undefined;
  const [hi = 0, lo = 0] = g.slice(6);
  return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
};

export type AddressVerdict = 'public' | 'loopback' | 'refused';

/** Whether an address may be called: a public one, this machine (for the twin to decide), or not at all. */
export const judgeAddress = (address: string): AddressVerdict => {
  // A zone index (fe80::1%eth0) names an interface, not another address.
  const bare = address.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  if (isIPv6(bare)) {
    const v4 = embeddedIPv4(bare);
    if (v4) return judgeAddress(v4);
    if (loopback.check(bare, 'ipv6')) return 'loopback';
    return refused.check(bare, 'ipv6') ? 'refused' : 'public';
  }
  if (!isIPv4(bare)) return 'refused';
  if (loopback.check(bare, 'ipv4')) return 'loopback';
  return refused.check(bare, 'ipv4') ? 'refused' : 'public';
};
