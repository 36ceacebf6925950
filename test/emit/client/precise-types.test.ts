// Issue 15 item 7, type-checked the way a user's tsc sees it: the CVM package emitted from spec/
// (two of its actions, every structure) is installed into a scratch node_modules with the real
// runtime, and a consumer file compiles only if each action's error code is typed with its own
// documented codes plus the common ones (still any string), and response enums stay open.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { loadSpecs, REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { installPackage } from "./helpers.ts";

const run = promisify(execFile);
const cvm = loadSpecs(REPO_ROOT).find((s) => s.path === "tencentcloud/cvm/2017-03-12.json");
const work = mkdtempSync(join(tmpdir(), "docs2sdk-precise-types-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Known<T>: the literal members of a union, without its `(string & {})`.
const consumer = `
import { CvmClient, isServiceErrorFrom, type DescribeInstancesErrorCode, type Instance } from "@docs2sdk/tencentcloud-cvm";

type Known<T> = T extends string ? (string extends T ? never : T) : never;

// Its own documented code, and a common (public) one.
export const own: Known<DescribeInstancesErrorCode> = "InvalidInstanceId.Malformed";
export const common: Known<DescribeInstancesErrorCode> = "AuthFailure.SignatureFailure";
// @ts-expect-error documented for RunInstances only, so not a known code of DescribeInstances
export const other: Known<DescribeInstancesErrorCode> = "AccountQualificationRestrictions";
// The code is not just string: some literal is known.
export const notJustString: [Known<DescribeInstancesErrorCode>] extends [never] ? "lost" : "kept" = "kept";
// Any other string is still accepted.
export const later: DescribeInstancesErrorCode = "SomeCode.AddedLater";

export async function narrow(client: CvmClient): Promise<string> {
  try {
    await client.describeInstances({});
    return "ok";
  } catch (e) {
    if (!isServiceErrorFrom(e, "DescribeInstances")) throw e;
    switch (e.code) {
      case "InvalidInstanceId.Malformed":
        return "malformed";
      case "AuthFailure.SignatureFailure":
        return "signature";
      default:
        return e.code;
    }
  }
}

// A response enumeration (closed in the document) still accepts a value added after it was written.
export const state: NonNullable<Instance["RestrictState"]> = "A_STATE_ADDED_LATER";
export const documented: NonNullable<Instance["RestrictState"]> = "NORMAL";
`;

describe("precise types of the CVM package", () => {
  it("has the bundled CVM spec to type", () => {
    expect(cvm).toBeDefined();
  });

  it("types DescribeInstances' error codes with its own and the common codes, and keeps response enums open", { timeout: 180_000 }, async () => {
    const keep = new Set(["DescribeInstances", "RunInstances"]);
    const service = { ...cvm!.service, actions: cvm!.service.actions.filter((a) => keep.has(a.name)) };
    await installPackage({ path: cvm!.path, service }, work);
    writeFileSync(join(work, "consumer.ts"), consumer);
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, exactOptionalPropertyTypes: true, lib: ["ES2022", "DOM"], types: [], noEmit: true, skipLibCheck: true },
        files: ["consumer.ts"],
      }),
    );
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    const result = await run(process.execPath, [tsc, "-p", work]).then(
      () => "",
      (e: { stdout: string }) => e.stdout,
    );
    expect(result).toBe("");
  });
});
