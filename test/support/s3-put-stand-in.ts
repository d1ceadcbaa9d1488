import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the one S3 call the audit archive makes (PutObject, path-style), strict the way
 * the archive bucket is: it checks the Signature Version 4 signature itself (written here apart
 * from the SDK's signer, so a mistake in how the archive signs shows), refuses a put without
 * If-None-Match: * (the bucket policy's rule) or without a matching Content-MD5 (Object Lock's),
 * and answers 412 when the key is taken, keeping the first object. No local S3 is installed on
 * this machine (docs/operations.md); this is what the archive needs of one.
 */
export interface S3PutStandIn {
  readonly endpoint: URL;
  readonly bucket: string;
  /** Every object written, by key (a key is written at most once). */
  readonly objects: Map<string, string>;
  /** Keys for which S3 answers 503 SlowDown, as in an outage. */
  readonly failing: Set<string>;
  readonly requests: number;
  stop(): Promise<void>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

const error = (status: number, code: string) => ({
  status,
  body: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>refused</Message></Error>`,
});

/** The signature S3 expects for this request, from the Authorization header's own scope and headers. */
const expectedSignature = (request: IncomingMessage, secret: string): string | undefined => {
  const auth =
    /^AWS4-HMAC-SHA256 Credential=[^/]+\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([^,]+), Signature=/.exec(
      String(request.headers.authorization),
    );
  if (!auth) return undefined;
  const [, day = '', region = '', signedHeaders = ''] = auth;
  const names = signedHeaders.split(';');
  const canonicalHeaders = names.map((name) => `${name}:${String(request.headers[name]).trim()}\n`).join('');
  const [path = '', query = ''] = (request.url ?? '').split('?');
  const canonicalRequest = [
    request.method,
    path,
    query,
    canonicalHeaders,
    signedHeaders,
    String(request.headers['x-amz-content-sha256']),
  ].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const toSign = [
    'AWS4-HMAC-SHA256',
    String(request.headers['x-amz-date']),
    scope,
    sha256(canonicalRequest),
  ].join('\n');
  const key = ['s3', 'aws4_request'].reduce<Buffer>(
    (k, part) => hmac(k, part),
    hmac(hmac(`AWS4${secret}`, day), region),
  );
  return hmac(key, toSign).toString('hex');
};

const answer = (
  request: IncomingMessage,
  body: Buffer,
  bucket: string,
  secret: string,
  stand: Pick<S3PutStandIn, 'objects' | 'failing'>,
) => {
  const prefix = `/${bucket}/`;
  if (request.method !== 'PUT' || !request.url?.startsWith(prefix)) return error(405, 'MethodNotAllowed');
  const signature = /Signature=([0-9a-f]+)$/.exec(String(request.headers.authorization))?.[1];
  if (!signature || signature !== expectedSignature(request, secret))
    return error(403, 'SignatureDoesNotMatch');
  if (request.headers['x-amz-content-sha256'] !== sha256(body))
    return error(400, 'XAmzContentSHA256Mismatch');
  if (request.headers['if-none-match'] !== '*') return error(403, 'AccessDenied');
  if (request.headers['content-md5'] !== createHash('md5').update(body).digest('base64')) {
    return error(400, 'InvalidDigest');
  }
  const key = decodeURIComponent(request.url.slice(prefix.length));
  if (stand.failing.has(key)) return error(503, 'SlowDown');
  if (stand.objects.has(key)) return error(412, 'PreconditionFailed');
  stand.objects.set(key, body.toString('utf8'));
  return { status: 200, body: '' };
};

/** Starts the stand-in on a free loopback port; requests must be signed with `secret`. */
export const startS3PutStandIn = async (bucket: string, secret: string): Promise<S3PutStandIn> => {
  const objects = new Map<string, string>();
  const failing = new Set<string>();
  let requests = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      const { status, body } = answer(request, Buffer.concat(chunks), bucket, secret, { objects, failing });
      response.writeHead(status, { 'content-type': 'application/xml' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: new URL(`http://127.0.0.1:${port}`),
    bucket,
    objects,
    failing,
    get requests() {
      return requests;
    },
    stop: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
};
