import { existsSync } from 'node:fs';
import path from 'node:path';
import { TemplateError } from '../template/cfn.ts';
import type { FunctionWiring } from '../template/wiring.ts';

/** The extensions Lambda's Node.js runtime looks for, in its order. */
const HANDLER_EXTENSIONS = ['.js', '.mjs', '.cjs'];

/** The bundled handler file CDK wrote for the function, e.g. `cdk.out/asset.<hash>/index.mjs`. */
export const assetFileOf = (fn: FunctionWiring): string => {
  for (const extension of HANDLER_EXTENSIONS) {
    const file = path.join(fn.assetDir, `${fn.handlerModule}${extension}`);
    if (existsSync(file)) return file;
  }
  throw new TemplateError(
    `The bundle of ${fn.logicalId} is missing from ${fn.assetDir}: run \`npx cdk synth\` again.`,
  );
};
