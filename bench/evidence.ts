/**
 * Evidence files (issue 22) on the twin: a 10 MB photo from the upload to downloadable by staff
 * (presign, POST through the site's /evidence-upload, send the form, the scan stand-in and file
 * processing until the record says ready), median and p90 of BENCH_RUNS; then the processing
 * function's bundle (esbuild, sharp left out as the deployment installs it beside the bundle) and
 * the memory one 10 MB photo takes to re-encode in this process.
 */
import { randomUUID } from 'node:crypto';
import { build } from 'esbuild';
import sharp from 'sharp';
import { PATHS } from '../functions/contract/service-contract.ts';
import { reEncodePhoto } from '../functions/files/re-encode.ts';
import { logger } from '../functions/observability/logger.ts';
import { makeDocumentClient } from '../functions/storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../functions/storage/dynamodb-store.ts';
import { lambdaBuildOptions } from '../infra/lambda-bundle.ts';
import { LOCAL_REGION } from '../local/local-credentials.ts';
import { startTwin } from '../local/twin.ts';
import { VALID_ANSWERS } from '../test/support/valid-answers.ts';
import { percentile, size } from './sizes.ts';

const RUNS = size('BENCH_RUNS', 10, 2);
const MB = 1024 * 1024;

/** A photo of about 10 MB: noise does not compress, so a 4000 × 3000 JPEG at quality 95 is about that. */
const tenMegabytePhoto = async () => {
  const side = size('BENCH_PHOTO_WIDTH', 3800, 800);
  return sharp({
    create: {
      width: side,
      height: Math.round(side * 0.75),
      channels: 3,
      background: { r: 128, g: 128, b: 128 },
      noise: { type: 'gaussian', mean: 128, sigma: 70 },
    },
  })
    .jpeg({ quality: 95 })
    .withExif({ IFD0: { Make: 'Bench' }, IFD2: { DateTimeOriginal: '2026:11:03 14:22:10' } })
    .toBuffer();
};

logger.setLogLevel('SILENT');
const photo = await tenMegabytePhoto();
const twin = await startTwin({
  port: 0,
  dataDir: null,
  tableName: `bench-${randomUUID()}`,
  quiet: true,
  config: undefined,
});
const store = new DynamoSubmissionStore(
  makeDocumentClient({ AWS_REGION: LOCAL_REGION, DYNAMODB_ENDPOINT: twin.dynamoEndpoint }),
  twin.tableName,
);
const headers = { origin: twin.url, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' };
const timings: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const offer = (await (
      await fetch(`${twin.url}${PATHS.uploads('nuisance')}`, { method: 'POST', headers, body: '{}' })
    ).json()) as { upload: { url: string; fields: Record<string, string> }; ticket: string };
    const body = new FormData();
    for (const [k, v] of Object.entries(offer.upload.fields)) body.append(k, v);
    body.append('file', new Blob([new Uint8Array(photo)]), 'photo.jpg');
    const uploaded = await fetch(`${twin.url}${offer.upload.url}`, { method: 'POST', body });
    if (uploaded.status !== 204) throw new Error(`upload answered ${uploaded.status}`);
    const sent = await fetch(`${twin.url}${PATHS.submit('nuisance')}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...VALID_ANSWERS.nuisance, evidence: [offer.ticket], name: `Bench ${run}` }),
    });
    const { reference } = (await sent.json()) as { reference: string };
    for (;;) {
      const file = (await store.get(reference))?.files?.[0];
      if (file && file.status !== 'checking') {
        if (file.status !== 'ready') throw new Error(`the photo was ${file.status}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    timings.push(performance.now() - started);
  }
} finally {
  await twin.stop();
}
const sorted = timings.sort((a, b) => a - b);
console.log(
  `evidence: a ${(photo.length / MB).toFixed(1)} MB photo, upload to downloadable on the twin: median ${percentile(sorted, 0.5).toFixed(0)} ms, p90 ${percentile(sorted, 0.9).toFixed(0)} ms (${RUNS} runs)`,
);

// Bundled as the stack bundles it (infra/lambda-bundle.ts), sharp installed beside it.
const bundle = await build({
  ...lambdaBuildOptions('functions/handlers/process-files.ts'),
  external: ['sharp'],
  write: false,
});
console.log(
  `evidence: processing function bundle ${((bundle.outputFiles[0]?.contents.length ?? 0) / 1024).toFixed(0)} KB minified (sharp and libvips installed beside it)`,
);

const before = process.memoryUsage().rss;
let peak = before;
const watch = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
await reEncodePhoto(photo, 'jpg');
clearInterval(watch);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `evidence: re-encoding it took ${((peak - before) / MB).toFixed(0)} MB more memory at peak (process RSS ${(peak / MB).toFixed(0)} MB; the function has 2048 MB)`,
);
