import { describe, expect, it } from 'vitest';
import { limitedAddress } from '../../../functions/security/ip-address.ts';

describe('the address an attempt counts against', () => {
  it('is an IPv4 address itself', () => {
    expect(limitedAddress('203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    const prefix = '2001:db8:aa:bb::/64';
    expect(limitedAddress('2001:db8:aa:bb::1')).toBe(prefix);
    expect(limitedAddress('2001:0db8:00aa:00bb:ffff:1:2:3')).toBe(prefix);
    expect(limitedAddress('[2001:db8:aa:bb:0:0:0:9]')).toBe(prefix);
    expect(limitedAddress('2001:db8:aa:bc::1')).not.toBe(prefix);
  });
});
