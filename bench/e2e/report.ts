import { renderTable } from '../eval/table.ts';
import type { E2eResult } from './run-e2e.ts';

/** The goal: the pipeline within twice the floor measured in the same run. */
export const E2E_GOAL_RATIO = 2;

export interface E2eFigures {
  ratio: number;
  recordsPerSecond: number;
  floorRecordsPerSecond: number;
  withinGoal: boolean;
}

export const e2eFigures = (result: E2eResult): E2eFigures => {
  const ratio = result.pipelineMs / result.floorMs;
  return {
    ratio,
    recordsPerSecond: result.records / (result.pipelineMs / 1000),
    floorRecordsPerSecond: result.records / (result.floorMs / 1000),
    withinGoal: ratio <= E2E_GOAL_RATIO,
  };
};

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** The two phases side by side, then the ratio against the goal. */
export const renderE2e = (result: E2eResult): string => {
  const figures = e2eFigures(result);
  const row = (label: string, ms: number, rate: number) => [
    label,
    result.files,
    result.records,
    (result.bytes / 1e6).toFixed(2),
    seconds(ms),
    rate.toFixed(1),
  ];
  const table = renderTable(
    ['end to end (local stack)', 'files', 'records', 'MB', 'wall s', 'records/s'],
    [
      row('floor: puts + item writes', result.floorMs, figures.floorRecordsPerSecond),
      row('pipeline: puts -> all records in table', result.pipelineMs, figures.recordsPerSecond),
    ],
  );
  const verdict = figures.withinGoal ? 'within' : 'over';
  return [
    table,
    `pipeline / floor: ${figures.ratio.toFixed(2)}x (${verdict} the goal of <= ${E2E_GOAL_RATIO}x); ` +
      `the pipeline's puts took ${seconds(result.uploadMs)} s; ${result.concurrency} uploads in flight; ` +
      `${result.deadLetters} dead letters.`,
  ].join('\n');
};
