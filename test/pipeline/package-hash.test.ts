// A package's version moves only when its emitted API or content changes (issue 15 item 2).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Emitter } from "../../generator/emit/emitter.ts";
import { generate, REPO_ROOT } from "../../generator/pipeline/generate.ts";
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

describe("package versions follow the package's content hash", () => {
  it("no bump for a line shift, a patch for a content change, none on a rerun, one bump (not two) for an API change", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-hash-"));
    mkdirSync(join(root, "spec/sources"), { recursive: true });
    cpSync(join(REPO_ROOT, "spec/schema.json"), join(root, "spec/schema.json"));
    const doc = join(root, "spec/sources/toy.txt");
    const path = "tencentcloud/toy/2020-01-01.json";
    const run = () => generate({ root, cache: false, dialects: [toyDialect], emitters: [pkgEmitter] });
    const entry = () => (JSON.parse(readFileSync(join(root, "spec/versions.json"), "utf8")) as Record<string, { version: string; contentHash: string }>)[path]!;
    banner = "v1";
    writeFileSync(doc, "SERVICE toy\nACTION DescribeThings\nACTION DeleteThing\n");
    await run();
    const first = entry();
    expect(first).toEqual({ version: "0.1.0", contentHash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });

    // Only source lines move: the spec file and the package stay as they are (the lines move in
    // spec/source-lines.json), the version stays.
    writeFileSync(doc, "SERVICE toy\n\nACTION DescribeThings\nACTION DeleteThing\n");
    const shifted = await run();
    expect(shifted.spec.written).toEqual(["source-lines.json"]);
    expect(shifted.generated?.written).toEqual([]);
    expect(shifted.versionChanges).toEqual([]);
    expect(entry()).toEqual(first);

    // The emitted code changes without an API change (a template change): a patch, embedded in the package.
    banner = "v2";
    const patched = await run();
    expect(patched.versionChanges).toEqual([{ path, from: "0.1.0", to: "0.1.1" }]);
    expect(entry().version).toBe("0.1.1");
    expect(entry().contentHash).not.toBe(first.contentHash);
    expect(readFileSync(join(root, "generated/tencentcloud-toy/package.json"), "utf8")).toBe('{"version":"0.1.1"}\n');
    expect(readFileSync(join(root, "generated/tencentcloud-toy/index.ts"), "utf8")).toContain('VERSION = "0.1.1"');

    const again = await run();
    expect([again.spec.written, again.generated?.written, again.versionChanges]).toEqual([[], [], []]);

    // A breaking change: one bump by the API diff, not a second patch for the content that changed with it.
    writeFileSync(doc, "SERVICE toy\n\nACTION DescribeThings\n");
    const breaking = await run();
    expect(breaking.versionChanges).toEqual([{ path, from: "0.1.1", to: "0.2.0" }]);
    expect((await run()).versionChanges).toEqual([]);

    // A version set by hand (as a plain string or in the entry) is the base: kept, embedded, not bumped by a line shift.
    for (const handSet of ["1.0.0", { ...entry(), version: "1.0.0" }]) {
      writeFileSync(join(root, "spec/versions.json"), JSON.stringify({ [path]: handSet }));
      await run();
      writeFileSync(doc, "SERVICE toy\n\n\nACTION DescribeThings\n");
      const shiftedAgain = await run();
      expect(shiftedAgain.versionChanges).toEqual([]);
      expect(entry().version).toBe("1.0.0");
      expect(readFileSync(join(root, "generated/tencentcloud-toy/package.json"), "utf8")).toBe('{"version":"1.0.0"}\n');
      writeFileSync(doc, "SERVICE toy\n\nACTION DescribeThings\n");
    }
  });

  it("masks the package's own version (not other numbers) in its hash", () => {
    const files = (v: string, dep: string) => new Map([["p/package.json", `{"version":"${v}","dependencies":{"rt":"^${dep}"}}`], ["q/x", "other"]]);
    expect(packageHash(files("0.1.0", "0.3.0"), "p", "0.1.0")).toBe(packageHash(files("0.1.1", "0.3.0"), "p", "0.1.1"));
    expect(packageHash(files("0.1.0", "0.3.0"), "p", "0.1.0")).not.toBe(packageHash(files("0.1.0", "0.4.0"), "p", "0.1.0"));
    expect(packageHash(files("0.1.0", "0.10.0"), "p", "0.1.0")).not.toBe(packageHash(files("0.1.0", "0.11.0"), "p", "0.1.0"));
  });
});
