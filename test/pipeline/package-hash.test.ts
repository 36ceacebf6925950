// A package's pending release follows its emitted content, not its spec file's bytes (issue 15 item 2, issue 18 item 3).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Emitter } from "../../generator/emit/emitter.ts";
import { generate, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { release } from "../../generator/pipeline/release.ts";
import { packageHash } from "../../generator/pipeline/versions.ts";
import { toyDialect } from "./toy-dialect.ts";

let banner = "v1";
/** A package in the client emitter's directory: its version embedded twice, no line numbers. */
const pkgEmitter: Emitter = {
  name: "pkg",
  perSpec: true,
  async emit({ specs }) {
    const out = new Map<string, string>();
    for (const { service, packageVersion } of specs) {
      const v = packageVersion ?? "none";
      out.set(`tencentcloud-${service.service}/package.json`, JSON.stringify({ version: v }) + "\n");
      out.set(`tencentcloud-${service.service}/index.ts`, `// ${banner}\nexport const VERSION = "${v}";\n${service.actions.map((a) => `export const ${a.name} = 1;`).join("\n")}\n`);
    }
    return out;
  },
};

describe("a package's content hash decides whether a release is pending", () => {
  it("nothing pending for a line shift or a rerun; a patch pending for a content change; one breaking bump (not two) for an API change", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-hash-"));
    mkdirSync(join(root, "spec/sources"), { recursive: true });
    cpSync(join(REPO_ROOT, "spec/schema.json"), join(root, "spec/schema.json"));
    const doc = join(root, "spec/sources/toy.txt");
    const path = "tencentcloud/toy/2020-01-01.json";
    const options = { root, cache: false, dialects: [toyDialect], emitters: [pkgEmitter] };
    const pending = async () => (await generate(options)).pendingReleases.map((p) => [p.key, p.from, p.to, p.reason]);
    banner = "v1";
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\nACTION DeleteThing\n");
    await release(options);
    const entry = () => (JSON.parse(readFileSync(join(root, "spec/versions.json"), "utf8")) as Record<string, { version: string; contentHash: string }>)[path]!;
    const first = entry();
    expect(first).toEqual({ version: "0.1.0", contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });

    // Only source lines move: the spec file and the package stay as they are (the lines move in
    // spec/source-lines.json), nothing is pending.
    writeFileSync(doc, "SERVICE toy\n\nACTION DescribeThings\nACTION DeleteThing\n");
    const shifted = await generate(options);
    expect(shifted.spec.written).toEqual(["source-lines.json"]);
    expect(shifted.generated?.written).toEqual([]);
    expect(shifted.pendingReleases).toEqual([]);

    // The emitted code changes without an API change (a template change): a patch, pending until released.
    banner = "v2";
    expect(await pending()).toEqual([[path, "0.1.0", "0.1.1", "patch"]]);
    expect(await pending()).toEqual([[path, "0.1.0", "0.1.1", "patch"]]);
    await release(options);
    expect(entry().version).toBe("0.1.1");
    expect(entry().contentHash).not.toBe(first.contentHash);
    expect(readFileSync(join(root, "generated/tencentcloud-toy/package.json"), "utf8")).toBe('{"version":"0.1.1"}\n');
    expect(readFileSync(join(root, "generated/tencentcloud-toy/index.ts"), "utf8")).toContain('VERSION = "0.1.1"');
    expect(await pending()).toEqual([]);

    // A breaking change with a content change: one bump by the API diff.
    writeFileSync(doc, "SERVICE toy\n\nACTION DescribeThings\n");
    banner = "v3";
    expect(await pending()).toEqual([[path, "0.1.1", "0.2.0", "breaking"]]);
    banner = "v1";
  });

  it("remembers a package's hash by its files' content hashes: the same answers as hashing afresh, and an edit rehashes only its package", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-hash-memo-"));
    mkdirSync(join(root, "spec/sources"), { recursive: true });
    cpSync(join(REPO_ROOT, "spec/schema.json"), join(root, "spec/schema.json"));
    writeFileSync(join(root, "spec/sources/a.txt"), "SERVICE toy\nACTION DescribeThings\n");
    writeFileSync(join(root, "spec/sources/b.txt"), "SERVICE other\nACTION DescribeOthers\n");
    const cached = { root, cache: true, dialects: [toyDialect], emitters: [pkgEmitter] };
    const memo = join(root, ".cache/docs2sdk/package-hash");
    const answers = async (options: typeof cached) => (await generate(options)).pendingReleases;
    banner = "v1";
    const first = await answers(cached);
    expect(first.map((p) => p.key)).toEqual(["tencentcloud/other/2020-01-01.json", "tencentcloud/toy/2020-01-01.json"]);
    expect(await answers({ ...cached, cache: false })).toEqual(first);
    const remembered = readdirSync(memo).sort();
    expect(remembered).toHaveLength(2);
    expect(await answers(cached)).toEqual(first);

    writeFileSync(join(root, "spec/sources/b.txt"), "SERVICE other\nACTION DescribeOthers\nACTION DeleteOther\n");
    const edited = await answers(cached);
    expect(edited).toEqual(await answers({ ...cached, cache: false }));
    expect(edited.find((p) => p.key.includes("other"))!.contentHash).not.toBe(first.find((p) => p.key.includes("other"))!.contentHash);
    // The unchanged package's entry is the one kept; the edited package's is new (the old one pruned).
    const now = readdirSync(memo).sort();
    expect(now).toHaveLength(2);
    expect(now.filter((f) => remembered.includes(f))).toHaveLength(1);
  });

  it("masks the package's own version (not other numbers), in package.json by field, so a release leaves its hash as it was", () => {
    const files = (v: string, dep: string) => new Map([["p/package.json", `{"version":"${v}","dependencies":{"rt":"^${dep}"}}`], ["p/README.md", `# p ${v}`], ["q/x", "other"]]);
    const hash = (v: string, dep: string, runtime?: { name: string; version: string }) => packageHash(files(v, dep), { paths: ["p/README.md", "p/package.json"], version: v, ...(runtime && { runtime }) });
    expect(hash("0.1.0", "0.3.0")).toBe(hash("0.1.1", "0.3.0"));
    expect(hash("0.1.0", "0.3.0")).not.toBe(hash("0.1.0", "0.4.0"));
    expect(hash("0.1.0", "0.10.0")).not.toBe(hash("0.1.0", "0.11.0"));
    // A client's runtime dependency counts as the runtime version it will be released with, whatever
    // the range says now, even when that range equals the client's own version.
    const rt = (version: string) => ({ name: "rt", version });
    expect(hash("0.1.0", "0.1.0", rt("0.1.1"))).toBe(hash("0.1.1", "0.1.1", rt("0.1.1")));
    expect(hash("0.1.0", "0.1.0", rt("0.1.0"))).not.toBe(hash("0.1.0", "0.1.0", rt("0.1.1")));
  });
});
