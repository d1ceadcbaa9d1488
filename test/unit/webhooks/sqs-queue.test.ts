import { describe, expect, it } from 'vitest';
import { SqsDeliveryQueue } from '../../../functions/webhooks/sqs-queue.ts';

const QUEUE = 'https://sqs.eu-west-2.amazonaws.com/123456789012/webhooks';
const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};

/** Records each call and answers as SQS would (or as told). */
const stand = (answer: (target: string) => Response = () => new Response('{}')) => {
  const calls: { url: string; target: string; auth: string; body: Record<string, unknown> }[] = [];
  const fake = (async (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    const target = headers['x-amz-target'] ?? '';
    calls.push({ url, target, auth: headers.authorization ?? '', body: JSON.parse(String(init.body)) });
    return answer(target);
  }) as typeof fetch;
  return {
    calls,
    queue: new SqsDeliveryQueue({ queueUrl: QUEUE, region: 'eu-west-2', credentials, fetch: fake }),
  };
};

const message = (n: number) => ({
  endpoint: 'asb-ecins',
  event: {
    id: `msg_${n}`,
    type: 'submission.received' as const,
    timestamp: '2026-12-07T09:00:00.000Z',
    data: { form: 'nuisance', team: 'community-safety', reference: `NR-${n}`, urgent: [] },
  },
});

describe('the delivery queue on SQS (signed JSON protocol)', () => {
  it('sends messages in batches of ten, signed for sqs in the region', async () => {
    const { calls, queue } = stand();
    await queue.send(Array.from({ length: 12 }, (_, n) => message(n)));
    expect(calls.map((c) => [c.url, c.target, (c.body.Entries as unknown[]).length])).toEqual([
      ['https://sqs.eu-west-2.amazonaws.com/', 'AmazonSQS.SendMessageBatch', 10],
      ['https://sqs.eu-west-2.amazonaws.com/', 'AmazonSQS.SendMessageBatch', 2],
    ]);
    expect(calls[0]?.auth).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-2\/sqs\/aws4_request/,
    );
    expect(calls[0]?.body.QueueUrl).toBe(QUEUE);
    expect(
      JSON.parse(String((calls[0]?.body.Entries as { MessageBody: string }[] | undefined)?.[0]?.MessageBody)),
    ).toEqual(message(0));
  });

  it('fails when SQS did not take a message, or refused the call', async () => {
    const partly = stand(
      () => new Response(JSON.stringify({ Failed: [{ Id: '0', Code: 'InternalError' }] })),
    );
    await expect(partly.queue.send([message(1)])).rejects.toThrow(
      /did not take 1 message\(s\) \(InternalError\)/,
    );
    const refused = stand(
      () => new Response('{"__type":"com.amazon.coral.service#AccessDeniedException"}', { status: 400 }),
    );
    await expect(refused.queue.send([message(1)])).rejects.toThrow(/SQS refused SendMessageBatch: 400/);
  });

  it('a retry sets the message visibility to the wait, at most twelve hours', async () => {
    const { calls, queue } = stand();
    await queue.retryLater('handle-1', 300);
    await queue.retryLater('handle-2', 13 * 60 * 60);
    expect(calls.map((c) => [c.target, c.body.ReceiptHandle, c.body.VisibilityTimeout])).toEqual([
      ['AmazonSQS.ChangeMessageVisibility', 'handle-1', 300],
      ['AmazonSQS.ChangeMessageVisibility', 'handle-2', 43_200],
    ]);
  });
});
