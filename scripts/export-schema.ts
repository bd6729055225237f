// npm run schema: writes the JSON Schema files that editors use to check scenarios/*.json as they
// are typed. They are generated from the zod schemas the loader uses, and a test fails when the
// files on disk fall behind.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueJsonSchema, scenarioJsonSchema } from '../src/rules/scenario-schema.js';

const scenariosDir = new URL('../scenarios/', import.meta.url);

function write(name: string, schema: Record<string, unknown>): void {
  const path = fileURLToPath(new URL(name, scenariosDir));
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}

write('scenario.schema.json', scenarioJsonSchema());
write('cards.schema.json', catalogueJsonSchema());
