// The packages are real: `npm pack` the runtime and a client package, install both tarballs into a
// fresh project (offline), type-check consumer code with tsc, and make one signed call against a
// local HTTP server. Slower than the other tests (npm runs three times), but well under two minutes.
import { execFile } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { emitClientPackage } from "../../../generator/emit/client/index.ts";
import { runtimePackage } from "../../../generator/emit/runtime/index.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import { sampleSpec } from "./helpers.ts";

const run = promisify(execFile);
const templatesDir = join(REPO_ROOT, "templates");
const work = mkdtempSync(join(tmpdir(), "docs2sdk-client-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeTree(dir: string, files: Map<string, string>): void {
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

async function npm(cwd: string, ...args: string[]): Promise<string> {
  // A private cache keeps the test from touching (or needing) the user's; --offline proves no network is used.
  const { stdout } = await run("npm", [...args, "--offline", "--no-audit", "--no-fund", "--cache", join(work, ".npm-cache")], { cwd });
  return stdout;
}

const consumer = `
import { SampleClient, describeThings, createSampleClient, isServiceErrorFrom, type DescribeThingsResponse } from "@docs2sdk/tencentcloud-sample";
import type { RuntimeClient, Tc3Client } from "@docs2sdk/runtime";

// Commands take this package's clients only (a brand for the type checker): the directives fail the
// compile if either call type-checks.
export function wrongClients(runtime: RuntimeClient, otherTc3: Tc3Client): void {
  // @ts-expect-error the bare runtime client is not a client of this service
  void describeThings(runtime, {});
  // @ts-expect-error nor is another API 3.0 service's client
  void describeThings(otherTc3, {});
}

export async function main(endpoint: string): Promise<string> {
  const credentials = { secretId: "AKIDtest", secretKey: "secret-not-in-output" };
  const client = new SampleClient({ endpoint, credentials, region: "ap-guangzhou", maxRetries: 0 });
  const out: DescribeThingsResponse = await client.describeThings({ Limit: 20, Filters: [{ Name: "zone", Values: ["z-1"] }] });
  const offset: number | undefined = undefined;
  const bare = await describeThings(createSampleClient({ endpoint, credentials, region: "ap-guangzhou" }), { Offset: offset });
  let code = "";
  try {
    await client.runThing({ ChargeType: "PREPAID", Placement: { Zone: "z" } });
  } catch (e) {
    if (isServiceErrorFrom(e, "RunThing")) code = e.code + " " + (e.requestId ?? "");
  }
  return JSON.stringify({ total: out.TotalCount, first: out.ThingSet[0]?.ThingId, bare: bare.RequestId, code });
}
`;

describe("packed client package", () => {
  it("installs from tarballs into a fresh project, type-checks its consumer and calls a local server", { timeout: 120_000 }, async () => {
    const runtime = runtimePackage(templatesDir);
    const client = await emitClientPackage(sampleSpec(), { specs: [], templatesDir, diagnostics: new Diagnostics("generated") }, runtime);
    writeTree(join(work, "runtime"), runtime.files);
    writeTree(join(work, "client"), client.files);
    const tarballs = join(work, "tarballs");
    mkdirSync(tarballs);
    await npm(join(work, "runtime"), "pack", "--pack-destination", tarballs);
    await npm(join(work, "client"), "pack", "--pack-destination", tarballs);
    const packed = readdirSync(tarballs).sort();
    expect(packed).toEqual(["docs2sdk-runtime-0.1.0.tgz", "docs2sdk-tencentcloud-sample-0.1.0.tgz"]);

    const app = join(work, "app");
    writeTree(
      app,
      new Map([
        ["package.json", JSON.stringify({ name: "consumer", private: true, type: "module" })],
        [
          "tsconfig.json",
          JSON.stringify({
            compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, exactOptionalPropertyTypes: true, lib: ["ES2022", "DOM"], types: [], outDir: "out", skipLibCheck: false },
            files: ["consumer.ts"],
          }),
        ],
        ["consumer.ts", consumer],
      ]),
    );
    await npm(app, "install", ...packed.map((t) => join(tarballs, t)));
    // The package's own declarations are checked too (skipLibCheck off): what users' tsc will see.
    const tsc = join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
    await run(process.execPath, [tsc, "-p", app]).catch((e: { stdout: string }) => {
      throw new Error(`tsc failed on the consumer:\n${e.stdout}`);
    });

    const requests: { headers: IncomingMessage["headers"]; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString("utf8")));
      req.on("end", () => {
        requests.push({ headers: req.headers, body });
        const action = req.headers["x-tc-action"];
        const response =
          action === "RunThing"
            ? { Error: { Code: "InvalidParameterValue", Message: "bad zone" }, RequestId: "req-err" }
            : { TotalCount: 1, ThingSet: [{ ThingId: "thing-1" }], RequestId: `req-${requests.length}` };
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ Response: response }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const script = `import { main } from "./out/consumer.js"; console.log(await main(process.env.SAMPLE_ENDPOINT));`;
      const env = { ...process.env, SAMPLE_ENDPOINT: `http://127.0.0.1:${port}` };
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: app, env });
      expect(JSON.parse(stdout)).toEqual({ total: 1, first: "thing-1", bare: "req-2", code: "InvalidParameterValue req-err" });
    } finally {
      server.close();
    }
    expect(requests.map((r) => r.headers["x-tc-action"])).toEqual(["DescribeThings", "DescribeThings", "RunThing"]);
    expect(requests[0]!.headers["x-tc-version"]).toBe("2020-01-01");
    expect(requests[0]!.headers["x-tc-region"]).toBe("ap-guangzhou");
    expect(requests[0]!.headers.authorization).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDtest\/\d{4}-\d{2}-\d{2}\/sample\/tc3_request, SignedHeaders=\S+, Signature=[0-9a-f]{64}$/);
    expect(JSON.parse(requests[0]!.body)).toEqual({ Limit: 20, Filters: [{ Name: "zone", Values: ["z-1"] }] });
  });
});
