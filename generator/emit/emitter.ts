// The contract between the emit pipeline and one output target (client packages, docs, fixtures...).
// Emitters read only the spec, as loaded back from spec/*.json, never parser internals.
import type { Diagnostics } from "../spec/diagnostics.ts";
import type { Service } from "../spec/types.ts";
import type { PackageOptions } from "./naming.ts";
import type { CompileInput, CompileResult } from "./compile-ts.ts";

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
  /**
   * Compiles a package's TypeScript (compile-ts.ts compilePackage), possibly on another thread that
   * has the compiler warm; absent: the emitter compiles in its own thread.
   */
  compile?: (input: CompileInput) => Promise<CompileResult>;
}

/** What an emitter's prepare step knows: everything but the specs. */
export type PrepareContext = Omit<EmitContext, "specs" | "diagnostics" | "compile">;

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
  /**
   * True when emit runs the TypeScript compiler itself (the runtime package, MCP servers): the
   * pipeline runs such units on the threads that already have it loaded and warm.
   */
  readonly usesCompiler?: boolean;
  /**
   * True when emit hands its compiles to ctx.compile (client packages): the pipeline starts its
   * units before others, so that the compiler's thread has work early.
   */
  readonly feedsCompiler?: boolean;
  /**
   * For an emitter over all specs: the part of a spec its output depends on (names and titles for a
   * site's index). The pipeline emits from these reductions and keys the unit by them, so an edit
   * that changes no reduction does not re-run the unit. Must be cheap and pure.
   */
  reduce?(spec: LoadedSpec): LoadedSpec;
  /** Files to write, keyed by path relative to generated/ ("/"-separated). */
  emit(ctx: EmitContext): Promise<Map<string, string | Uint8Array>>;
  /**
   * Work of emit's that depends on no spec (compiling the runtime the clients compile against): the
   * pipeline may start it on a worker while the documents are still being parsed. What it computes
   * must reach emit through the process or ctx.compileCacheDir; emit must not rely on it having run.
   */
  prepare?(ctx: PrepareContext): Promise<void>;
}
