import path from 'node:path';

/** The repository root: handler entries, the lock file and the built site are found from here. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export const fromRoot = (...parts: string[]): string => path.resolve(REPO_ROOT, ...parts);
