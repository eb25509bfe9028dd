import { type Family, keyFor } from './families.ts';

/** One entry of the hostile catalogue: a named attack on the reader, run in a fresh process. */
export interface HostileItem {
  name: string;
  family: Family;
  /** The object key the pipeline sees; defaults to the family's extension. */
  key: string;
  /** Small and quick to build: also run, in process, by the test slice in `npm test`. */
  cheap: boolean;
  /** Text no record of it may contain (what an external entity or a symlink would leak). */
  mustNotContain?: string;
  /**
   * The outcomes that are right for it, where only a rejection is (a bomb read as a
   * truncated article loses the upload silently); any other outcome is a failure.
   */
  expect?: readonly string[];
  make: () => Uint8Array;
}

export const MIB = 1024 * 1024;

export const hostile = (
  name: string,
  family: Family,
  make: () => Uint8Array,
  extra: {
    cheap?: boolean;
    key?: string;
    mustNotContain?: string;
    expect?: readonly string[];
  } = {},
): HostileItem => ({
  name: `hostile/${name}`,
  family,
  key: extra.key ?? keyFor(family, `hostile/${name}`),
  cheap: extra.cheap ?? false,
  ...(extra.mustNotContain ? { mustNotContain: extra.mustNotContain } : {}),
  ...(extra.expect ? { expect: extra.expect } : {}),
  make,
});

/** `unit` repeated until the text is at least `bytes` long (ASCII units: chars = bytes). */
export const repeatTo = (unit: string, bytes: number): string =>
  unit.repeat(Math.ceil(bytes / unit.length));

/** A bomb: `bomb` once the limits are enforced as designed, `too-large` as the size check words it. */
export const BOMB = ['rejected:bomb', 'rejected:too-large'] as const;
/** Nesting past the depth limit, stopped while tokenizing or by the work budget. */
export const TOO_DEEP = ['rejected:too-deep', 'rejected:over-budget'] as const;

/** What /etc/passwd starts with: a leak of it shows in a record as this. */
export const PASSWD_LEAK = 'root:x:0';
