/** What a case can be found by: the person's name, phone number, email address or postcode. */
export const FIND_KINDS = ['name', 'phone', 'email', 'postcode'] as const;

export type FindKind = (typeof FIND_KINDS)[number];

/**
 * Which answers of a form a case can be found by, kind by kind (question ids). A postcode is taken
 * out of an address or area answer when it holds one; a form without this is not findable.
 */
export type Findable = Partial<Record<FindKind, readonly string[]>>;

/** How the audit trail and the page name each kind: "by phone number". */
export const FIND_KIND_WORDS: Readonly<Record<FindKind, string>> = {
  name: 'name',
  phone: 'phone number',
  email: 'email address',
  postcode: 'postcode',
};
