import type { APIRoute } from 'astro';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { faviconSvg } from '../../../functions/pages/logo.ts';

/** The site's own favicon, in the configured brand colour. */
export const GET: APIRoute = () =>
  new Response(faviconSvg(serviceConfig.brandColour), { headers: { 'content-type': 'image/svg+xml' } });
