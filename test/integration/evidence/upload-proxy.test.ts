import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETURN_PATHS, UPLOAD_REFUSED } from '../../../functions/contract/service-contract.ts';
import { proxyUpload } from '../../../local/upload-proxy.ts';
import { localFiles } from '../../support/evidence-stand-ins.ts';

/**
 * The twin's /evidence-upload (local/upload-proxy.ts) in front of the local S3: a refusal goes
 * through the same viewer-response function as CloudFront's, so the twin shows what AWS shows.
 */
let local: Awaited<ReturnType<typeof localFiles>>;
let proxy: Server;
let url: string;

beforeAll(async () => {
  local = await localFiles();
  proxy = createServer(proxyUpload(`${local.s3.endpoint}/${local.s3.bucket}`));
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/evidence-upload`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  local?.client.destroy();
  await local?.s3.stop();
});

/**
 * A POST storage refuses with a 400, as S3 refuses a file over the size range: here one with no
 * key, since the local S3 enforces neither a policy's size range nor its expiry.
 */
const unsigned = () => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'x.bin');
  return form;
};

describe('the twin’s upload behaviour, when storage refuses a file', () => {
  it('sends a page without script back to Add evidence', async () => {
    // As a browser's form navigation sends it (fetch would add its own Sec-Fetch-Mode: cors).
    const encoded = new Response(unsigned());
    const body = Buffer.from(await encoded.arrayBuffer());
    const answer = await new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
      const sent = request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': encoded.headers.get('content-type') ?? '',
            'content-length': body.length,
            'sec-fetch-mode': 'navigate',
            referer: `http://localhost${RETURN_PATHS.action('evidence', 'cy')}`,
          },
        },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, location: res.headers.location });
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(
      `${RETURN_PATHS.action('evidence', 'cy')}?${UPLOAD_REFUSED.param}=${UPLOAD_REFUSED.size}`,
    );
  });

  it('hands the script storage’s own answer', async () => {
    const answer = await fetch(url, { method: 'POST', body: unsigned(), redirect: 'manual' });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain('<Error>');
  });
});
