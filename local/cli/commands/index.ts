import type { Command } from '../command.ts';
import { backfillCommand } from './backfill.ts';
import { deleteCommand } from './delete.ts';
import { eventsCommand } from './events.ts';
import { extractCommand } from './extract.ts';
import { failuresCommand } from './failures.ts';
import { getCommand } from './get.ts';
import { listCommand } from './list.ts';
import { putCommand } from './put.ts';
import { redriveCommand } from './redrive.ts';
import { replayCommand } from './replay.ts';
import { reprocessCommand } from './reprocess.ts';
import { statsCommand } from './stats.ts';
import { watchCommand } from './watch.ts';

/** Every command, in the order `help` lists them. */
export const COMMANDS: readonly Command[] = [
  putCommand,
  getCommand,
  deleteCommand,
  listCommand,
  replayCommand,
  eventsCommand,
  failuresCommand,
  redriveCommand,
  backfillCommand,
  extractCommand,
  reprocessCommand,
  statsCommand,
  watchCommand,
];

export const findCommand = (name: string): Command | undefined =>
  COMMANDS.find((command) => command.name === name);
