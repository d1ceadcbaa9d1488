import path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { BUNDLE_ALIASES, BUNDLE_TARGET, ESM_BANNER, MAIN_FIELDS } from './constructs/service-function.ts';
import { REPO_ROOT } from './paths.ts';

/**
 * esbuild options that build a handler as its Lambda function is built by the stack (minified
 * ESM for Node 24, the AWS SDK inside): for the bundle-size report and the cold-start benchmark.
 */
export const lambdaBuildOptions = (entry: string) =>
  ({
    entryPoints: [path.resolve(REPO_ROOT, entry)],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    mainFields: MAIN_FIELDS,
    alias: BUNDLE_ALIASES,
    banner: { js: ESM_BANNER },
    minify: true,
  }) satisfies BuildOptions;
