import { COMMANDS } from './commands/index.ts';

/** The overview `article-ingest --help` prints. */
export const generalHelp = (): string => {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`);
  return [
    'Usage: article-ingest <command> [options]',
    '',
    'Talks to the local stack started with `npm start`, or to a deployed one with',
    '--target aws --stack NAME.',
    '',
    'Commands:',
    ...list,
    `  ${'help'.padEnd(width)}Show this help, or a command's: help <command>`,
    '',
    'Options for every command:',
    "  --data-dir DIR     where the local stack keeps its data (default: the project's .local)",
    '  --target aws       use a deployed stack instead: its bucket, table and queues are read',
    '                     from its CloudFormation outputs (credentials from the AWS environment)',
    '  --stack NAME       the deployed stack (with --target aws)',
    "  --region R         its region (default: AWS_REGION or the profile's)",
    '  -h, --help         show help',
    '',
    'Set ARTICLE_INGEST_DEBUG=1 to see stack traces.',
  ].join('\n');
};
