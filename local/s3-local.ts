import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: s3rver ships no types; only its constructor, run, close and 'event' are used.
import S3rver from '@20minutes/s3rver';

export const LOCAL_EVIDENCE_BUCKET = 'evidence';

export interface S3Local {
  endpoint: string;
  bucket: string;
  /** Told of each object created (its key), as S3 tells GuardDuty. */
  onCreated(listener: (key: string) => void): void;
  stop(): Promise<void>;
}

/**
 * The twin's S3: @20minutes/s3rver, on this machine, with the evidence bucket made through its own
 * option (the SDK's CreateBucket fails its signature check). It serves what the service uses:
 * presigned POST, Get/Put/Copy/Head, tags, List and DeleteObjects. Unlike S3 it keeps no versions and
 * does not enforce a POST policy's conditions (the size is checked again at attach and processing).
 */
export const startS3Local = async (
  options: { port?: number; directory?: string | null; allowedOrigins?: readonly string[] } = {},
): Promise<S3Local> => {
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 's3-local-')));
  const origins = options.allowedOrigins ?? ['*'];
  const cors = `<CORSConfiguration>${origins
    .map(
      (origin) =>
        `<CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>POST</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>*</AllowedHeader><MaxAgeSeconds>300</MaxAgeSeconds></CORSRule>`,
    )
    .join('')}</CORSConfiguration>`;
  const server = new S3rver({
    port: options.port ?? 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: LOCAL_EVIDENCE_BUCKET, configs: [cors] }],
    // s3rver works out a different signature than the SDK for a List with a prefix holding "/"
    // (its canonical query encoding): it still requires a signed request, it just accepts ours.
    allowMismatchedSignatures: true,
  });
  const address: { port: number } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket: LOCAL_EVIDENCE_BUCKET,
    onCreated: (listener) =>
      server.on('event', (event: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
        for (const record of event.Records)
          if (record.eventName.startsWith('ObjectCreated'))
            listener(decodeURIComponent(record.s3.object.key));
      }),
    stop: async () => {
      await server.close();
      if (options.directory === undefined || options.directory === null)
        await rm(directory, { recursive: true, force: true });
    },
  };
};
