// The config key that says which language's document supplies a spec when a Chinese and an
// English export of the same API are both inputs (the choice itself is tested with the English
// CVM export in test/parse/tencent-api3/english-cvm.test.ts).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../generator/config/load.ts";
import { configGenerateOptions } from "../../generator/config/options.ts";

const work = mkdtempSync(join(tmpdir(), "docs2sdk-prefer-language-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function configFile(config: object): string {
  writeFileSync(join(work, "d.txt"), "x");
  const file = join(work, "docs2sdk.config.json");
  writeFileSync(file, JSON.stringify({ inputs: ["d.txt"], ...config }));
  return file;
}

describe("preferLanguage", () => {
  it("is passed to generate in the order written, and absent when not set", () => {
    expect(configGenerateOptions(loadConfig(configFile({ preferLanguage: ["en", "zh"] }))).preferLanguage).toEqual(["en", "zh"]);
    expect(configGenerateOptions(loadConfig(configFile({}))).preferLanguage).toBeUndefined();
  });

  it.each([
    [{ preferLanguage: ["fr"] }, '/preferLanguage/0: must be one of "zh", "en"'],
    [{ preferLanguage: ["en", "en"] }, "/preferLanguage: must NOT have duplicate items"],
    [{ preferLanguage: [] }, "/preferLanguage: must NOT have fewer than 1 items"],
  ])("rejects %j", (config, want) => {
    const problems = (() => {
      try {
        loadConfig(configFile(config));
      } catch (e) {
        if (e instanceof ConfigError) return e.problems.map((p) => `${p.path}: ${p.message}`);
        throw e;
      }
      return [];
    })();
    expect(problems.map((p) => p.replace(/ \(items ## \d+ and \d+ are identical\)/, ""))).toEqual([want]);
  });
});
