import path from 'node:path';
import { build } from 'esbuild';
import { lambdaBuildOptions } from './lambda-bundle.ts';

/**
 * `npm run bundle:report [-- functions/handlers/x.ts ...]`: bundles each handler as its Lambda
 * function is bundled (minified ESM, SDK inside) and lists what takes the space, by package.
 */
const entries = process.argv.slice(2);
const handlers =
  entries.length > 0
    ? entries
    : [
        'functions/handlers/submit.ts',
        'functions/handlers/notify.ts',
        'functions/handlers/monthly-report.ts',
        'functions/handlers/overdue.ts',
        'functions/handlers/staff.ts',
        'functions/handlers/audit-archive.ts',
      ];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;

for (const entry of handlers) {
  const result = await build({
    ...lambdaBuildOptions(entry),
    metafile: true,
    write: false,
    outfile: 'index.mjs',
  });
  const [output] = Object.values(result.metafile.outputs);
  if (!output) continue;
  const byPackage = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.dirname(file);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
  }
  console.log(`\n${entry}: ${kb(output.bytes).trim()}`);
  for (const [pkg, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${kb(bytes)}  ${pkg}`);
  }
}
