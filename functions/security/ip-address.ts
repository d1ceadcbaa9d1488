/** The eight 16-bit groups of an IPv6 address (any spelling: ::, embedded IPv4). */
export const ipv6Groups = (address: string): number[] => {
  let text = address.toLowerCase().split('%')[0] ?? '';
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (v4) {
    const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
    text = `${text.slice(0, -v4.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((g) => Number.parseInt(g, 16));
};

/**
 * Who an attempt counts against when limiting by address: an IPv4 address as it is, an IPv6 one by
 * its /64 (one household or phone is given a whole /64, so counting single addresses in it would
 * give anyone as many tries as they like).
 */
export const limitedAddress = (address: string): string => {
  if (!address.includes(':')) return address;
  const groups = ipv6Groups(address.replace(/^\[|\]$/g, ''));
  if (groups.length !== 8 || groups.some((g) => Number.isNaN(g))) return address;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
};
