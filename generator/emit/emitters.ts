// The registry of emitters. Each owns its own top-level paths below generated/.
import type { Emitter } from "./emitter.ts";
import { openApiEmitter } from "./openapi/index.ts";
import { docsEmitter, docsSiteEmitter } from "./docs/index.ts";
import { runtimeEmitter } from "./runtime/index.ts";
import { clientEmitter } from "./client/index.ts";
import { fixturesEmitter } from "./fixtures/index.ts";

export const emitters: Emitter[] = [
  openApiEmitter,
  docsEmitter,
  docsSiteEmitter,
  runtimeEmitter,
  clientEmitter,
  fixturesEmitter,
];
