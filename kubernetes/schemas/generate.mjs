// Regenerates strict (additionalProperties:false) draft-07 JSON schemas, one file per kind,
// from the TypeScript declarations of pinned npm packages. Run: node generate.mjs <outDir>
import { createGenerator } from "ts-json-schema-generator";
import { writeFileSync, mkdirSync, readFileSync } from "node:fs";
const out = process.argv[2] ?? "schemas"; mkdirSync(out, { recursive: true });
const types = [...readFileSync("kinds.ts", "utf8").matchAll(/export type ([A-Za-z0-9_]+)/g)].map(m => m[1]);
for (const type of types) {
  let schema;
  for (const expose of ["export", "none"]) {          // "none" inlines everything: avoids TSJ-103 name clashes
    try {
      schema = createGenerator({ path: "kinds.ts", tsconfig: "tsconfig.json", type, skipTypeCheck: true,
                                 expose, jsDoc: "none", additionalProperties: false }).createSchema(type);
      break;
    } catch (e) { if (expose === "none") throw e; }
  }
  writeFileSync(`${out}/${type}.json`, JSON.stringify(schema));
  console.log(type);
}
