import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EXIT, main, useColor } from "../generator/cli.ts";
import { REPO_ROOT } from "../generator/pipeline/generate.ts";

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
  it("refuses a document of no known dialect, naming the file, exit 2 (unreadable input) with or without --strict", async () => {
    const junk = join(dir, "junk.txt");
    writeFileSync(junk, "just some text\n");
    expect(await main(["parse", junk])).toBe(EXIT.usage);
    expect(stderr).toMatch(/junk\.txt:1: error document\.unrecognized/);
    expect(stderr).toContain(`docs2sdk parse: ${junk} is not in any known documentation dialect`);
    expect(stdout).toBe("");
    expect(await main(["parse", junk, "--strict"])).toBe(EXIT.usage);
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

describe("docs2sdk conventions", () => {
  it("--version prints the version in package.json", async () => {
    expect(await main(["--version"])).toBe(EXIT.ok);
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).version);
  });

  it("colours only a terminal, and never under NO_COLOR", () => {
    expect(useColor({ isTTY: true }, {})).toBe(true);
    expect(useColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(useColor({ isTTY: false }, {})).toBe(false);
    expect(useColor({}, {})).toBe(false);
    expect(useColor({ isTTY: true }, { TERM: "dumb" })).toBe(false);
    expect(useColor({ isTTY: false }, { FORCE_COLOR: "1" })).toBe(true);
  });

  it("prints diagnostics without escape codes under NO_COLOR on a terminal, coloured without it", async () => {
    const doc = join(REPO_ROOT, "test/parse/fixtures/ecm-mini.txt");
    const tty = Object.getOwnPropertyDescriptor(process.stderr, "isTTY");
    const { NO_COLOR: noColor, TERM: term } = process.env;
    Object.defineProperty(process.stderr, "isTTY", { value: true, configurable: true });
    try {
      process.env.NO_COLOR = "1";
      expect(await main(["parse", doc])).toBe(EXIT.ok);
      expect(stderr).toContain("warning overview.missing");
      expect(stderr).not.toContain("\x1b[");
      stderr = "";
      delete process.env.NO_COLOR;
      delete process.env.FORCE_COLOR;
      process.env.TERM = "xterm";
      expect(await main(["parse", doc])).toBe(EXIT.ok);
      expect(stderr).toContain("\x1b[33mwarning\x1b[0m overview.missing");
    } finally {
      if (tty) Object.defineProperty(process.stderr, "isTTY", tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
      if (noColor === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = noColor;
      if (term === undefined) delete process.env.TERM;
      else process.env.TERM = term;
    }
  });
});

describe("docs2sdk generate summary", () => {
  it("on a no-op run says nothing changed; warnings only counted (listed under -v); errors always printed", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-cli-gen-"));
    mkdirSync(join(root, "spec/sources"), { recursive: true });
    cpSync(join(REPO_ROOT, "spec/schema.json"), join(root, "spec/schema.json"));
    cpSync(join(REPO_ROOT, "test/parse/fixtures/ecm-mini.txt"), join(root, "spec/sources/ecm.txt"));
    writeFileSync(join(root, "spec/sources/junk.txt"), "just some text\n");
    // The junk document is bad input (exit 2); --keep-going still writes what the ECM document gave.
    const gen = (...args: string[]) => main(["generate", "--spec-only", "--keep-going", "--root", root, ...args]);
    expect(await gen()).toBe(EXIT.usage);
    expect(stdout).toContain("tencentcloud/ecm/2019-07-19 (spec/sources/ecm.txt");
    expect(stdout).not.toContain("nothing changed");

    stdout = "";
    stderr = "";
    expect(await gen()).toBe(EXIT.usage);
    expect(stdout).toContain("nothing changed: ");
    expect(stdout).not.toContain("tencentcloud/ecm/2019-07-19 (spec/sources/ecm.txt");
    expect(stderr).not.toContain("warning overview.missing");
    expect(stderr).toMatch(/^\d+ warnings not shown \(-v to list them\)$/m);
    expect(stderr).toContain("spec/sources/junk.txt:1: error document.unrecognized");

    stdout = "";
    stderr = "";
    expect(await gen("-v")).toBe(EXIT.usage);
    expect(stderr).toContain("spec/sources/ecm.txt:1: warning overview.missing");
    expect(stderr).not.toContain("not shown");
  });
});

describe("docs2sdk generate exit codes", () => {
  const project = () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-cli-exit-"));
    mkdirSync(join(root, "spec/sources"), { recursive: true });
    cpSync(join(REPO_ROOT, "test/parse/fixtures/ecm-mini.txt"), join(root, "spec/sources/ecm.txt"));
    return root;
  };
  const tree = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .sort()
        .filter((rel) => statSync(join(dir, rel)).isFile())
        .map((rel) => [rel, readFileSync(join(dir, rel), "utf8")]),
    );

  it("a document with an error diagnostic fails (exit 1) and leaves spec/ byte-identical; --keep-going writes what parsed and still exits 1", async () => {
    const root = project();
    expect(await main(["generate", "--spec-only", "--root", root])).toBe(EXIT.ok);
    const before = tree(join(root, "spec"));
    writeFileSync(join(root, "spec/sources/empty.txt"), ""); // document.unreadable: an error
    const after = () => {
      const t = tree(join(root, "spec"));
      delete t[join("sources", "empty.txt")];
      return t;
    };
    expect(await main(["generate", "--spec-only", "--root", root])).toBe(EXIT.failed);
    expect(stderr).toContain("spec/sources/empty.txt:1: error document.unreadable");
    expect(stderr).toContain("nothing was written (--keep-going writes what parsed)");
    expect(after()).toEqual(before);
    expect(await main(["generate", "--spec-only", "--keep-going", "--root", root])).toBe(EXIT.failed);
    expect(after()["report.json"]).toContain("document.unreadable");
  });

  it("a document of no known dialect is exit 2, naming it", async () => {
    const root = project();
    writeFileSync(join(root, "spec/sources/junk.txt"), "just some text\n");
    expect(await main(["generate", "--spec-only", "--root", root])).toBe(EXIT.usage);
    expect(stderr).toContain("spec/sources/junk.txt:1: error document.unrecognized");
  });

  it("no documents is exit 2, saying where it looked", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-cli-none-"));
    expect(await main(["generate", "--spec-only", "--root", root])).toBe(EXIT.usage);
    expect(stderr).toContain(`docs2sdk generate: no documents to parse: no *.txt file in ${join(root, "spec", "sources")}`);
  });

  it("finds docs2sdk.config.json in a directory above the working directory", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-cli-up-"));
    mkdirSync(join(root, "docs"), { recursive: true });
    mkdirSync(join(root, "src/deep"), { recursive: true });
    cpSync(join(REPO_ROOT, "test/parse/fixtures/ecm-mini.txt"), join(root, "docs/ecm.txt"));
    writeFileSync(join(root, "docs2sdk.config.json"), JSON.stringify({ inputs: ["docs/*.txt"], specDir: "api-spec" }));
    expect(await main(["generate", "--spec-only", "--root", join(root, "src/deep")])).toBe(EXIT.ok);
    expect(existsSync(join(root, "api-spec/tencentcloud/ecm/2019-07-19.json"))).toBe(true);
    expect(existsSync(join(root, "src/deep/spec"))).toBe(false);
  });
});
