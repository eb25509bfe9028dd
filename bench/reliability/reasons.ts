import {
  DEFAULT_LIMITS,
  LIMIT_REASONS,
  type Limits,
  limitVariable,
} from '#shared/domain/limits.ts';
import { RejectReason } from '#shared/domain/record.ts';

export interface ReasonDoc {
  code: string;
  description: string;
}

export interface LimitDoc {
  name: string;
  variable: string;
  value: number;
  reason: string;
}

const REASON_ENUM = /RejectReason\s*=\s*z\.enum\(\[([\s\S]*?)\]\)/;
const REASON_LINE = /'([\w-]+)',\s*\/\/\s*(.+)/g;

/**
 * The reject reasons with the comments `shared/domain/record.ts` gives them: that file
 * stays the one place they are described. A code without a comment reads
 * `(no description)`, so a new code shows up in the report either way.
 */
export const describeReasons = (recordSource: string): ReasonDoc[] => {
  const block = REASON_ENUM.exec(recordSource)?.[1] ?? '';
  const comments = new Map([...block.matchAll(REASON_LINE)].map((m) => [m[1], m[2]?.trim() ?? '']));
  return RejectReason.options.map((code) => ({
    code,
    description: comments.get(code) ?? '(no description)',
  }));
};

/** Every limit with its default, its setting name and why it has its value. */
export const describeLimits = (): LimitDoc[] =>
  (Object.keys(DEFAULT_LIMITS) as Array<keyof Limits>).map((name) => ({
    name,
    variable: limitVariable(name),
    value: DEFAULT_LIMITS[name],
    reason: LIMIT_REASONS[name],
  }));
