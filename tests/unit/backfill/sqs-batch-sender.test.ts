import type { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { BackfillSendError, sqsBatchSender } from '#shared/adapters/sqs-backfill-sender.ts';

type Entry = { Id: string; MessageBody: string };
type Failure = { Id: string; Code: string; Message: string; SenderFault: boolean };

/** An SQS client that answers SendMessageBatch by `answer`, recording each call's bodies. */
const stubClient = (answer: (entries: Entry[], call: number) => Failure[]) => {
  const calls: string[][] = [];
  const client = {
    send: async (command: SendMessageBatchCommand) => {
      const entries = (command.input.Entries ?? []) as Entry[];
      calls.push(entries.map((entry) => entry.MessageBody));
      return { Successful: [], Failed: answer(entries, calls.length) };
    },
  } as unknown as SQSClient;
  return { client, calls };
};

const throttled = (id: string): Failure => ({
  Id: id,
  Code: 'RequestThrottled',
  Message: 'Rate exceeded',
  SenderFault: false,
});

describe('sqsBatchSender', () => {
  it('sends again only the entries SQS refused for a passing reason', async () => {
    const { client, calls } = stubClient((entries, call) =>
      call === 1 ? entries.filter((e) => e.MessageBody === 'b').map((e) => throttled(e.Id)) : [],
    );

    await sqsBatchSender(client, 'url')(['a', 'b', 'c']);

    expect(calls).toEqual([['a', 'b', 'c'], ['b']]);
  });

  it("throws SQS's reason once the retries are spent", async () => {
    const { client, calls } = stubClient((entries) => entries.map((e) => throttled(e.Id)));

    const sending = sqsBatchSender(client, 'url')(['a']);

    await expect(sending).rejects.toThrow(
      new BackfillSendError('SQS refused 1 of 1 message(s): RequestThrottled Rate exceeded'),
    );
    expect(calls).toHaveLength(3);
  });

  it('does not send again what SQS refused as the sender’s fault', async () => {
    const { client, calls } = stubClient((entries) =>
      entries.map((e) => ({
        ...throttled(e.Id),
        Code: 'InvalidMessageContents',
        SenderFault: true,
      })),
    );

    await expect(sqsBatchSender(client, 'url')(['a'])).rejects.toThrow(BackfillSendError);
    expect(calls).toHaveLength(1);
  });
});
