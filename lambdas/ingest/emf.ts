/**
 * CloudWatch Embedded Metric Format: a JSON log line whose `_aws` member tells CloudWatch
 * Logs which of its properties are metrics, so a `console` line becomes a metric with no
 * API call. Written here in a few lines rather than with @aws-lambda-powertools/metrics:
 * see docs/DEPLOY.md ("Metrics").
 */

export type MetricUnit = 'Count' | 'Bytes' | 'Milliseconds';

export interface MetricValues {
  name: string;
  unit: MetricUnit;
  /** One datum or several; CloudWatch takes at most MAX_VALUES_PER_METRIC per line. */
  values: readonly number[];
}

export interface EmfLine {
  namespace: string;
  /** Dimension name -> value; every metric of the line is published under all of them. */
  dimensions: Readonly<Record<string, string>>;
  metrics: readonly MetricValues[];
  /** Milliseconds since the epoch. */
  timestamp: number;
}

/** EMF's bound on the values of one metric in one line. */
export const MAX_VALUES_PER_METRIC = 100;

/** The JSON object of one EMF line (one metric of the line per distinct name). */
export const emfDocument = (line: EmfLine): Record<string, unknown> => {
  const values = Object.fromEntries(
    line.metrics.map(({ name, values: v }) => [name, v.length === 1 ? v[0] : [...v]]),
  );
  return {
    _aws: {
      Timestamp: line.timestamp,
      CloudWatchMetrics: [
        {
          Namespace: line.namespace,
          Dimensions: [Object.keys(line.dimensions)],
          Metrics: line.metrics.map(({ name, unit }) => ({ Name: name, Unit: unit })),
        },
      ],
    },
    ...line.dimensions,
    ...values,
  };
};

/**
 * One line's metrics split so none carries more than MAX_VALUES_PER_METRIC values: a
 * large batch's durations go out in several lines, each a valid EMF document.
 */
export const splitByValueBound = (line: EmfLine): EmfLine[] => {
  const longest = Math.max(0, ...line.metrics.map((m) => m.values.length));
  const lines: EmfLine[] = [];
  for (let start = 0; start < longest; start += MAX_VALUES_PER_METRIC) {
    const metrics = line.metrics
      .map((m) => ({ ...m, values: m.values.slice(start, start + MAX_VALUES_PER_METRIC) }))
      .filter((m) => m.values.length > 0);
    lines.push({ ...line, metrics });
  }
  return lines;
};

/**
 * Prints each line as one JSON line on stdout, where CloudWatch Logs finds EMF. Not
 * through `console`: Lambda's runtime prefixes console lines with a time and a request
 * id, and a prefixed line is not EMF.
 */
export const printEmfLines = (lines: readonly EmfLine[]): void => {
  for (const line of lines) process.stdout.write(`${JSON.stringify(emfDocument(line))}\n`);
};
