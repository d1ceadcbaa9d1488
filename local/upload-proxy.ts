import { type IncomingMessage, request, type ServerResponse } from 'node:http';
import { uploadRefusedFunctionCode } from '../infra/cloudfront/upload-refused.ts';

type Headers = Record<string, { value: string }>;
interface ViewerResponse {
  statusCode: number;
  statusDescription?: string;
  headers: Headers;
}

/** The upload behaviour's viewer-response CloudFront Function, run here as CloudFront runs it. */
const uploadRefused = new Function(`${uploadRefusedFunctionCode()}\nreturn handler;`)() as (event: {
  request: { headers: Headers };
  response: ViewerResponse;
}) => ViewerResponse;

const viewerHeaders = (req: IncomingMessage): Headers =>
  Object.fromEntries(
    Object.entries(req.headers).flatMap(([name, value]) =>
      typeof value === 'string' ? [[name, { value }]] : [],
    ),
  );

/**
 * The twin's stand-in for CloudFront's upload behaviour: a POST to the site's /evidence-upload is
 * streamed to the local S3's bucket as it came (the presigned fields and the file), and S3's answer
 * streamed back, so the browser never talks to another origin. A refusal goes through the same
 * viewer-response function as on AWS, so a page without script is sent back to Add evidence.
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
        const status = answer.statusCode ?? 502;
        if (status >= 400) {
          const sent = uploadRefused({
            request: { headers: viewerHeaders(req) },
            response: { statusCode: status, headers: {} },
          });
          if (sent.statusCode !== status) {
            answer.resume();
            const headers = Object.fromEntries(Object.entries(sent.headers).map(([k, v]) => [k, v.value]));
            res.writeHead(sent.statusCode, headers).end();
            return;
          }
        }
        res.writeHead(status, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' }).end('Upload failed');
    });
    req.pipe(forward);
  };
