// Client package benchmarks, side by side with tencentcloud-sdk-nodejs-cvm in the same run:
//  1. minified size of an esbuild bundle that calls one CVM action through its standalone command,
//     for Node and for the browser (target <= 10 KB; the official SDK's is ~564 KB, Node only);
//  1b. what the package's opt-in features cost (issue 9): the one-action bundle against the same call
//     made straight on the runtime's protocol client (what the package compiled to before paginators,
//     regions and validation existed: the bound is +10%), and bundles that use a paginator, the
//     regional endpoints, validation (`validate: validateRequest`), or the whole aggregated client;
//  2. process start + first signed request, minus a bare `node` start of an empty ES module (target <= 1/5
//     of the official SDK's), beside two floors: the call hand-written, and the same call inside two
//     ES module packages with "exports" maps (what the package layout alone costs).
// The packages are emitted fresh (runtime + the CVM client) into a scratch node_modules, as a user installs them.
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import * as esbuild from "esbuild";
import { emitClientPackage } from "../../generator/emit/client/index.ts";
import { clientClassName, clientFactoryName, commandFunctionName, packageName, paginatorFunctionName, runtimeClientClass } from "../../generator/emit/naming.ts";
import { runtimePackage, shippedRuntimePackage } from "../../generator/emit/runtime/index.ts";
import { loadSpecs, REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { LoadedSpec } from "../../generator/emit/emitter.ts";
import type { Action } from "../../generator/spec/types.ts";

const exec = promisify(execFile);
// Start-up differences of a few ms sit inside this machine's run-to-run noise: many runs, medians.
const RUNS = 41;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function writeTree(dir: string, files: Map<string, string>): void {
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

async function bundleSize(entry: string, platform: "node" | "browser"): Promise<{ bytes: number } | { error: string }> {
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform,
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    return { bytes: result.outputFiles[0]!.contents.byteLength };
  } catch (e) {
    const errors = (e as { errors?: { text: string }[] }).errors ?? [];
    return { error: `${errors.length} build errors, e.g. ${errors[0]?.text ?? (e as Error).message}` };
  }
}

const kb = (r: { bytes: number } | { error: string }) => ("bytes" in r ? `${(r.bytes / 1024).toFixed(1)} KB` : `fails: ${r.error}`);

/**
 * Wall time (ms) of `node <args>` for each program, median of RUNS. The programs run interleaved,
 * so a load change on the (shared) machine hits all of them alike.
 */
async function startTimes(programs: string[][], cwd: string, env: Record<string, string>): Promise<number[]> {
  const times = programs.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, args] of programs.entries()) {
      const t = performance.now();
      await exec(process.execPath, args, { cwd, env: { ...process.env, ...env } });
      times[k]!.push(performance.now() - t);
    }
  }
  return times.map(median);
}

type Size = { bytes: number } | { error: string };

