#!/usr/bin/env node
// The `article-ingest` bin: registers tsx so the TypeScript CLI runs without a build
// step, then hands over to main.ts. Resolved from this file, so it works from any cwd.
import { register } from 'tsx/esm/api';

// Errors are one line: the SDK's notice about Node versions after 2027 is not one of them.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// A reader that stops early (`get ... | head`) closes the pipe: that ends the output,
// not in a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
