import { spawn } from 'node:child_process';

/** A cold synth bundles the function with esbuild; allow for a busy 2-core machine. */
export const SYNTH_TIMEOUT_MS = 300_000;
/** Lines of cdk's output shown when synth fails. */
const ERROR_TAIL_LINES = 20;
/** cdk refuses to synth into a cdk.out another cdk process is writing; that passes. */
const SYNTH_BUSY = /currently synthing/;
const BUSY_RETRIES = 5;
const BUSY_WAIT_MS = 5_000;

/** `cdk synth` failed or timed out. */
export class SynthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SynthError';
  }
}

/**
 * Runs the CDK app (`npx cdk synth --quiet`) so the handler is bundled by the same
 * NodejsFunction bundling that deploys; the template and asset land in `outDir`.
 */
export const synthesize = async (
  cwd: string,
  outDir: string,
  timeoutMs = SYNTH_TIMEOUT_MS,
): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await synthesizeOnce(cwd, outDir, timeoutMs);
    } catch (error) {
      const busy = error instanceof SynthError && SYNTH_BUSY.test(error.message);
      if (!busy || attempt > BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS));
    }
  }
};

const synthesizeOnce = (cwd: string, outDir: string, timeoutMs: number) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['cdk', 'synth', '--quiet', '--output', outDir], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new SynthError(`\`cdk synth\` did not finish within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new SynthError(`Could not run \`npx cdk synth\`: ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const tail = output.trim().split('\n').slice(-ERROR_TAIL_LINES).join('\n');
      reject(new SynthError(`\`cdk synth\` failed (exit ${code}):\n${tail}`));
    });
  });
