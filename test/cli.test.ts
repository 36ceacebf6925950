import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EXIT, main } from "../generator/cli.ts";

let stdout = "";
let stderr = "";
beforeEach(() => {
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), "docs2sdk-cli-"));

describe("docs2sdk parse", () => {
  it("refuses an empty file with its path and line, exit 2", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    expect(await main(["parse", empty])).toBe(EXIT.usage);
    expect(stderr).toContain(`${empty}:1: the document is empty`);
  });
  it("reports an unrecognized document and fails under --strict", async () => {
    const junk = join(dir, "junk.txt");
    writeFileSync(junk, "just some text\n");
    expect(await main(["parse", junk, "--strict"])).toBe(EXIT.failed);
    expect(stderr).toMatch(/junk\.txt:1: error document\.unrecognized/);
  });
});

describe("docs2sdk diff", () => {
  const spec = (actions: string[]) =>
    JSON.stringify({ provider: "tencentcloud", service: "d", version: "2020-01-01", protocol: "tc3", endpoint: "e", title: "t", types: [], errors: [],
      actions: actions.map((name) => ({ name, title: "", description: "", input: [], output: [], errors: [], examples: [] })) });
  it("prints Markdown and exits 1 with --fail-on-breaking when an action was removed", async () => {
    writeFileSync(join(dir, "old.json"), spec(["A", "B"]));
    writeFileSync(join(dir, "new.json"), spec(["A"]));
    expect(await main(["diff", join(dir, "old.json"), join(dir, "new.json"), "--fail-on-breaking"])).toBe(EXIT.failed);
    expect(stdout).toContain("### Breaking changes");
    expect(stdout).toContain("| action.removed | B |");
    stdout = "";
    expect(await main(["diff", join(dir, "old.json"), join(dir, "new.json"), "--format", "json"])).toBe(EXIT.ok);
    expect(JSON.parse(stdout)[0].breaking).toBe(1);
  });
  it("is a usage error without two paths", async () => {
    expect(await main(["diff"])).toBe(EXIT.usage);
  });
});

describe("docs2sdk openapi", () => {
  it("writes an OpenAPI document for a spec file", async () => {
    writeFileSync(join(dir, "s.json"), JSON.stringify({ provider: "tencentcloud", service: "d", version: "2020-01-01", protocol: "tc3", endpoint: "e", title: "t", types: [], errors: [], actions: [] }));
    expect(await main(["openapi", join(dir, "s.json")])).toBe(EXIT.ok);
    expect(JSON.parse(stdout).openapi).toBe("3.1.0");
  });
  it("unknown commands are usage errors", async () => {
    expect(await main(["frobnicate"])).toBe(EXIT.usage);
  });
});
