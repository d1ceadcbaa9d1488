import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

export interface LocalServer {
  url: string;
  port: number;
  received: Received[];
  /** Each request is answered by this (change it to make the server fail, redirect or hang). */
  answer: (res: ServerResponse, received: Received) => void;
  stop(): Promise<void>;
}

/** A receiver on 127.0.0.1 only, for outbound-call tests that must never leave this machine. */
export const startLocalServer = async (
  answer: LocalServer['answer'] = (res) => res.writeHead(204).end(),
): Promise<LocalServer> => {
  const self: LocalServer = { url: '', port: 0, received: [], answer, stop: async () => {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const received = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      self.received.push(received);
      self.answer(res, received);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  self.port = typeof address === 'object' && address ? address.port : 0;
  self.url = `http://127.0.0.1:${self.port}`;
  self.stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return self;
};
