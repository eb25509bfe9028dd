import { parseCommandArgs } from '../args.ts';
import { usageError } from '../cli-error.ts';
import type { Command } from '../command.ts';
import { planUploads } from '../upload-plan.ts';

const options = { prefix: { type: 'string', default: '' } } as const;

export const putCommand: Command = {
  name: 'put',
  summary: 'Upload files or directories to the articles bucket',
  usage: `Usage: article-ingest put <file|dir>... [--prefix P]

Uploads each file to the articles bucket. A file's key is its name; files found
under a directory (recursively) keep their path relative to it, with / separators.
  --prefix P     put P in front of every key, as is (end it with / for a folder)`,
  options,
  run: async (argv, { connect, print }) => {
    const { values, positionals } = parseCommandArgs('put', argv, options);
    if (positionals.length === 0) throw usageError("'put' needs at least one file or directory.");
    const uploads = await planUploads(positionals, values.prefix);
    const { s3, info } = await connect(values['data-dir']);
    // Loaded on first use, like the SDK it brings: `--help` should not pay for it.
    const { uploadFile } = await import('../../uploads/upload-file.ts');
    for (const { file, key } of uploads) {
      const bytes = await uploadFile(s3, { bucket: info.articlesBucket, key }, file);
      print(`uploaded ${file} -> s3://${info.articlesBucket}/${key} (${bytes} bytes)`);
    }
  },
};
