import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * The local provider's storage: in memory, since the twin's sign-ins need not survive a restart
 * (people sign in again). Written here so the provider knows storage was chosen, not defaulted.
 */
export const memoryAdapter = () => {
  const items = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const live = (key: string) => {
    const item = items.get(key);
    if (item && item.expiresAt <= Date.now()) items.delete(key);
    return items.get(key)?.payload;
  };
  return (name: string): Adapter => {
    const key = (id: string) => `${name}:${id}`;
    const find = (test: (p: AdapterPayload) => boolean) =>
      [...items.keys()]
        .filter((k) => k.startsWith(`${name}:`))
        .map(live)
        .find((p) => p && test(p));
    return {
      upsert: async (id, payload, expiresIn) => {
        items.set(key(id), { payload, expiresAt: Date.now() + (expiresIn ?? 3600) * 1000 });
      },
      find: async (id) => live(key(id)),
      findByUid: async (uid) => find((p) => p.uid === uid),
      findByUserCode: async (code) => find((p) => p.userCode === code),
      consume: async (id) => {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        items.delete(key(id));
      },
      revokeByGrantId: async (grantId) => {
        for (const [k, item] of items) if (item.payload.grantId === grantId) items.delete(k);
      },
    };
  };
};
