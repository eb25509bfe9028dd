import { readFileSync } from 'node:fs';

/**
 * The deploy commands and context keys docs/DEPLOY.md documents, read from its tables, so
 * the synth and cdk-nag tests cover exactly what a reader is told to run.
 */
const DEPLOY_DOC = new URL('../../docs/DEPLOY.md', import.meta.url);

export interface DocumentedDeploy {
  /** The command as written, e.g. `npx cdk deploy -c destroyData=true`. */
  readonly command: string;
  /** Its `-c key=value` pairs, as the CDK CLI passes them (strings). */
  readonly context: Record<string, string>;
}

/** The first cells (code spans) of the table after `marker`, in order. */
const firstCellsAfter = (markdown: string, marker: string): string[] => {
  const start = markdown.indexOf(marker);
  if (start < 0) throw new Error(`docs/DEPLOY.md has no '${marker}' marker`);
  const lines = markdown.slice(start).split('\n').slice(1);
  const table = lines.slice(lines.findIndex((line) => line.startsWith('|')));
  const rows = table.slice(
    0,
    table.findIndex((line) => !line.startsWith('|')),
  );
  // Row 0 is the header, row 1 the separator.
  return rows.slice(2).map((row) => {
    const cell = row.split('|')[1]?.trim() ?? '';
    const code = /^`([^`]+)`$/.exec(cell);
    if (!code?.[1]) throw new Error(`docs/DEPLOY.md: '${cell}' is not a code span`);
    return code[1];
  });
};

const COMMAND = 'npx cdk deploy';
const CONTEXT_PAIR = /^([A-Za-z][A-Za-z0-9]*)=(\S+)$/;

/** `-c k=v` pairs of one command; anything else in it is an error, not silently skipped. */
const contextOf = (command: string): Record<string, string> => {
  if (!command.startsWith(COMMAND)) throw new Error(`'${command}' is not '${COMMAND} ...'`);
  const words = command.slice(COMMAND.length).split(/\s+/).filter(Boolean);
  const context: Record<string, string> = {};
  for (let i = 0; i < words.length; i += 2) {
    const pair = CONTEXT_PAIR.exec(words[i + 1] ?? '');
    if (words[i] !== '-c' || !pair?.[1] || pair[2] === undefined) {
      throw new Error(`'${command}': expected '-c key=value' at '${words.slice(i).join(' ')}'`);
    }
    context[pair[1]] = pair[2];
  }
  return context;
};

const readDoc = (): string => readFileSync(DEPLOY_DOC, 'utf8');

export const documentedDeploys = (markdown: string = readDoc()): DocumentedDeploy[] =>
  firstCellsAfter(markdown, '<!-- deploy-examples').map((command) => ({
    command,
    context: contextOf(command),
  }));

export const documentedContextKeys = (markdown: string = readDoc()): string[] =>
  firstCellsAfter(markdown, '<!-- context-keys');
