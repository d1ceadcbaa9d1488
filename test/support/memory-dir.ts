import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new folder for DynamoDB Local's data that a test keeps across a restart: in memory (/dev/shm)
 * where the system has it, else the temp folder. DynamoDB Local syncs every item it writes to disk;
 * in memory, the 2,000 earlier submissions of the resume test take seconds rather than minutes.
 */
export const memoryDir = (prefix: string): string =>
  mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), prefix));
