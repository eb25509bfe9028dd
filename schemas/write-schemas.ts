import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractSchemas, schemaFileText } from '#shared/changes/contract-schemas.ts';
import { emitTypes, TYPES_DIR } from './emit-types.ts';

/**
 * `npm run schemas`: writes the record's and the change events' JSON Schemas beside this
 * file, and their TypeScript declarations under `types/` (package.json `exports`).
 */
const SCHEMAS_DIR = fileURLToPath(new URL('.', import.meta.url));

for (const { file, schema } of contractSchemas()) {
  const target = path.join(SCHEMAS_DIR, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, schemaFileText(schema));
  console.log(`wrote schemas/${file}`);
}

const typesDir = fileURLToPath(new URL(`../${TYPES_DIR}`, import.meta.url));
rmSync(typesDir, { recursive: true, force: true });
emitTypes(typesDir);
console.log(`wrote ${TYPES_DIR}/`);
