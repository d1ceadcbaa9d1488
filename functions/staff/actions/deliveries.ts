import type { HttpResult } from '../../http/responses.ts';
import type { MemberContext } from '../context.ts';
import { deliveriesPage, type EndpointDeliveries } from '../pages/deliveries-page.ts';
import { pageResponse } from '../respond.ts';

/** How many of each endpoint's latest attempts the page shows. */
const RECENT = 25;

/** Each configured webhook endpoint, whether it is on, and its latest attempts (admins only: the route table's row). */
export const showDeliveries = async ({ deps, frame }: MemberContext): Promise<HttpResult> => {
  const log = deps.webhookLog;
  const endpoints: EndpointDeliveries[] = await Promise.all(
    Object.entries(deps.config.webhooks.endpoints).map(async ([id, settings]) => {
      const [off, attempts] = log
        ? await Promise.all([log.offSince(id), log.recent(id, RECENT)])
        : [undefined, []];
      return { id, settings, ...(off ? { off } : {}), attempts };
    }),
  );
  return pageResponse(200, deliveriesPage({ ...frame, endpoints }));
};
