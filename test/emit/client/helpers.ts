// Shared by the client emitter's tests: the hand-written fixture spec and a runtime made of the
// contract's declarations (CONVENTIONS.md), so the emitter is tested apart from the runtime's code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadedSpec } from "../../../generator/emit/emitter.ts";
import type { RuntimePackage } from "../../../generator/emit/client/index.ts";
import type { Service } from "../../../generator/spec/types.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures");
export const GOLDEN = join(import.meta.dirname, "golden");

export function contractRuntime(): RuntimePackage {
  const dir = join(FIXTURES, "runtime-stub");
  return {
    version: "0.1.0",
    files: new Map([
      ["package.json", readFileSync(join(dir, "package.json"), "utf8")],
      ["dist/index.d.ts", readFileSync(join(dir, "dist/index.d.ts"), "utf8")],
    ]),
  };
}

export function sampleSpec(): LoadedSpec {
  const service = JSON.parse(readFileSync(join(FIXTURES, "sample.json"), "utf8")) as Service;
  return { path: "tencentcloud/sample/2020-01-01.json", service };
}
