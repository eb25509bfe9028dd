import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answersAsDynamo } from '#local/emulators/dynamodb-local.ts';
import { findFreePort } from '#local/emulators/free-port.ts';
import type { StackInfo } from '#local/stack/stack-file.ts';
import { commandOf, descendantProcesses, isAlive, killPid, sleep } from './processes.ts';

/**
 * Starts, stops and kills a real local stack (`local/start.ts`, as `npm start` runs it)
 * in a data dir of its own, and talks to its control endpoint. Restarts reuse the
 * ports, as a user's second `npm start` would.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Synth, bundling and the JVM take most of a minute on a busy 2-core machine. */
const READY_TIMEOUT_MS = 180_000;
/** A clean stop lets the batch in flight finish (30 s at most), then stops the emulators. */
const STOP_TIMEOUT_MS = 60_000;
/** Enough of the stack's output to explain a failed start. */
const OUTPUT_TAIL_CHARS = 8_000;
const POLL_MS = 250;
const READY_LINE = /\bready\b/i;

export interface Health {
  status: string;
  queueDepth: number;
  dlqDepth: number;
  inFlight: number;
}

interface Ports {
  s3: number;
  dynamo: number;
  control: number;
  inspector: number;
}

/** The headers a control request needs: the per-start token from stack.json, as a bearer token. */
export const controlHeaders = (stackFile: Record<string, unknown>): Record<string, string> => {
  const token = stackFile.controlToken;
  return typeof token === 'string' ? { authorization: `Bearer ${token}` } : {};
};

export class StackHarness {
  private child: ChildProcess | undefined;
  private stackInfo: StackInfo | undefined;
  private output = '';
  /** Every child pid the stack was seen with, so orphans of a kill -9 can be found. */
  private readonly seenChildren = new Map<number, string>();

  private constructor(
    readonly dataDir: string,
    private readonly ports: Ports,
  ) {}

  static async create(dataDir: string): Promise<StackHarness> {
    const [s3, dynamo, control, inspector] = [
      await findFreePort(),
      await findFreePort(),
      await findFreePort(),
      await findFreePort(),
    ];
    return new StackHarness(dataDir, { s3, dynamo, control, inspector });
  }

  get info(): StackInfo {
    if (!this.stackInfo) throw new Error('The stack is not running.');
    return this.stackInfo;
  }

  get running(): boolean {
    return (
      this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null
    );
  }

  /** Everything the stack printed lately, for failure messages. */
  outputTail(): string {
    return this.output;
  }

  /** Starts the stack and resolves once it printed `ready` and wrote its stack.json. */
  async start(options: { synth: boolean }): Promise<void> {
    const args = ['--import', 'tsx', 'local/start.ts', '--data-dir', this.dataDir];
    args.push('--inbox', join(this.dataDir, 'inbox'), '--s3-port', String(this.ports.s3));
    args.push('--dynamodb-port', String(this.ports.dynamo));
    args.push('--control-port', String(this.ports.control));
    args.push('--inspector-port', String(this.ports.inspector));
    if (!options.synth) args.push('--no-synth');
    this.output = '';
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    this.stackInfo = await this.waitForReady(child);
    this.rememberChildren();
  }

  private async waitForReady(child: ChildProcess): Promise<StackInfo> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(
          `The stack exited (${child.exitCode ?? child.signalCode}) before ready:\n${this.output}`,
        );
      const info = await this.readStackFile();
      if (info?.pid === child.pid && READY_LINE.test(this.output))
        return info as unknown as StackInfo;
      await sleep(POLL_MS);
    }
    await this.stop().catch(() => undefined);
    throw new Error(`No 'ready' within ${READY_TIMEOUT_MS} ms:\n${this.output}`);
  }

  private async readStackFile(): Promise<Record<string, unknown> | undefined> {
    try {
      return JSON.parse(await readFile(join(this.dataDir, 'stack.json'), 'utf8'));
    } catch {
      return undefined;
    }
  }

  /** The stack's descendants now (workers, the JVM), remembered for orphan clean-up. */
  children() {
    const pid = this.child?.pid;
    if (pid === undefined || !this.running) return [];
    const children = descendantProcesses(pid);
    for (const child of children) this.seenChildren.set(child.pid, child.command);
    return children;
  }

  private rememberChildren(): void {
    this.children();
  }

  /** Ctrl-C: a clean stop; SIGKILL (and the children's clean-up) if it hangs. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.rememberChildren();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGINT');
    const timedOut = await Promise.race([
      exited.then(() => false),
      sleep(STOP_TIMEOUT_MS).then(() => true),
    ]);
    if (timedOut) {
      child.kill('SIGKILL');
      await exited;
      this.killOrphans();
    }
    this.stackInfo = undefined;
  }

  /** kill -9 of the stack process only: its children are left as a crash leaves them. */
  async killStack(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.rememberChildren();
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
    this.stackInfo = undefined;
  }

  /**
   * Processes of earlier stack processes still alive (their parent is gone). A pid counts
   * only while it runs the same command, so a reused pid is never taken for an orphan.
   */
  orphans(): { pid: number; command: string }[] {
    const current = new Set(this.children().map((c) => c.pid));
    return [...this.seenChildren]
      .filter(([pid, command]) => !current.has(pid) && isAlive(pid) && commandOf(pid) === command)
      .map(([pid, command]) => ({ pid, command }));
  }

  /** SIGKILLs the orphans this harness saw the stack start; returns how many it killed. */
  killOrphans(): number {
    let killed = 0;
    for (const { pid } of this.orphans()) if (killPid(pid)) killed += 1;
    return killed;
  }

  /** A request to the control endpoint, with whatever auth the stack asks for. */
  async control<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const headers = controlHeaders((await this.readStackFile()) ?? {});
    // The control API takes a body only as JSON; a POST sends one (`{}` at least).
    const json = method === 'POST';
    const response = await fetch(`${this.info.controlEndpoint}${path}`, {
      method,
      headers: { ...headers, ...(json ? { 'content-type': 'application/json' } : {}) },
      ...(json ? { body: JSON.stringify(body ?? {}) } : {}),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${method} ${path} answered ${response.status}: ${text.trim()}`);
    return JSON.parse(text) as T;
  }

  health(): Promise<Health> {
    return this.control<Health>('GET', '/health');
  }

  /** Enqueues S3 notifications (one message per record) through `POST /replay`. */
  async replay(events: unknown[]): Promise<number> {
    const answer = await this.control<{ messageIds: string[] }>('POST', '/replay', events);
    return answer.messageIds.length;
  }

  /** Whether DynamoDB Local answers on the stack's port. */
  dynamoAnswers(): Promise<boolean> {
    return answersAsDynamo(this.ports.dynamo);
  }
}

/** Moves every dead letter back to the ingest queue (`POST /redrive`); returns how many moved. */
export const redriveDeadLetters = async (harness: StackHarness): Promise<number> =>
  (await harness.control<{ moved: number }>('POST', '/redrive')).moved;
