// The registry of emitters. Each owns its own top-level paths below generated/.
import type { Emitter } from "./emitter.ts";

export const emitters: Emitter[] = [];
