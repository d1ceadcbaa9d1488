/**
 * `npm run bench` (second part): what bundling the AWS SDK into the submit function costs or saves
 * at cold start. Builds the submit handler twice, as the stack does (SDK inside) and with the SDK
 * left to the runtime (loaded from node_modules, as Lambda's built-in copy would be), then starts
 * each in fresh Node processes, alternately, against DynamoDB Local: import, then a first referral
 * stored (201). Prints bundle sizes and medians.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { build } from 'esbuild';
import { ensureTable } from '../functions/storage/ensure-tables.ts';
import { lambdaBuildOptions } from '../infra/lambda-bundle.ts';
import { fromRoot } from '../infra/paths.ts';
import { startDynamoLocal } from '../local/dynamo-local.ts';
import { LOCAL_REGION, useLocalCredentials } from '../local/local-credentials.ts';
import { size } from './sizes.ts';

const RUNS = size('BENCH_COLD_RUNS', 30, 2);
const TABLE = 'bench-cold-start';
// Inside node_modules, so the runtime-SDK variant finds the packages as Lambda's runtime would.
const OUT = fromRoot('node_modules/.cache/cold-start-bench');

const VARIANTS = {
  'SDK bundled (as deployed)': { file: 'bundled.mjs', external: [] as string[], alias: undefined },
  'SDK from the runtime': { file: 'runtime-sdk.mjs', external: ['@aws-sdk/*', '@smithy/*'], alias: {} },
};

interface Sample {
  statusCode: number;
  importMs: number;
  firstReplyMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

mkdirSync(OUT, { recursive: true });
for (const { file, external, alias } of Object.values(VARIANTS)) {
  const options = lambdaBuildOptions('functions/handlers/submit.ts');
  await build({ ...options, alias: alias ?? options.alias, external, outfile: `${OUT}/${file}` });
}

useLocalCredentials();
const dynamo = await startDynamoLocal({ dataDir: null });
try {
  const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: LOCAL_REGION });
  await ensureTable(client, TABLE);
  client.destroy();
  const env = {
    ...process.env,
    TABLE_NAME: TABLE,
    AWS_REGION: LOCAL_REGION,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    LOG_LEVEL: 'SILENT',
    // The duplicate guard's keyed hash: the deployment gives submit a key, and it will not start without one.
    HASH_KEY: randomBytes(32).toString('hex'),
  };
  const coldStart = async (file: string): Promise<Sample> => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [fromRoot('bench/cold-start-invoke.ts'), `${OUT}/${file}`],
      { env },
    );
    const sample = JSON.parse(stdout.trim().split('\n').pop() ?? '') as Sample;
    if (sample.statusCode !== 201) throw new Error(`${file}: status ${sample.statusCode}`);
    return sample;
  };

  const samples = new Map<string, Sample[]>(Object.keys(VARIANTS).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    // Alternate, so a slow moment on the machine falls on both variants alike.
    for (const [name, { file }] of Object.entries(VARIANTS)) samples.get(name)?.push(await coldStart(file));
  }
  const totals: number[] = [];
  for (const [name, { file }] of Object.entries(VARIANTS)) {
    const runs = samples.get(name) ?? [];
    const total = median(runs.map((s) => s.importMs + s.firstReplyMs));
    totals.push(total);
    console.log(
      `${name.padEnd(28)} ${(statSync(`${OUT}/${file}`).size / 1024).toFixed(0).padStart(4)} KB   ` +
        `import median ${median(runs.map((s) => s.importMs)).toFixed(1)} ms   ` +
        `import + first 201 median ${total.toFixed(1)} ms   (n=${runs.length})`,
    );
  }
  const [bundled = 0, runtime = 0] = totals;
  console.log(`cold start with the SDK bundled / with the runtime's SDK: ${(bundled / runtime).toFixed(2)}`);
} finally {
  await dynamo.stop();
}
