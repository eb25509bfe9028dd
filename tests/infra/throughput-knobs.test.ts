import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THROUGHPUT } from '#infra/constructs/throughput-context.ts';
import { parseTemplate } from '#local/template/cfn.ts';
import { readEventSource, readFunction, readQueues } from '#local/template/read-compute.ts';
import { synthError, synthIngestStack } from './synth-stack.ts';

/** What the local stack reads back from a template synthesized with `context`. */
const localWiringOf = (context: Record<string, unknown> = {}) => {
  const synth = synthIngestStack({ context });
  const template = parseTemplate(synth.template.toJSON(), 'test');
  synth.dispose();
  const { functionLogicalId, ...eventSource } = readEventSource(template);
  const queue = readQueues(template)[eventSource.queueLogicalId];
  const fn = readFunction(template, functionLogicalId, '/out');
  return { eventSource, queue, fn };
};

describe('throughput knobs', () => {
  it('are all in the README table with their defaults', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

    for (const [key, value] of Object.entries(DEFAULT_THROUGHPUT)) {
      expect(readme).toMatch(new RegExp(`\\| \`${key}\` +\\| ${value} +\\|`));
    }
  });

  it('synthesizes the documented defaults', () => {
    const { eventSource, queue, fn } = localWiringOf();

    expect(eventSource).toMatchObject({
      batchSize: DEFAULT_THROUGHPUT.batchSize,
      maxBatchingWindowSeconds: DEFAULT_THROUGHPUT.maxBatchingWindowSeconds,
      maxConcurrency: DEFAULT_THROUGHPUT.maxConcurrency,
      reportBatchItemFailures: true,
    });
    expect(fn).toMatchObject({
      memoryMb: DEFAULT_THROUGHPUT.memorySize,
      timeoutSeconds: DEFAULT_THROUGHPUT.timeoutSeconds,
    });
    expect(fn.environment.MESSAGE_CONCURRENCY).toEqual({
      kind: 'literal',
      value: String(DEFAULT_THROUGHPUT.messageConcurrency),
    });
    expect(queue?.visibilityTimeoutSeconds).toBe(6 * DEFAULT_THROUGHPUT.timeoutSeconds);
  });

  it('takes each knob from its context key, and the local stack reads them back', () => {
    const { eventSource, queue, fn } = localWiringOf({
      batchSize: '50',
      maxBatchingWindowSeconds: 2,
      maxConcurrency: '20',
      memorySize: '1769',
      timeoutSeconds: '120',
      messageConcurrency: '6',
    });

    expect(eventSource).toMatchObject({
      batchSize: 50,
      maxBatchingWindowSeconds: 2,
      maxConcurrency: 20,
    });
    expect(fn).toMatchObject({ memoryMb: 1769, timeoutSeconds: 120 });
    expect(fn.environment.MESSAGE_CONCURRENCY).toEqual({ kind: 'literal', value: '6' });
    expect(queue?.visibilityTimeoutSeconds).toBe(720);
  });

  it.each([
    [{ batchSize: '0' }, "Context: batchSize must be a whole number from 1 to 10000, not '0'."],
    [
      { maxConcurrency: '1' },
      "Context: maxConcurrency must be a whole number from 2 to 1000, not '1'.",
    ],
    [
      { messageConcurrency: '11' },
      "Context: messageConcurrency must be a whole number from 1 to 10, not '11'.",
    ],
    [
      { memorySize: '1.5GB' },
      "Context: memorySize must be a whole number from 128 to 10240, not '1.5GB'.",
    ],
    [
      { timeoutSeconds: '901' },
      "Context: timeoutSeconds must be a whole number from 1 to 900, not '901'.",
    ],
    [
      { batchSize: '100', maxBatchingWindowSeconds: '0' },
      'Context: batchSize 100 needs maxBatchingWindowSeconds of at least 1 (Lambda takes more than 10 only with a window).',
    ],
    [
      { timeoutSeconds: '15' },
      'Context: timeoutSeconds 15 leaves no time to start a file: it must exceed maxFileMs + 5 s (15 s).',
    ],
    [
      { timeoutSeconds: '30', maxFileMs: '30000' },
      'Context: timeoutSeconds 30 leaves no time to start a file: it must exceed maxFileMs + 5 s (35 s).',
    ],
  ])('refuses %j with one sentence', (context, sentence) => {
    expect(synthError(context)).toBe(sentence);
  });
});
