import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * SES's account suppression list, which the emulator (aws-ses-v2-local 2.10) does not have: it
 * answers GetSuppressedDestination with 404 and an XML body the SDK cannot parse (a SyntaxError,
 * not NotFoundException). So the twin answers SES's three suppression-list calls itself, in SES's
 * own wire format, and passes every other request to the emulator: the notifier's real SES adapter
 * runs unchanged, and tests suppress an address with the SDK's PutSuppressedDestinationCommand.
 */
const PATH = '/v2/email/suppression/addresses';

const json = (res: ServerResponse, status: number, body: unknown, errorType?: string) => {
  res.writeHead(status, {
    'content-type': 'application/json',
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  res.end(JSON.stringify(body));
};

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** Addresses are kept as SES keeps them: case-insensitively. */
const keyOf = (address: string) => address.trim().toLowerCase();

export const withSuppressionList = (
  emulator: RequestListener,
  suppressed: Map<string, { reason: string; at: number }>,
): RequestListener => {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(PATH)) return emulator(req, res);
    const address = decodeURIComponent(url.pathname.slice(PATH.length + 1));
    if (req.method === 'GET' && address) {
      const entry = suppressed.get(keyOf(address));
      if (!entry)
        return json(
          res,
          404,
          { message: `Email address ${address} does not exist on your suppression list.` },
          'NotFoundException',
        );
      return json(res, 200, {
        SuppressedDestination: { EmailAddress: address, Reason: entry.reason, LastUpdateTime: entry.at },
      });
    }
    if (req.method === 'DELETE' && address) {
      suppressed.delete(keyOf(address));
      return json(res, 200, {});
    }
    if (req.method === 'PUT' && !address) {
      void readBody(req).then((text) => {
        const { EmailAddress, Reason } = JSON.parse(text || '{}') as {
          EmailAddress?: string;
          Reason?: string;
        };
        if (!EmailAddress || (Reason !== 'BOUNCE' && Reason !== 'COMPLAINT'))
          return json(
            res,
            400,
            { message: 'EmailAddress and Reason (BOUNCE or COMPLAINT) are required' },
            'BadRequestException',
          );
        suppressed.set(keyOf(EmailAddress), { reason: Reason, at: Math.floor(Date.now() / 1000) });
        return json(res, 200, {});
      });
      return;
    }
    return json(res, 404, { message: 'Unknown suppression-list call' }, 'NotFoundException');
  };
};
