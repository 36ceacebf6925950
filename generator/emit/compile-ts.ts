// Compiles a generated package's TypeScript sources to ESM JavaScript plus declarations, in memory.
// Generated packages ship their dist/ so that they install and run without a build step in the
// consumer's repo; compiling here (not in a prepack script) keeps the output deterministic and
// lets every generate run prove that the package type-checks under `strict`.
import type ts from "typescript";
import { createRequire } from "node:module";
import { posix } from "node:path";

// The compiler (half a second to load) is loaded on the first compile: a thread that hands its
// compiles to another (EmitContext.compile) never loads it. By require, not import: importing the
// 9 MB CommonJS file from an ES module makes Node scan it for its exports first (0.3 s).
let loaded: typeof ts | undefined;
export function typescript(): typeof ts {
  loaded ??= createRequire(import.meta.url)("typescript") as typeof ts;
  return loaded;
}

function packageCompilerOptions(): ts.CompilerOptions {
  const ts = typescript();
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    declaration: true,
    skipLibCheck: true,
    noEmitOnError: false,
    newLine: ts.NewLineKind.LineFeed,
    removeComments: false,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
    types: [],
  };
}

export interface CompileInput {
  /** Package-relative source files ("src/index.ts" -> text). */
  sources: Map<string, string>;
  /** Extra files visible to the type checker, by absolute-looking virtual path
   *  (e.g. "/node_modules/@docs2sdk/runtime/dist/index.d.ts" -> text, plus its package.json). */
  libraries?: Map<string, string>;
  /** Source root and output root inside the package (default "src" -> "dist"). */
  rootDir?: string;
  outDir?: string;
}

export interface CompileResult {
  /** Package-relative output files ("dist/index.js", "dist/index.d.ts"). */
  outputs: Map<string, string>;
  /** Type errors, formatted "file(line,col): message". Empty when the package is strict-clean. */
  errors: string[];
}

const VIRTUAL_ROOT = "/pkg";

// TypeScript's own lib files (lib.es2022.d.ts, lib.dom.d.ts...) are the same for every package:
// parsing them once per process instead of once per package saves ~1.5 s per compile.
const libSourceFiles = new Map<string, ts.SourceFile>();

export function compilePackage(input: CompileInput): CompileResult {
  const ts = typescript();
  const rootDir = input.rootDir ?? "src";
  const outDir = input.outDir ?? "dist";
  const files = new Map<string, string>();
  for (const [rel, text] of input.sources) files.set(posix.join(VIRTUAL_ROOT, rel), text);
  for (const [path, text] of input.libraries ?? []) files.set(path.startsWith("/node_modules") ? posix.join(VIRTUAL_ROOT, path) : path, text);
  const options: ts.CompilerOptions = {
    ...packageCompilerOptions(),
    rootDir: posix.join(VIRTUAL_ROOT, rootDir),
    outDir: posix.join(VIRTUAL_ROOT, outDir),
  };
  // Module resolution asks for directories many times per import: answered from a set, not a scan of every file.
  const directories = new Set<string>();
  for (const f of files.keys()) for (let d = posix.dirname(f); !directories.has(d) && d !== "/"; d = posix.dirname(d)) directories.add(d);
  const defaultHost = ts.createCompilerHost(options, true);
  const outputs = new Map<string, string>();
  const host: ts.CompilerHost = {
    ...defaultHost,
    getCurrentDirectory: () => VIRTUAL_ROOT,
    fileExists: (f) => files.has(f) || (!f.startsWith(VIRTUAL_ROOT) && defaultHost.fileExists(f)),
    readFile: (f) => files.get(f) ?? (f.startsWith(VIRTUAL_ROOT) ? undefined : defaultHost.readFile(f)),
    directoryExists: (d) => directories.has(d.replace(/\/$/, "")) || (!d.startsWith(VIRTUAL_ROOT) && (defaultHost.directoryExists?.(d) ?? false)),
    getSourceFile: (f, languageVersion) => {
      const text = files.get(f);
      if (text !== undefined) return ts.createSourceFile(f, text, languageVersion, true);
      if (f.startsWith(VIRTUAL_ROOT)) return undefined;
      const key = `${f}\0${JSON.stringify(languageVersion)}`;
      let cached = libSourceFiles.get(key);
      if (!cached) {
        cached = defaultHost.getSourceFile(f, languageVersion);
        if (cached) libSourceFiles.set(key, cached);
      }
      return cached;
    },
    writeFile: (f, text) => {
      outputs.set(posix.relative(VIRTUAL_ROOT, f), text);
    },
  };
  const roots = [...input.sources.keys()].filter((f) => f.endsWith(".ts")).sort().map((f) => posix.join(VIRTUAL_ROOT, f));
  const program = ts.createProgram(roots, options, host);
  const emit = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emit.diagnostics];
  const errors = diagnostics
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => {
      const msg = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return msg;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      return `${posix.relative(VIRTUAL_ROOT, d.file.fileName)}(${line + 1},${character + 1}): ${msg}`;
    });
  const sorted = new Map([...outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { outputs: sorted, errors };
}
