/** Domains where Google delivers mail whatever dots the local part has; googlemail.com is gmail.com. */
const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * The mailbox an address reaches, so limits keyed on it cannot be side-stepped by writing the same
 * mailbox another way: the whole address in lower case; a `+tag` dropped from the local part for
 * every domain (most providers deliver `sam+x@` to `sam@`, and treating the rare one that does not
 * as the same mailbox only costs a second confirmation); for Gmail, dots dropped too and
 * googlemail.com read as gmail.com. Only for keys: mail still goes to the address as typed.
 */
export const mailboxOf = (address: string): string => {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 0) return lower;
  const domain = lower.slice(at + 1);
  let local = lower.slice(0, at);
  const plus = local.indexOf('+');
  if (plus >= 0) local = local.slice(0, plus);
  if (!GMAIL_DOMAINS.has(domain)) return `${local}@${domain}`;
  return `${local.replaceAll('.', '')}@gmail.com`;
};
