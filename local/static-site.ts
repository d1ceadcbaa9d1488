import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const PLACEHOLDER = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Site not built</title></head>
<body><h1>The site has not been built</h1><p>Run <code>npm run build:site</code>, or use <code>npm start</code>, which builds it.</p>
<p>The API is running: <a href="/api/forms">/api/forms</a>.</p></body></html>`;

/** Finds the file for a path the way S3 behind CloudFront is set up to: directory → index.html. */
const fileFor = (root: string, pathname: string): string | undefined => {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined; // No escaping the site folder.
  const candidate = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
};

const send = (res: ServerResponse, status: number, file: string) => {
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
};

/** Serves the built site (site/dist); a plain placeholder if it has not been built yet. */
export const serveStatic = (siteDir: string) => {
  const root = resolve(siteDir);
  return (pathname: string, res: ServerResponse): void => {
    if (!existsSync(root)) {
      res
        .writeHead(pathname === '/' ? 200 : 404, { 'content-type': TYPES['.html'] as string })
        .end(PLACEHOLDER);
      return;
    }
    const file = fileFor(root, pathname);
    const notFound = join(root, '404.html');
    if (file) send(res, 200, file);
    else if (existsSync(notFound)) send(res, 404, notFound);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  };
};
