import { type IncomingMessage, request, type ServerResponse } from 'node:http';

/**
 * The twin's stand-in for CloudFront's upload behaviour: a POST to the site's /evidence-upload is
 * streamed to the local S3's bucket as it came (the presigned fields and the file), and S3's answer
 * streamed back, so the browser never talks to another origin.
 */
export const proxyUpload =
  (bucketUrl: string) =>
  (req: IncomingMessage, res: ServerResponse): void => {
    const target = new URL(bucketUrl);
    const forward = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('Upload failed');
    });
    req.pipe(forward);
  };
