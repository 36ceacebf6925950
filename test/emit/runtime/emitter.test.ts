// The runtime emitter's package: layout, package.json exports conditions, platform split (the
// default entry never reaches node: modules, declarations never mention Node types), determinism,
// and a clear failure when the templates do not type-check.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRuntimePackage, outputReadme, runtimeEmitter, runtimeEntries, shippedRuntimePackage } from "../../../generator/emit/runtime/index.ts";
import { emitters } from "../../../generator/emit/emitters.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { emitRuntime, type EmittedRuntime } from "./emitted-runtime.ts";

let rt: EmittedRuntime;
beforeAll(async () => {
  rt = await emitRuntime();
});
afterAll(() => rt?.cleanup());

const text = (rel: string) => String(rt.files.get(`runtime/${rel}`));

describe("runtime emitter", () => {
  it("is registered and writes only below generated/runtime/, and the output directory's README", async () => {
    const entry = emitters.find((e) => e.name === "runtime");
    expect(await entry?.load()).toBe(runtimeEmitter);
    expect([...rt.files.keys()].filter((k) => !k.startsWith("runtime/"))).toEqual(["README.md"]);
  });

  it("writes a README at the output directory's root saying how to link the packages as workspaces and run their tests", () => {
    const readme = rt.files.get("README.md")!;
    expect(readme).toContain('"workspaces": ["generated/*"]');
    expect(readme).toContain("`@docs2sdk/runtime`");
    expect(readme).toContain("npx vitest run");
    expect(outputReadme(join(REPO_ROOT, "templates"), { scope: "@acme" })).toContain("`@acme/runtime`");
  });

  it("ships src/, a .d.ts per module, and each platform entry as one module the other entries re-export", () => {
    const keys = [...rt.files.keys()];
    const sources = keys.filter((k) => k.startsWith("runtime/src/") && k.endsWith(".ts") && !k.endsWith(".d.ts"));
    expect(sources.length).toBeGreaterThan(15);
    for (const src of sources) expect(keys).toContain(`runtime/dist/${src.slice("runtime/src/".length, -".ts".length)}.d.ts`);
    // JavaScript: exactly the entry points (exports targets and modules loaded on first need), no chunks.
    const entries = runtimeEntries(new Map([["package.json", text("package.json")], ["src/index.node.ts", text("src/index.node.ts")]]));
    expect(entries).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.node.js", "dist/credentials/node.js", "dist/logger.js"]));
    const js = keys.filter((k) => k.endsWith(".js")).map((k) => k.slice("runtime/".length));
    expect(js).toEqual(entries);
    // The two platform entries import nothing relative: Node resolves, reads and links one file.
    for (const hub of ["dist/index.js", "dist/index.node.js"]) {
      expect(text(hub)).not.toMatch(/from\s+["']\./);
      expect(text(hub)).not.toContain("require(");
    }
    expect(text("dist/index.node.js")).toMatch(/^import \* as http from "node:http";/m);
    // Every other entry is one re-export line: of the Node entry where it needs Node, else of the default one.
    expect(text("dist/credentials/node.js")).toMatch(/^export \{ defaultCredentials, [^}]+ \} from "\.\.\/index\.node\.js";\n$/);
    expect(text("dist/logger.js")).toBe('export { debugLogger, debugLoggerFromEnv } from "./index.node.js";\n');
    expect(text("dist/transport/node.js")).toMatch(/from "\.\.\/index\.node\.js";\n$/);
    expect(text("dist/transport/fetch.js")).toBe('export { fetchTransport } from "../index.js";\n');
    expect(text("dist/crypto/web.js")).toBe('export { webCrypto } from "../index.js";\n');
    expect(keys).toContain("runtime/package.json");
    expect(keys).toContain("runtime/README.md");
  });

  it("an entry re-exported from the Node entry is the same module instance (one class identity)", async () => {
    const viaSubpath = (await import(pathToFileURL(join(rt.dir, "dist/credentials/node.js")).href)) as typeof rt.node;
    expect(viaSubpath.defaultCredentials).toBe(rt.node.defaultCredentials);
  });

  it("package.json: ESM, no dependencies, exports with node/default conditions and types", () => {
    const pkg = JSON.parse(text("package.json")) as Record<string, any>;
    expect(pkg).toMatchObject({ name: "@docs2sdk/runtime", type: "module", sideEffects: false });
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.exports["."].node).toEqual({ types: "./dist/index.node.d.ts", default: "./dist/index.node.js" });
    expect(pkg.exports["."].default).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
    // Deno matches "node" too, and its node:http layer re-sends a POST destroyed on a reused keep-alive
    // socket (denoland/deno#36786: a timed-out call reached the server twice with maxRetries 0). Deno
    // takes the fetch + WebCrypto entry instead, listed before "node" so that it wins.
    expect(Object.keys(pkg.exports["."])).toEqual(["deno", "node", "default"]);
    expect(pkg.exports["."].deno).toEqual(pkg.exports["."].default);
    for (const target of Object.values(pkg.exports).flatMap((e: any) => (typeof e === "string" ? [e] : Object.values(e).flatMap((c: any) => (typeof c === "string" ? [c] : Object.values(c)))))) {
      expect(rt.files.has(join("runtime", String(target)))).toBe(true);
    }
  });

  it("the default (browser) entry never reaches a node: module; no declaration mentions Node types", () => {
    const seen = new Set<string>();
    const visit = (rel: string) => {
      if (seen.has(rel)) return;
      seen.add(rel);
      for (const [, spec] of text(rel).matchAll(/(?:import|export)[^"']*from\s+["']([^"']+)["']/g)) {
        expect(spec!.startsWith("node:"), `${rel} imports ${spec}`).toBe(false);
        visit(join(dirname(rel), spec!));
      }
    };
    visit("dist/index.js");
    // So do the entries that re-export it.
    visit("dist/transport/fetch.js");
    visit("dist/crypto/web.js");
    expect([...seen].sort()).toEqual(["dist/crypto/web.js", "dist/index.js", "dist/transport/fetch.js"]);
    for (const [key, value] of rt.files) {
      if (key.endsWith(".d.ts")) expect(String(value), key).not.toMatch(/from ["']node:|import\(["']node:|reference types="node"|\bBuffer\b/);
    }
  });

  it("both entry points export the same names (Node adds its transport, hashing and file/metadata credential sources)", () => {
    const node = Object.keys(rt.node).sort();
    const web = Object.keys(rt.web).sort();
    expect(node.filter((k) => !web.includes(k)).sort()).toEqual([
      "defaultNodeTransport",
      "fromAlibabaEcsRole",
      "fromAlibabaProfile",
      "fromAliyunCliProfile",
      "fromTencentCvmRole",
      "fromTencentProfile",
      "nodeCrypto",
      "nodeFiles",
      "nodeTransport",
      "parseIni",
    ]);
    // Same name, platform's own chain: the Node one adds shared files and instance roles.
    expect(rt.node.defaultCredentials).not.toBe(rt.web.defaultCredentials);
    expect(web.filter((k) => !node.includes(k))).toEqual([]);
    for (const name of ["RuntimeClient", "ServiceError", "Tc3Signer", "TencentV1Signer", "AliyunRpcSigner", "fetchTransport", "webCrypto"]) {
      expect(web).toContain(name);
    }
  });

  it("resolves by exports conditions: Node gets the node entry, a browser bundle the fetch entry", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-runtime-consumer-"));
    try {
      cpSync(rt.dir, join(root, "node_modules/@docs2sdk/runtime"), { recursive: true });
      writeFileSync(join(root, "package.json"), '{"type":"module"}');
      writeFileSync(join(root, "main.js"), 'export * from "@docs2sdk/runtime";\n');
      const viaNode = (await import(pathToFileURL(join(root, "main.js")).href)) as Record<string, unknown>;
      expect(typeof viaNode.nodeTransport).toBe("function");
      const bundle = await build({
        entryPoints: [join(root, "main.js")],
        bundle: true,
        platform: "browser",
        format: "esm",
        write: false,
        minify: true,
        logLevel: "silent",
      });
      const code = bundle.outputFiles[0]!.text;
      expect(code).not.toMatch(/node:http|node:crypto/);
      expect(code).toContain("crypto.subtle");
      // A package built on Tc3Client carries no other protocol's code.
      writeFileSync(join(root, "tc3.js"), 'import { Tc3Client } from "@docs2sdk/runtime";\nexport const c = new Tc3Client({ provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" });\n');
      const tc3 = await build({ entryPoints: [join(root, "tc3.js")], bundle: true, platform: "browser", format: "esm", write: false, minify: true, logLevel: "silent" });
      const tc3Code = tc3.outputFiles[0]!.text;
      expect(tc3Code).toContain("TC3-HMAC-SHA256");
      expect(tc3Code).not.toMatch(/SignatureNonce|HMAC-SHA1|codeDesc|SignatureMethod/);
      expect(code).toMatch(/SignatureNonce/); // the all-protocol RuntimeClient keeps them
      // Pagination, the debug logger and the Node credential sources stay out of a bundle that does not use them.
      const unused = /PaginationLimit|\[docs2sdk\]|metadata\.tencentyun\.com|100\.100\.100\.200|tencentcloud\/credentials|\.aliyun|secret_key/;
      expect(tc3Code).not.toMatch(unused);
      writeFileSync(join(root, "paged.js"), 'import { Tc3Client, paginate, debugLogger } from "@docs2sdk/runtime";\nexport const p = (c) => paginate(c, "A", {}, { style: "offset", inputToken: "Offset", items: "Set" });\nexport const h = debugLogger();\n');
      const paged = await build({ entryPoints: [join(root, "paged.js")], bundle: true, platform: "browser", format: "esm", write: false, minify: true, logLevel: "silent" });
      expect(paged.outputFiles[0]!.text).toMatch(/PaginationLimit/);
      expect(paged.outputFiles[0]!.text).toContain("[docs2sdk]");
      expect(paged.outputFiles[0]!.text).not.toMatch(/metadata\.tencentyun\.com|secret_key/);
      // On Node too: the file and instance-role sources are loaded on first need from the installed
      // package, so a Node bundle carries them only when the application imports them.
      const nodeTc3 = await build({ entryPoints: [join(root, "tc3.js")], bundle: true, platform: "node", format: "esm", write: false, minify: true, logLevel: "silent" });
      expect(nodeTc3.outputFiles[0]!.text).not.toMatch(unused);
      writeFileSync(join(root, "chain.js"), 'import { Tc3Client, defaultCredentials } from "@docs2sdk/runtime";\nexport const c = new Tc3Client({ provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "x" }, { credentials: defaultCredentials("tc3") });\n');
      const chain = await build({ entryPoints: [join(root, "chain.js")], bundle: true, platform: "node", format: "esm", write: false, minify: true, logLevel: "silent" });
      expect(chain.outputFiles[0]!.text).toMatch(/metadata\.tencentyun\.com/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("Node default chain: found from node_modules; a bundle without it says how to include it", async () => {
    const root = mkdtempSync(join(tmpdir(), "docs2sdk-runtime-lazy-"));
    try {
      cpSync(rt.dir, join(root, "node_modules/@docs2sdk/runtime"), { recursive: true });
      writeFileSync(join(root, "package.json"), '{"type":"module"}');
      mkdirSync(join(root, "home/.tencentcloud"), { recursive: true });
      writeFileSync(join(root, "home/.tencentcloud/credentials"), "[default]\nsecret_id = AKIDlazyChainTest01\nsecret_key = lazyChainTestKey01\n");
      writeFileSync(
        join(root, "main.js"),
        'import { Tc3Client } from "@docs2sdk/runtime";\n' +
          'const c = new Tc3Client({ provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" }, { transport: { send: async (r) => ({ status: 200, headers: {}, body: JSON.stringify({ Response: { RequestId: r.headers.Authorization.split("/")[0] } }) }) } });\n' +
          'c.send("A", {}).then((r) => console.log(r.RequestId), (e) => console.log(e.message));\n',
      );
      await build({ entryPoints: [join(root, "main.js")], outfile: join(root, "dist/bundle.js"), bundle: true, platform: "node", format: "esm", logLevel: "silent" });
      const env = { PATH: process.env.PATH, HOME: join(root, "home"), TENCENTCLOUD_METADATA_DISABLED: "1" };
      const run = (file: string) => execFileSync(process.execPath, [file], { cwd: root, env, encoding: "utf8" }).trim();
      expect(run("main.js")).toBe("TC3-HMAC-SHA256 Credential=AKIDlazyChainTest01");
      expect(run("dist/bundle.js")).toBe(
        'No credentials in environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (not set); files and instance role (bundled: use defaultCredentials("tc3"))',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("README documents the public API", () => {
    const readme = text("README.md");
    expect(readme).toContain("# @docs2sdk/runtime 0.1.0");
    for (const name of ["RuntimeClient", "ServiceError", "RequestError", "CredentialsError", "Tc3Signer", "TencentV1Signer", "AliyunRpcSigner", "redactRequest", "TENCENTCLOUD_SECRET_ID", "ALIBABA_CLOUD_ACCESS_KEY_ID",
      "sendRaw", "defaultCredentials", "fromTencentProfile", "fromAlibabaProfile", "fromAliyunCliProfile", "fromTencentCvmRole", "fromAlibabaEcsRole",
      "refreshingCredentials", "credentialChain", "~/.tencentcloud/credentials", "~/.alibabacloud/credentials", "~/.aliyun/config.json",
      "TENCENTCLOUD_PROFILE", "ALIBABA_CLOUD_PROFILE", "TENCENTCLOUD_METADATA_ENDPOINT", "ALIBABA_CLOUD_METADATA_ENDPOINT",
      "paginate", "maxPages", "onLimit", "PaginationLimitError", "debugLogger", "DOCS2SDK_DEBUG", "willRetry", "requestId", "createRequestValidator", "ValidationError"]) {
      expect(readme).toContain(name);
    }
  });

  it("is byte-for-byte deterministic", async () => {
    const again = await shippedRuntimePackage(join(REPO_ROOT, "templates"));
    const runtimeFiles = [...rt.files.keys()].filter((k) => k.startsWith("runtime/"));
    expect([...again.keys()]).toEqual(runtimeFiles.map((k) => k.slice("runtime/".length)));
    for (const [rel, value] of again) expect(value).toBe(rt.files.get(`runtime/${rel}`));
  });

  it("fails with a clear message naming the file when the templates do not type-check", () => {
    const templates = mkdtempSync(join(tmpdir(), "docs2sdk-runtime-templates-"));
    try {
      cpSync(join(REPO_ROOT, "templates/runtime"), join(templates, "runtime"), { recursive: true });
      mkdirSync(join(templates, "runtime/src"), { recursive: true });
      writeFileSync(join(templates, "runtime/src/broken.ts"), "export const n: number = 'not a number';\n");
      expect(() => buildRuntimePackage(templates)).toThrow(/runtime emitter: templates\/runtime does not type-check[\s\S]*runtime\/src\/broken\.ts\(1,14\)/);
    } finally {
      rmSync(templates, { recursive: true, force: true });
    }
  });
});
