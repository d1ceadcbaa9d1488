import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  Checksum,
  SourceData,
} from '@smithy/types';
import type { ArchiveObject } from '../audit-archive/archive-object.ts';

/** Where the archive keeps audit entries: each object is written once and never replaced. */
export interface AuditArchive {
  /** 'already-archived' when the object is there (a replayed record): nothing is written over it. */
  keep(object: ArchiveObject): Promise<'archived' | 'already-archived'>;
}

/** SHA-256 (or its HMAC, given a secret) for the signer, from node:crypto (the webhooks queue signs with it too). */
export class Sha256 implements Checksum {
  private readonly secret: SourceData | undefined;
  private hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.secret = secret;
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(this.secret));
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

const bytes = (data: SourceData): Uint8Array =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** S3's URI encoding of a key (RFC 3986 unreserved characters kept; "/" kept between segments). */
export const encodeKey = (key: string): string =>
  key
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');

export interface S3AuditArchiveOptions {
  readonly bucket: string;
  readonly region: string;
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** A stand-in S3 (path-style), for tests; AWS otherwise. */
  readonly endpoint?: URL;
  readonly fetch?: typeof fetch;
}

/**
 * The archive bucket on S3, through one signed PutObject (Signature Version 4, the SDK's own
 * signer): the function needs nothing else of S3, and the whole S3 client would be about 200 KB
 * more to load. Every put carries If-None-Match: * (the bucket refuses puts without it), so an
 * object is created once and a replay is answered 412, which means it is already kept; and a
 * Content-MD5, which S3 requires for a bucket with Object Lock.
 */
export class S3AuditArchive implements AuditArchive {
  private readonly signer: SignatureV4;
  private readonly fetch: typeof fetch;
  private readonly options: S3AuditArchiveOptions;

  constructor(options: S3AuditArchiveOptions) {
    this.options = options;
    this.signer = new SignatureV4({
      service: 's3',
      region: options.region,
      credentials: options.credentials,
      sha256: Sha256,
      // S3 signs the path as sent, encoded once (other services encode it twice).
      uriEscapePath: false,
      applyChecksum: true,
    });
    this.fetch = options.fetch ?? fetch;
  }

  async keep(object: ArchiveObject): Promise<'archived' | 'already-archived'> {
    const { bucket, region, endpoint } = this.options;
    const hostname = endpoint ? endpoint.host : `${bucket}.s3.${region}.amazonaws.com`;
    const path = `${endpoint ? `/${bucket}` : ''}/${encodeKey(object.key)}`;
    const body = Buffer.from(object.body, 'utf8');
    const signed = await this.signer.sign({
      method: 'PUT',
      protocol: endpoint ? endpoint.protocol : 'https:',
      hostname,
      path,
      query: {},
      headers: {
        host: hostname,
        'content-type': 'application/json',
        'content-md5': createHash('md5').update(body).digest('base64'),
        'if-none-match': '*',
      },
      body,
    });
    const { host: _host, ...headers } = signed.headers;
    const response = await this.fetch(`${signed.protocol}//${hostname}${path}`, {
      method: 'PUT',
      headers,
      body,
    });
    if (response.ok) return 'archived';
    if (response.status === 412) return 'already-archived';
    // S3's error code (AccessDenied, SlowDown...) says why; the message and key are left out.
    const code = /<Code>([^<]+)<\/Code>/.exec(await response.text())?.[1] ?? 'no error code';
    throw new Error(`The archive refused the entry: S3 answered ${response.status} (${code})`);
  }
}
