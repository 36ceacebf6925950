// Issue 4's size budget as a deterministic check (the benchmark prints the same numbers beside the
// official SDK's): a minified bundle that calls one CVM action through its standalone command stays
// within 10 KB, built for Node and for the browser, from the packages as generated/ ships them.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";

const BUDGET = 10 * 1024;

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "docs2sdk-bundle-size-"));
  cpSync(join(REPO_ROOT, "generated/runtime"), join(root, "node_modules/@docs2sdk/runtime"), { recursive: true });
  cpSync(join(REPO_ROOT, "generated/tencentcloud-cvm"), join(root, "node_modules/@docs2sdk/tencentcloud-cvm"), { recursive: true });
  writeFileSync(join(root, "package.json"), '{"type":"module"}');
  writeFileSync(
    join(root, "one-action.js"),
    'import { createCvmClient, describeInstances } from "@docs2sdk/tencentcloud-cvm";\n' +
      'const client = createCvmClient({ region: "ap-guangzhou", credentials: { secretId: "AKIDexample", secretKey: "example" } });\n' +
      "console.log(await describeInstances(client, { Limit: 1 }));\n",
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function minifiedBundle(platform: "node" | "browser"): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(root, "one-action.js")],
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describe("a bundle that calls one CVM action", () => {
  it.each(["node", "browser"] as const)("fits in 10 KB minified for %s, and carries only that action", async (platform) => {
    const text = await minifiedBundle(platform);
    expect(Buffer.byteLength(text), `${platform} bundle size`).toBeLessThanOrEqual(BUDGET);
    expect(text).toContain('"DescribeInstances"');
    expect(text).not.toContain('"RunInstances"');
    if (platform === "browser") expect(text).not.toMatch(/node:/);
  });
});
