#!/usr/bin/env node
// The `article-ingest` bin: registers tsx so the TypeScript CLI runs without a build
// step, then hands over to main.ts. Resolved from this file, so it works from any cwd.
import { register } from 'tsx/esm/api';

// Errors are one line: the SDK's notice about Node versions after 2027 is not one of them.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
register();
const { outputSentence } = await import('./errno-sentence.ts');
// A reader that stops early (`get ... | head`) closes the pipe: that ends the output,
// not in a stack trace. Any other failure to write it (a full disk) is one sentence.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`${outputSentence(error.code ?? 'EIO')}\n`);
  process.exit(1);
});
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
