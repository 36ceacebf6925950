// Every spec file under spec/ gets one client package with one command and one client method per
// action, counted on the emitted TypeScript (parsed with ts-morph) against the spec itself.
import { join } from "node:path";
import { protocolOf } from "../../../generator/spec/protocols.ts";
import { Project, SyntaxKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { emitClientPackage } from "../../../generator/emit/client/index.ts";
import {
  baseClientClassName,
  clientClassName,
  clientMethodName,
  commandFunctionName,
  packageDir,
  paginatorFunctionName,
  runtimeClientClass,
} from "../../../generator/emit/naming.ts";
import { runtimePackage } from "../../../generator/emit/runtime/index.ts";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const templatesDir = join(REPO_ROOT, "templates");
const specs = loadSpecs(REPO_ROOT).filter((s) => !s.service.supersededBy);

describe("client packages of spec/", () => {
  it("has specs to package", () => {
    expect(specs.length).toBeGreaterThan(0);
  });

  it("gives each spec its own package directory", () => {
    const dirs = specs.map((s) => packageDir(s.service));
    expect(new Set(dirs).size).toBe(dirs.length);
  });

  it.each(specs.map((s) => [s.path, s] as const))("%s: one command and one client method per action, strict-clean", { timeout: 120_000 }, async (_, spec) => {
    const ctx = { specs: [spec], templatesDir, diagnostics: new Diagnostics("generated") };
    // emitClientPackage throws when the compile has any error: resolving proves strict-clean.
    const { dir, files } = await emitClientPackage(spec, ctx, runtimePackage(templatesDir));
    expect(dir).toBe(packageDir(spec.service));
    const actions = spec.service.actions.map((a) => a.name);
    const unique = [...new Set(actions)];

    const project = new Project({ useInMemoryFileSystem: true });
    const source = (rel: string) => project.createSourceFile(rel, files.get(rel)!);

    const commandFiles = [...files.keys()].filter((f) => /^src\/commands\/[^/]+\.ts$/.test(f));
    expect(commandFiles.map((f) => f.slice("src/commands/".length, -3)).sort()).toEqual([...unique].sort());
    for (const action of unique) {
      const fns = source(`src/commands/${action}.ts`).getFunctions().filter((f) => f.isExported());
      expect(fns.map((f) => f.getName())).toEqual([commandFunctionName({ name: action })]);
      // The standalone command sends exactly its own action, naming its client token parameter if it has one.
      const literal = fns[0]!.getDescendantsOfKind(SyntaxKind.StringLiteral).map((s) => s.getLiteralValue());
      const tokens = protocolOf(spec.service).clientTokenParameters;
      const token = spec.service.actions.find((a) => a.name === action)!.input.find((f) => tokens.includes(f.name));
      expect(literal).toEqual(token ? [action, token.name] : [action]);
      expect(files.has(`dist/commands/${action}.js`) && files.has(`dist/commands/${action}.d.ts`)).toBe(true);
    }

    // The aggregated client builds on the package's base client, which builds on the protocol's runtime class.
    const cls = source("src/client.ts").getClassOrThrow(clientClassName(spec.service));
    expect(cls.getExtends()?.getText()).toBe(baseClientClassName(spec.service));
    const base = source("src/service.ts").getClassOrThrow(baseClientClassName(spec.service));
    expect(base.getExtends()?.getText()).toBe(runtimeClientClass(spec.service));

    // One paginator per action with a pagination hint: its own module, and a client method.
    const paged = spec.service.actions.filter((a, i, all) => a.pagination && all.findIndex((b) => b.name === a.name) === i);
    const paginatorFiles = [...files.keys()].filter((f) => /^src\/paginators\/[^/]+\.ts$/.test(f));
    expect(paginatorFiles.map((f) => f.slice("src/paginators/".length, -3)).sort()).toEqual(paged.map((a) => a.name).sort());
    for (const action of paged) {
      const fns = source(`src/paginators/${action.name}.ts`).getFunctions().filter((f) => f.isExported());
      expect(fns.map((f) => f.getName())).toEqual([paginatorFunctionName(action)]);
      // It pages its own action with the spec's hint, fields in the hint's order.
      const literals = fns[0]!.getDescendantsOfKind(SyntaxKind.StringLiteral).map((s) => s.getLiteralValue());
      const hint = action.pagination!;
      const expected = [hint.style, hint.inputToken, hint.pageSize, hint.totalCount, hint.outputToken, hint.items].filter((v) => v !== undefined);
      expect(literals).toEqual([action.name, ...expected]);
    }
    expect(cls.getMethods().map((m) => m.getName())).toEqual([
      ...unique.map((name) => clientMethodName({ name })),
      ...paged.map((a) => paginatorFunctionName(a)),
    ]);

    const types = source("src/types.ts");
    for (const action of unique) {
      types.getInterfaceOrThrow(`${action}Request`);
      types.getInterfaceOrThrow(`${action}Response`);
    }
    expect(types.getInterfaces()).toHaveLength(2 * unique.length + new Set(spec.service.types.map((t) => t.name)).size);
  });
});
