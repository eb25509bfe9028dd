import { COMMANDS } from './commands/index.ts';

/** The overview `article-ingest --help` prints. */
export const generalHelp = (): string => {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`);
  return [
    'Usage: article-ingest <command> [options]',
    '',
    'Talks to the local stack started with `npm start`.',
    '',
    'Commands:',
    ...list,
    `  ${'help'.padEnd(width)}Show this help, or a command's: help <command>`,
    '',
    'Options for every command:',
    "  --data-dir DIR  where the local stack keeps its data (default: the project's .local)",
    '  -h, --help      show help',
    '',
    'Set ARTICLE_INGEST_DEBUG=1 to see stack traces.',
  ].join('\n');
};