/** Issue 9's bundle-size lines: the one-action bundle within 10% of the runtime-only call, and each opt-in feature's bundle. */
async function featureSizes(work: string, spec: LoadedSpec, action: Action, oneAction: { node: Size; browser: Size }): Promise<void> {
  const svc = spec.service;
  const pkg = packageName(svc);
  const factory = clientFactoryName(svc);
  const command = commandFunctionName(action);
  const config = `{ region: "ap-guangzhou", credentials: { secretId: "AKIDbench", secretKey: "bench" } }`;
  const programs: [label: string, file: string, source: string][] = [
    [
      "runtime only (same call on the protocol client)",
      "runtime-only.mjs",
      `import { ${runtimeClientClass(svc)} } from "@docs2sdk/runtime";
` +
        `const client = new ${runtimeClientClass(svc)}(${JSON.stringify({ provider: svc.provider, service: svc.service, version: svc.version, protocol: svc.protocol, endpoint: svc.endpoint })}, ${config});
` +
        `console.log(await client.send(${JSON.stringify(action.name)}, {}));
`,
    ],
  ];
  const paged = svc.actions.find((a) => a.pagination && a.input.every((f) => !f.required));
  if (paged) {
    programs.push([
      `+ paginator (${paginatorFunctionName(paged)}, items())`,
      "paginator.mjs",
      `import { ${factory}, ${paginatorFunctionName(paged)} } from "${pkg}";
const client = ${factory}(${config});
` +
        `for await (const item of ${paginatorFunctionName(paged)}(client, {}, { pageSize: 50 }).items()) console.log(item);
`,
    ]);
  }
  programs.push(
    [
      "+ regional endpoints (regionalEndpoints: REGIONAL_ENDPOINTS)",
      "regional.mjs",
      `import { ${factory}, ${command} } from "${pkg}";
import { REGIONAL_ENDPOINTS } from "${pkg}/regions";
` +
        `const client = ${factory}({ ...${config}, regionalEndpoints: REGIONAL_ENDPOINTS });
console.log(await ${command}(client, {}));
`,
    ],
    [
      "+ validation (validate: validateRequest)",
      "validated.mjs",
      `import { ${factory}, ${command} } from "${pkg}";
import { validateRequest } from "${pkg}/validate";
` +
        `const client = ${factory}({ ...${config}, validate: validateRequest });
console.log(await ${command}(client, {}));
`,
    ],
    [
      `the aggregated ${clientClassName(svc)} (every action)`,
      "aggregated.mjs",
      `import { ${clientClassName(svc)} } from "${pkg}";
const client = new ${clientClassName(svc)}(${config});
console.log(await client.${commandFunctionName(action)}({}));
`,
    ],
  );
  const sizes: [string, Size, Size][] = [];
  for (const [label, file, source] of programs) {
    writeFileSync(join(work, file), source);
    const [node, browser] = await Promise.all([bundleSize(join(work, file), "node"), bundleSize(join(work, file), "browser")]);
    sizes.push([label, node, browser]);
  }
  const [, baseNode, baseBrowser] = sizes[0]!;
  console.log(`what the package's features add (minified ESM; features are opt-in, brought in by importing them):`);
  const growth = (ours: Size, base: Size) => ("bytes" in ours && "bytes" in base ? (ours.bytes / base.bytes - 1) * 100 : undefined);
  for (const [label, node, browser] of sizes) console.log(`  ${label.padEnd(62)} node: ${kb(node).padStart(9)}   browser: ${kb(browser).padStart(9)}`);
  const g = [growth(oneAction.node, baseNode), growth(oneAction.browser, baseBrowser)];
  const ok = g.every((v) => v !== undefined && v <= 10);
  console.log(
    `  one action with pagination, regions and validation unused: ${kb(oneAction.node)} node / ${kb(oneAction.browser)} browser, ` +
      `${g.map((v) => (v === undefined ? "n/a" : `${v >= 0 ? "+" : ""}${v.toFixed(1)}%`)).join(" / ")} vs runtime only (bound: +10%): ${ok ? "within" : "EXCEEDED"}`,
  );
}

/** One TC3-signed DescribeInstances over node:http, written out by hand: the start-up floor for any Node client. */
const HAND_WRITTEN_TC3_CALL = `import { request } from "node:http";
import { createHash, createHmac } from "node:crypto";
const url = new URL(process.env.BENCH_ENDPOINT);
const body = "{}";
const timestamp = Math.floor(Date.now() / 1000);
const date = new Date(timestamp * 1000).toISOString().slice(0, 10);
const sha256 = (s) => createHash("sha256").update(s).digest("hex");
const hmac = (k, s) => createHmac("sha256", k).update(s).digest();
const canonical = "POST\\n/\\n\\ncontent-type:application/json\\nhost:" + url.host + "\\n\\ncontent-type;host\\n" + sha256(body);
const scope = date + "/cvm/tc3_request";
const key = hmac(hmac(hmac("TC3bench", date), "cvm"), "tc3_request");
const signature = createHmac("sha256", key).update("TC3-HMAC-SHA256\\n" + timestamp + "\\n" + scope + "\\n" + sha256(canonical)).digest("hex");
const headers = { "Content-Type": "application/json", Host: url.host, "X-TC-Action": "DescribeInstances", "X-TC-Version": "2017-03-12",
  "X-TC-Timestamp": String(timestamp), "X-TC-Region": "ap-guangzhou",
  Authorization: "TC3-HMAC-SHA256 Credential=AKIDbench/" + scope + ", SignedHeaders=content-type;host, Signature=" + signature };
const out = await new Promise((resolve, reject) => {
  const req = request(url, { method: "POST", headers }, (res) => {
    let text = "";
    res.setEncoding("utf8").on("data", (c) => (text += c)).on("end", () => resolve(JSON.parse(text).Response));
  });
  req.on("error", reject).end(body);
});
if (out.RequestId !== "bench") throw new Error("unexpected response");
`;

