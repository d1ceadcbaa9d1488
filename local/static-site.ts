import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';

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

/** A request the twin cannot make sense of: a malformed escape, a NUL. Answered 400, never thrown on. */
export class BadPath extends Error {}

const decodedPath = (pathname: string): string => {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    throw new BadPath('Malformed escape in the address');
  }
  if (path.includes('\0')) throw new BadPath('A NUL in the address');
  return path;
};

/** Finds the file for a path the way S3 behind CloudFront is set up to: directory → index.html. */
const fileFor = (root: string, pathname: string): string | undefined => {
  const path = normalize(join(root, decodedPath(pathname)));
  // Inside the site folder only: not the folder's siblings (dist-old beside dist), nor anything above.
  const inside = relative(root, path);
  if (inside.startsWith('..') || isAbsolute(inside)) return undefined;
  const candidate = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
};

const send = (res: ServerResponse, status: number, file: string, noStore = false) => {
  res.writeHead(status, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    ...(noStore ? { 'cache-control': 'no-store' } : {}),
  });
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
};

/**
 * Serves the built site (site/dist); a plain placeholder if it has not been built yet. Pages under
 * `noStorePaths` (the forms) are sent no-store, as CloudFront sends them, so Back cannot restore them.
 */
export const serveStatic = (siteDir: string, noStorePaths: readonly string[] = []) => {
  const root = resolve(siteDir);
  return (pathname: string, res: ServerResponse): void => {
    if (!existsSync(root)) {
      res
        .writeHead(pathname === '/' ? 200 : 404, { 'content-type': TYPES['.html'] as string })
        .end(PLACEHOLDER);
      return;
    }
    let file: string | undefined;
    try {
      file = fileFor(root, pathname);
    } catch (error) {
      if (!(error instanceof BadPath)) throw error;
      res
        .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`Bad request: ${error.message}`);
      return;
    }
    const notFound = join(root, '404.html');
    if (file)
      send(
        res,
        200,
        file,
        noStorePaths.some((p) => pathname.startsWith(p)),
      );
    else if (existsSync(notFound)) send(res, 404, notFound);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  };
};
