import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

/** Debian's package installs `chromium`; Ubuntu's and others' `chromium-browser`. */
const BINARY_NAMES = ['chromium', 'chromium-browser'];
/** A container has no sandbox to give and no GPU: the flags every CI run needs. */
const HEADLESS_ARGS = ['--headless', '--no-sandbox', '--disable-gpu'];

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** `CHROMIUM_PATH` when set, else the first chromium on `PATH` (as `which` finds it). */
export const findChromium = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of BINARY_NAMES)
    for (const dir of dirs) if (isExecutable(path.join(dir, name))) return path.join(dir, name);
  return undefined;
};

/** The system's chromium, headless, driven by playwright-core (which ships no browser). */
export const launchChromium = (): Promise<Browser> => {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      'No chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.',
    );
  return chromium.launch({ executablePath, args: HEADLESS_ARGS });
};