/** Two packages (a client re-exporting a "runtime") around HAND_WRITTEN_TC3_CALL, and a main module that imports the client. */
function floorPackageFiles(): Map<string, string> {
  const pkg = (name: string, conditions: object) => JSON.stringify({ name, version: "0.0.0", type: "module", exports: { ".": conditions } });
  const runtime = HAND_WRITTEN_TC3_CALL.replace("const out = await new Promise(", "export const call = () => new Promise(").replace(
    'if (out.RequestId !== "bench") throw new Error("unexpected response");\n',
    "",
  );
  return new Map([
    ["package.json", JSON.stringify({ type: "module", private: true })],
    ["node_modules/floor-runtime/package.json", pkg("floor-runtime", { types: "./index.d.ts", node: "./index.js", default: "./index.js" })],
    ["node_modules/floor-runtime/index.js", runtime],
    ["node_modules/floor-client/package.json", pkg("floor-client", { types: "./index.d.ts", default: "./index.js" })],
    ["node_modules/floor-client/index.js", 'export { call } from "floor-runtime";\n'],
    ["main.mjs", 'import { call } from "floor-client";\nconst out = await call();\nif (out.RequestId !== "bench") throw new Error("unexpected response");\n'],
  ]);
}

export async function run(): Promise<void> {
  const templatesDir = join(REPO_ROOT, "templates");
  const specs = loadSpecs(REPO_ROOT).filter((s) => !s.service.supersededBy && s.service.protocol === "tc3");
  const spec = specs.find((s) => s.service.provider === "tencentcloud" && s.service.service === "cvm") ?? specs[0];
  if (!spec) {
    console.log("no tc3 spec under spec/ yet (run `npm run generate`): client benchmarks skipped");
    return;
  }
  const action = spec.service.actions.find((a) => a.name === "DescribeInstances") ?? spec.service.actions.find((a) => a.input.every((f) => !f.required))!;
  if (spec.service.service !== "cvm") console.log(`(no CVM spec yet: measuring ${spec.path}, action ${action.name})`);

  const work = mkdtempSync(join(tmpdir(), "docs2sdk-bench-client-"));
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ Response: { TotalCount: 0, InstanceSet: [], RequestId: "bench" } }));
    });
  });
  try {
    const runtime = runtimePackage(templatesDir);
    const client = await emitClientPackage(spec, { specs: [spec], templatesDir, diagnostics: new Diagnostics("generated") }, runtime);
    const modules = join(work, "node_modules");
    // The runtime as generated/ ships it (dist bundled per entry), not the per-file compiler output.
    writeTree(join(modules, "@docs2sdk/runtime"), await shippedRuntimePackage(templatesDir));
    writeTree(join(modules, packageName(spec.service)), client.files);
    writeFileSync(join(work, "package.json"), JSON.stringify({ type: "module", private: true }));
    // The official SDK as installed in the repository (its own dependencies resolve from there).
    const repoModules = join(REPO_ROOT, "node_modules");
    symlinkSync(join(repoModules, "tencentcloud-sdk-nodejs-cvm"), join(modules, "tencentcloud-sdk-nodejs-cvm"), "dir");

    const factory = `create${clientClassName(spec.service)}`;
    const command = commandFunctionName(action);
    const ours = join(work, "ours.mjs");
    writeFileSync(
      ours,
      `import { ${factory}, ${command} } from "${packageName(spec.service)}";\n` +
        `const client = ${factory}({ endpoint: process.env.BENCH_ENDPOINT, region: "ap-guangzhou", credentials: { secretId: "AKIDbench", secretKey: "bench" } });\n` +
        `const out = await ${command}(client, {});\nif (out.RequestId !== "bench") throw new Error("unexpected response");\n`,
    );
    const official = join(work, "official.mjs");
    writeFileSync(
      official,
      `import tencentcloud from "tencentcloud-sdk-nodejs-cvm";\n` +
        `const url = new URL(process.env.BENCH_ENDPOINT ?? "http://127.0.0.1:9");\n` +
        `const client = new tencentcloud.cvm.v20170312.Client({ credential: { secretId: "AKIDbench", secretKey: "bench" }, region: "ap-guangzhou", profile: { httpProfile: { protocol: "http://", endpoint: url.host } } });\n` +
        `const out = await client.DescribeInstances({});\nif (out.RequestId !== "bench") throw new Error("unexpected response");\n`,
    );

    console.log(`bundle calling one action (${action.name}) through its standalone command, minified ESM:`);
    const [oursNode, oursBrowser, offNode, offBrowser] = await Promise.all([
      bundleSize(ours, "node"),
      bundleSize(ours, "browser"),
      bundleSize(official, "node"),
      bundleSize(official, "browser"),
    ]);
    const bytes = (r: Size) => ("bytes" in r ? `${r.bytes} B` : "n/a");
    const within = [oursNode, oursBrowser].every((r) => "bytes" in r && r.bytes <= 10 * 1024);
    console.log(
      `  docs2sdk       node: ${kb(oursNode)} (${bytes(oursNode)})   browser: ${kb(oursBrowser)} (${bytes(oursBrowser)})   target <= 10 KB (10240 B), both: ${within ? "met" : "NOT MET"}`,
    );
    console.log(`  tencentcloud-sdk-nodejs-cvm  node: ${kb(offNode)}   browser: ${kb(offBrowser)}`);
    if ("bytes" in oursNode && "bytes" in offNode) console.log(`  ratio (node): ${(offNode.bytes / oursNode.bytes).toFixed(0)}x smaller`);

    await featureSizes(work, spec, action, { node: oursNode, browser: oursBrowser });

    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const env = { BENCH_ENDPOINT: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
    // Warm the file system cache once per program before timing.
    for (const f of [ours, official]) await exec(process.execPath, [f], { cwd: work, env: { ...process.env, ...env } });
    // Bare start: an empty ES module, since both programs are ES modules (the ESM loader's own start-up
    // is then not counted against either).
    const empty = join(work, "empty.mjs");
    writeFileSync(empty, "");
    // The floor: the same request signed and sent by hand with node:http and node:crypto, no SDK at
    // all (what any Node client pays for loading http and crypto and for its first socket).
    const handWritten = join(work, "hand-written.mjs");
    writeFileSync(handWritten, HAND_WRITTEN_TC3_CALL);
    // The packaging floor: the same hand-written call shipped the way the issue asks a client to be,
    // as an ES module package whose "exports" map picks the entry, importing a second such package
    // (the runtime). No code of ours: what Node charges for resolving and loading two such packages.
    const floorPackages = join(work, "floor-packages");
    writeTree(floorPackages, floorPackageFiles());
    const packagedFloor = join(floorPackages, "main.mjs");
    const [bare, oursTotal, officialTotal, floorTotal, packagedTotal] = await startTimes(
      [[empty], [ours], [official], [handWritten], [packagedFloor]],
      work,
      env,
    );
    const oursMs = oursTotal! - bare!;
    const officialMs = officialTotal! - bare!;
    const floorMs = floorTotal! - bare!;
    const packagedMs = packagedTotal! - bare!;
    console.log(`process start + first signed request, minus bare node start (${bare!.toFixed(0)} ms), median of ${RUNS}:`);
    console.log(`  docs2sdk: ${oursMs.toFixed(0)} ms   tencentcloud-sdk-nodejs-cvm: ${officialMs.toFixed(0)} ms   ratio ${(oursMs / officialMs).toFixed(2)} (target <= 0.20)`);
    console.log(`  floor, a hand-written node:http + node:crypto TC3 call: ${floorMs.toFixed(0)} ms   ratio ${(floorMs / officialMs).toFixed(2)}`);
    console.log(
      `  packaging floor, that call inside two ESM packages with "exports" maps: ${packagedMs.toFixed(0)} ms   ratio ${(packagedMs / officialMs).toFixed(2)}`,
    );
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
