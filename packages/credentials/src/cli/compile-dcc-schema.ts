// Writes the precompiled EU DCC schema validator; run after changing the schema or upgrading ajv.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileDccSchemaModule, DCC_SCHEMA_VALIDATOR_PATH } from "../eu-dcc/compile-dcc-schema.ts";

const target = join(import.meta.dirname, "..", "..", DCC_SCHEMA_VALIDATOR_PATH);
writeFileSync(target, compileDccSchemaModule());
console.log(`Wrote ${target}`);
