import type { APIRoute } from 'astro';
import { bundleScript } from '../../build/bundle-script.ts';

/** /assets/site.js: the one script, an ES module (browsers without modules get the no-JS site). */
export const GET: APIRoute = async () =>
  new Response(await bundleScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
