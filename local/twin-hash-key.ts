import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The twin's hash key (HASH_KEY on AWS), kept beside the stored data so it outlives a restart, as
 * the deployment's secret does: search tokens and confirmation limits written before a restart
 * still match after it. In memory (no data directory), a new key each start.
 */
export const twinHashKey = (dataDir: string | null, tableName: string): Buffer => {
  if (!dataDir) return randomBytes(32);
  const file = join(dataDir, `hash-key-${tableName}`);
  if (existsSync(file)) {
    const kept = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (kept.length === 32) return kept;
  }
  const key = randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
};
