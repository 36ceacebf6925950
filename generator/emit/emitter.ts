// The contract between the emit pipeline and one output target (client packages, docs, fixtures...).
// Emitters read only the spec, as loaded back from spec/*.json, never parser internals.
import type { Diagnostics } from "../spec/diagnostics.ts";
import type { Service } from "../spec/types.ts";

export interface LoadedSpec {
  /** Path below spec/, e.g. "tencentcloud/cvm/2017-03-12.json". */
  path: string;
  service: Service;
}

export interface EmitContext {
  specs: LoadedSpec[];
  /** Absolute path of the repository's templates/ directory. */
  templatesDir: string;
  diagnostics: Diagnostics;
}

export interface Emitter {
  readonly name: string;
  /** Files to write, keyed by path relative to generated/ ("/"-separated). */
  emit(ctx: EmitContext): Promise<Map<string, string | Uint8Array>>;
}
