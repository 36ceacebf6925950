// The registry of emitters. Each owns its own top-level paths below generated/.
//
// Emitters are loaded on first use: they pull in the TypeScript compiler, prettier and esbuild
// (about 1.5 s of module loading), which a run whose outputs are all cached never needs.
// test/emit/emitters.test.ts checks that the names and flags here match the emitters themselves.
import type { EmitContext, Emitter, PrepareContext } from "./emitter.ts";
import { siteIndexDigest } from "./docs/site.ts";

type Flags = Pick<Emitter, "specFree" | "usesCompiler" | "feedsCompiler" | "reduce"> & {
  prepares?: boolean;
  /** The name docs2sdk.config.json's "emitters" selects it by, when it is part of another emitter's output (default: its own). */
  selectedAs?: string;
};

export type RegisteredEmitter = Emitter & { load: () => Promise<Emitter>; selectedAs?: string };

function lazy(name: string, perSpec: boolean, load: () => Promise<Emitter>, { prepares, ...flags }: Flags = {}): RegisteredEmitter {
  return {
    name,
    perSpec,
    ...flags,
    load,
    emit: async (ctx: EmitContext) => (await load()).emit(ctx),
    ...(prepares && { prepare: async (ctx: PrepareContext) => (await load()).prepare?.(ctx) }),
  };
}

/** An emitter of npm packages, its output made publishable (LICENSE, README, package.json: see packaging.ts). */
function packaged(emitter: RegisteredEmitter): RegisteredEmitter {
  return {
    ...emitter,
    emit: async (ctx: EmitContext) => {
      const { packageOutput } = await import("./packaging.ts");
      return packageOutput(await emitter.emit(ctx), ctx.specs, ctx.templatesDir, ctx.packages);
    },
  };
}

export const emitters = [
  lazy("openapi", true, async () => (await import("./openapi/index.ts")).openApiEmitter),
  lazy("docs", true, async () => (await import("./docs/index.ts")).docsEmitter),
  lazy("docs-site", true, async () => (await import("./docs/index.ts")).docsSiteEmitter),
  // The site's index pages depend on names and titles only: an edited description re-renders just its spec's pages.
  lazy("docs-site-index", false, async () => (await import("./docs/index.ts")).docsSiteIndexEmitter, { reduce: siteIndexDigest, selectedAs: "docs-site" }),
  packaged(lazy("runtime", false, async () => (await import("./runtime/index.ts")).runtimeEmitter, { specFree: true, usesCompiler: true })),
  packaged(lazy("client", true, async () => (await import("./client/index.ts")).clientEmitter, { feedsCompiler: true, prepares: true })),
  lazy("fixtures", true, async () => (await import("./fixtures/index.ts")).fixturesEmitter),
  packaged(lazy("mcp", true, async () => (await import("./mcp/index.ts")).mcpEmitter, { usesCompiler: true })),
];
