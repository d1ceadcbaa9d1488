import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The built site the twin serves. */
export const SITE_DIST = 'site/dist';

const astroCli = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** Builds the site into site/dist with `astro build`, using this process's Node (24). */
export const buildSite = (): void => {
  const result = spawnSync(process.execPath, [astroCli(), 'build', '--root', 'site'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
};

/**
 * Builds the site once per test run (about 3 s): test files run in separate workers of one
 * vitest process, so a marker named after that process tells later files the build is fresh.
 * `run` is that vitest process's id: a worker's parent, or the process itself in a global setup.
 */
export const buildSiteOnce = (run: number = process.ppid): void => {
  const marker = join(tmpdir(), `restorative-site-built-${run}`);
  if (existsSync(marker) && existsSync(join(SITE_DIST, 'index.html'))) return;
  buildSite();
  writeFileSync(marker, new Date().toISOString());
};
