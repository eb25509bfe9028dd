// A tiny parent for one child process (the DynamoDB Local JVM): it ends the child when
// its own parent goes away, even by `kill -9`, which no signal handler can see. The
// parent holds the write end of this process's stdin; when the parent dies the kernel
// closes it, stdin ends, and the child is stopped.
//
// usage: node watchdog.mjs <command> [args...]
// Prints the child's pid as the first line on stdout; exits with the child's code.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** A JVM stops in well under a second on SIGTERM; then it is killed. */
const KILL_AFTER_MS = 3_000;

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node watchdog.mjs <command> [args...]\n');
  process.exit(2);
}

const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
let ending = false;

const endChild = () => {
  if (ending) return;
  ending = true;
  if (child.exitCode !== null || child.signalCode !== null) process.exit(0);
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS).unref();
};

child.once('spawn', () => process.stdout.write(`${child.pid}\n`));
child.once('error', (error) => {
  process.stderr.write(`watchdog: could not start ${command}: ${error.message}\n`);
  process.exit(127);
});
// A shell's convention: 128 + the signal's number (137: SIGKILL).
child.once('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));

process.stdin.on('end', endChild);
process.stdin.on('close', endChild);
process.stdin.on('error', endChild);
process.stdin.resume();
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, endChild);
