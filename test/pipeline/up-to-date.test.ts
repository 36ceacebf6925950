import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitters } from "../../generator/emit/emitters.ts";
import { generate, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { runKey, treeState, type RunInputs } from "../../generator/pipeline/up-to-date.ts";

const scratch = (prefix: string) => mkdtempSync(join(tmpdir(), `docs2sdk-up-to-date-${prefix}-`));

describe("treeState", () => {
  it("moves when a file is added, deleted, or edited even with its size and mtime put back", () => {
    const dir = scratch("tree");
    mkdirSync(join(dir, "a"), { recursive: true });
    writeFileSync(join(dir, "a", "one.txt"), "one");
    const before = treeState([dir]);
    expect(treeState([dir])).toBe(before);

    const { atime, mtime } = statSync(join(dir, "a", "one.txt"));
    writeFileSync(join(dir, "a", "one.txt"), "ONE");
    utimesSync(join(dir, "a", "one.txt"), atime, mtime);
    const edited = treeState([dir]);
    expect(edited).not.toBe(before);

    writeFileSync(join(dir, "two.txt"), "2");
    const added = treeState([dir]);
    expect(added).not.toBe(edited);
    rmSync(join(dir, "two.txt"));
    expect(treeState([dir])).not.toBe(added);
    expect(treeState([join(dir, "missing")])).not.toBe(treeState([dir]));
  });

  it("ignores node_modules, as generate's own listings do", () => {
    const dir = scratch("modules");
    writeFileSync(join(dir, "kept.txt"), "k");
    const before = treeState([dir]);
    mkdirSync(join(dir, "pkg", "node_modules", "dep"), { recursive: true });
    writeFileSync(join(dir, "pkg", "node_modules", "dep", "index.js"), "");
    expect(treeState([dir])).toBe(before);
  });
});

describe("runKey", () => {
  it("moves with any input byte, template, config byte, option and file of the tool", () => {
    const dir = scratch("key");
    const tool = join(dir, "tool");
    mkdirSync(join(tool, "generator"), { recursive: true });
    writeFileSync(join(tool, "generator", "code.ts"), "export {}\n");
    mkdirSync(join(dir, "templates"));
    writeFileSync(join(dir, "templates", "a.hbs"), "{{x}}");
    writeFileSync(join(dir, "doc.txt"), "document");
    writeFileSync(join(dir, "docs2sdk.config.json"), "{}");
    const run: RunInputs = { toolRoot: tool, inputs: [join(dir, "doc.txt")], templatesDir: join(dir, "templates"), configFile: join(dir, "docs2sdk.config.json"), options: { specOnly: false } };
    const base = runKey(run);
    expect(runKey(run)).toBe(base);
    const changes: [string, () => void, () => void][] = [
      ["input", () => writeFileSync(join(dir, "doc.txt"), "document!"), () => writeFileSync(join(dir, "doc.txt"), "document")],
      ["template", () => writeFileSync(join(dir, "templates", "b.hbs"), ""), () => rmSync(join(dir, "templates", "b.hbs"))],
      ["config", () => writeFileSync(join(dir, "docs2sdk.config.json"), "{ }"), () => writeFileSync(join(dir, "docs2sdk.config.json"), "{}")],
      ["tool", () => writeFileSync(join(tool, "generator", "code.ts"), "export {};\n"), () => writeFileSync(join(tool, "generator", "code.ts"), "export {}\n")],
      ["lock file", () => writeFileSync(join(tool, "package-lock.json"), "{}"), () => rmSync(join(tool, "package-lock.json"))],
    ];
    for (const [what, change, undo] of changes) {
      change();
      expect(runKey(run), what).not.toBe(base);
      undo();
      expect(runKey(run), `${what} undone`).toBe(base);
    }
    expect(runKey({ ...run, options: { specOnly: true } })).not.toBe(base);
    expect(runKey({ ...run, inputs: [] })).not.toBe(base);
  });
});

describe("generate answers a no-op run from its up-to-date record", () => {
  // A real (small) document through the tool's own dialects and one of its emitters: only those are keyed.
  const project = () => {
    const root = scratch("generate");
    mkdirSync(join(root, "spec", "sources"), { recursive: true });
    cpSync(join(REPO_ROOT, "test/parse/aliyun-rpc/fixtures/mini-ecs.txt"), join(root, "spec/sources/mini-ecs.txt"));
    return root;
  };
  const openapi = emitters.filter((e) => e.name === "openapi");

  it("returns the recorded report without work, and any change to the trees or the inputs re-runs", async () => {
    const root = project();
    const messages: string[] = [];
    const opts = { root, emitters: openapi, progress: (m: string) => messages.push(m) };
    const cold = await generate(opts);
    expect(cold.errors).toBe(0);
    const files = cold.spec.written.length + cold.generated!.written.length;
    expect(files).toBeGreaterThan(3);

    messages.length = 0;
    const warm = await generate(opts);
    expect(messages.some((m) => m.startsWith("nothing changed since the last run"))).toBe(true);
    expect(messages.some((m) => m.startsWith("parsed "))).toBe(false);
    expect(warm.spec.unchanged + warm.generated!.unchanged).toBe(files);
    expect(warm.documents).toEqual(cold.documents);
    expect(await generate({ ...opts, check: true })).toEqual(warm);

    // A hand edit of an emitted file: --check sees it, and a run puts it back.
    const emitted = join(root, "generated", cold.generated!.written.find((p) => p.endsWith(".json") && !p.startsWith("."))!);
    const original = readFileSync(emitted, "utf8");
    writeFileSync(emitted, original.replace("{", "{ "));
    const check = await generate({ ...opts, check: true });
    expect(check.generated!.written.length).toBe(1);
    messages.length = 0;
    const repaired = await generate(opts);
    expect(messages.some((m) => m.startsWith("parsed "))).toBe(true);
    expect(repaired.generated!.written.length).toBe(1);
    expect(readFileSync(emitted, "utf8")).toBe(original);

    // An edited document re-runs; so does a different option (no package emitters at all).
    const doc = join(root, "spec/sources/mini-ecs.txt");
    writeFileSync(doc, readFileSync(doc, "utf8").replace("查询新建实例状态", "检索新建实例状态"));
    const edited = await generate(opts);
    expect(edited.spec.written.length).toBeGreaterThan(0);
    messages.length = 0;
    await generate({ ...opts, specOnly: true });
    expect(messages.some((m) => m.startsWith("parsed "))).toBe(true);
  });

  it("is not used without the cache or with dialects that are not the tool's own", async () => {
    const root = project();
    const messages: string[] = [];
    const opts = { root, emitters: openapi, progress: (m: string) => messages.push(m) };
    await generate(opts);
    messages.length = 0;
    await generate({ ...opts, cache: false });
    expect(messages.some((m) => m.startsWith("parsed "))).toBe(true);
  });
});
