// The contract between the emit pipeline and one output target (client packages, docs, fixtures...).
// Emitters read only the spec, as loaded back from spec/*.json, never parser internals.
import type { Diagnostics } from "../spec/diagnostics.ts";
import type { Service } from "../spec/types.ts";
import type { PackageOptions } from "./naming.ts";

export interface LoadedSpec {
  /** Path below spec/, e.g. "tencentcloud/cvm/2017-03-12.json". */
  path: string;
  service: Service;
  /** The version of the package made from it (spec/versions.json; emitters default to 0.1.0). */
  packageVersion?: string;
}

export interface EmitContext {
  specs: LoadedSpec[];
  /** Absolute path of the repository's templates/ directory. */
  templatesDir: string;
  diagnostics: Diagnostics;
  /** Package names and metadata (docs2sdk.config.json "packages"); absent: docs2sdk's own. */
  packages?: PackageOptions;
  /** The runtime package's version (spec/versions.json "runtime"; default RUNTIME_VERSION): the runtime embeds it, clients depend on it. */
  runtimeVersion?: string;
  /**
   * A directory where compiled code that every run needs alike (the runtime package, which the client
   * emitter compiles against) is kept between runs; absent: compiled once per process.
   */
  compileCacheDir?: string;
}

export interface Emitter {
  readonly name: string;
  /**
   * True when the files for one spec depend on that spec alone (client packages, per-package
   * docs): the pipeline then calls emit once per spec, and a change in one document re-emits
   * only its own outputs. Emitters that combine specs (a site index) leave it unset.
   */
  readonly perSpec?: boolean;
  /**
   * True when the output does not depend on the specs at all (the runtime package): the pipeline
   * calls emit with no spec, so a documentation change never re-emits it.
   */
  readonly specFree?: boolean;
  /** Files to write, keyed by path relative to generated/ ("/"-separated). */
  emit(ctx: EmitContext): Promise<Map<string, string | Uint8Array>>;
}
