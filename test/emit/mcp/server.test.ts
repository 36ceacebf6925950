// The generated CVM MCP server, run as an agent runs it: its command started as a child process,
// driven by the official MCP SDK's client over stdio (and once over Streamable HTTP), calling the
// docs2sdk mock server, which checks every request's signature and answers with the fixtures.
//
// The packages are copied into a node_modules/ below .cache/ so that the server imports its client
// and the runtime by name, as it does once installed; @modelcontextprotocol/sdk resolves from the
// repository's own node_modules/ further up.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startMockServer, type MockServer } from "../../../generator/mock/index.ts";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";
import { expectedCaseResult, loadFixtures } from "../../../generator/testing/index.ts";

const generated = join(REPO_ROOT, "generated");
const credentials = { secretId: "AKIDmcpServerTest0001", secretKey: "mcp-server-test-secret-key" };
const fixtures = loadFixtures(join(generated, "tencentcloud-cvm"));

let work: string;
let main: string;
let mock: MockServer;

function installCopies(): string {
  const modules = join(work, "node_modules", "@docs2sdk");
  mkdirSync(modules, { recursive: true });
  // The client's test/ and src/ are not needed to run; dist, docs and package.json are what npm installs.
  const copy = (dir: string, parts: string[]) => {
    for (const part of parts) cpSync(join(generated, dir, part), join(modules, dir, part), { recursive: true });
  };
  copy("runtime", ["package.json", "dist"]);
  copy("tencentcloud-cvm", ["package.json", "dist", "docs"]);
  copy("tencentcloud-cvm-mcp", ["package.json", "dist", "src", "catalog.json"]);
  return join(modules, "tencentcloud-cvm-mcp", "dist", "main.js");
}

beforeAll(async () => {
  mkdirSync(join(REPO_ROOT, ".cache"), { recursive: true });
  work = mkdtempSync(join(REPO_ROOT, ".cache", "mcp-server-test-"));
  main = installCopies();
  mock = await startMockServer({ specDir: join(REPO_ROOT, "spec"), specs: ["tencentcloud/cvm/2017-03-12.json"], credentials });
});

afterAll(async () => {
  await mock?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The server's environment: the client's credential variables, nothing of the test runner's own. */
function serverEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? "", TENCENTCLOUD_SECRET_ID: credentials.secretId, TENCENTCLOUD_SECRET_KEY: credentials.secretKey };
}

async function stdioClient(args: string[]): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [main, "--endpoint", mock.url, "--region", "ap-guangzhou", ...args], env: serverEnv(), stderr: "pipe" });
  let log = "";
  transport.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  const client = new Client({ name: "docs2sdk-test", version: "0.0.0" });
  await client.connect(transport);
  return { client, stderr: () => log };
}

/** The HTTP status of an empty JSON-RPC POST with the given Host header (fetch may not set Host). */
function postStatus(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { host, "content-type": "application/json" } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once("error", reject);
    req.end("{}");
  });
}

function text(result: Awaited<ReturnType<Client["callTool"]>>): string {
  const content = result.content as { type: string; text?: string }[];
  expect(content[0]?.type).toBe("text");
  return content[0]!.text!;
}

describe("generated MCP server sources", () => {
  // The emitter only strips types (the SDK is not a dependency of docs2sdk itself): this proves the
  // sources type-check under strict against the real SDK, the client's and the runtime's declarations.
  it("type-check under strict against @modelcontextprotocol/sdk and the generated client", () => {
    const src = join(work, "node_modules", "@docs2sdk", "tencentcloud-cvm-mcp", "src");
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(REPO_ROOT, "node_modules", "@types")],
    };
    const program = ts.createProgram([join(src, "main.ts"), join(src, "server.ts")], options);
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n") + (d.file ? ` (${d.file.fileName})` : ""));
    expect(errors).toEqual([]);
  });
});

describe("generated MCP server (tencentcloud-cvm) over stdio", () => {
  let client: Client;
  let stderr: () => string;

  beforeAll(async () => {
    ({ client, stderr } = await stdioClient([]));
  });
  afterAll(async () => {
    await client?.close();
  });

  it("lists the three catalogue tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(["search_actions", "describe_action", "call_action"]);
    expect(tools.find((t) => t.name === "call_action")!.description).toMatch(/Only read-only actions are allowed/);
  });

  it("finds DescribeInstances by English and by Chinese words", async () => {
    const english = JSON.parse(text(await client.callTool({ name: "search_actions", arguments: { query: "describe instances" } })));
    expect(english.actions[0]).toEqual({ name: "DescribeInstances", title: "查看实例列表", readOnly: true });
    const chinese = JSON.parse(text(await client.callTool({ name: "search_actions", arguments: { query: "查看实例列表" } })));
    expect(chinese.actions[0].name).toBe("DescribeInstances");
  });

  it("describes DescribeInstances with the schemas and errors of the spec", async () => {
    const described = JSON.parse(text(await client.callTool({ name: "describe_action", arguments: { action: "DescribeInstances" } })));
    expect(described).toMatchObject({ name: "DescribeInstances", readOnly: true, callable: true });
    expect(described.input.properties.Limit.type).toBe("integer");
    expect(described.input.properties.Filters).toEqual(expect.objectContaining({ type: "array", items: expect.objectContaining({ $ref: "#/$defs/Filter" }) }));
    // Every structure a schema refers to is in its $defs, so the schema stands alone.
    expect(Object.keys(described.output.$defs)).toEqual(expect.arrayContaining(["Instance", "Placement"]));
    expect(described.errors.map((e: { code: string }) => e.code)).toEqual(expect.arrayContaining(["InvalidFilter", "AuthFailure.SignatureFailure"]));
  });

  it("calls DescribeInstances through the signed client and returns the fixture's response", async () => {
    const fixture = fixtures.get("DescribeInstances");
    const before = mock.requests.length;
    const result = await client.callTool({ name: "call_action", arguments: { action: "DescribeInstances", input: fixture.cases[0]!.request } });
    expect(result.isError).toBeFalsy();
    expect(JSON.parse(text(result))).toEqual(expectedCaseResult(fixture));
    const served = mock.requests.slice(before);
    // The mock verified the signature: a bad one is answered with an error code.
    expect(served.map((r) => [r.action, r.status, r.code])).toEqual([["DescribeInstances", 200, undefined]]);
    // The log line is written before the answer, but the pipe may deliver it after.
    await vi.waitFor(() => expect(stderr()).toMatch(/call DescribeInstances \{"Limit":1/));
  });

  it("refuses an action that changes state without --allow-writes, before any request", async () => {
    const before = mock.requests.length;
    const result = await client.callTool({ name: "call_action", arguments: { action: "RunInstances", input: fixtures.get("RunInstances").cases[0]!.request } });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/RunInstances changes state .*--allow-writes/);
    expect(mock.requests.length).toBe(before);
  });

  it("refuses an input that breaks the schema, with the schema's message", async () => {
    const before = mock.requests.length;
    const result = await client.callTool({ name: "call_action", arguments: { action: "DescribeInstances", input: { Limit: "ten" } } });
    expect(result.isError).toBe(true);
    const { error } = JSON.parse(text(result));
    expect(error.type).toBe("ValidationError");
    expect(error.message).toBe("DescribeInstances: invalid request: Limit: expected an integer, got a string");
    expect(mock.requests.length).toBe(before);
  });

  it("serves each action's Markdown page as a resource", async () => {
    const { resources } = await client.listResources();
    const page = resources.find((r) => r.name === "DescribeInstances")!;
    expect(page).toMatchObject({ uri: "docs://tencentcloud/cvm/2017-03-12/actions/DescribeInstances.md", mimeType: "text/markdown" });
    const read = await client.readResource({ uri: page.uri });
    expect((read.contents[0] as { text: string }).text).toMatch(/^# DescribeInstances/m);
  });

  it("logs calls to stderr with secrets redacted", async () => {
    await client.callTool({ name: "call_action", arguments: { action: "ResetInstancesPassword", input: { InstanceIds: ["ins-1"], Password: "Sup3r-secret!" } } });
    await vi.waitFor(() => expect(stderr()).toMatch(/call ResetInstancesPassword \{"InstanceIds":\["ins-1"\],"Password":"\*\*\*"\} refused/));
    expect(stderr()).not.toContain("Sup3r-secret!");
    expect(stderr()).not.toContain(credentials.secretKey);
  });
});

describe("generated MCP server with --allow-writes and --action-tools", () => {
  it("calls a state-changing action and offers an allow-listed action as its own tool", async () => {
    const { client } = await stdioClient(["--allow-writes", "--action-tools", "DescribeZones"]);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain("DescribeZones");
      const run = fixtures.get("RunInstances");
      const result = await client.callTool({ name: "call_action", arguments: { action: "RunInstances", input: run.cases[0]!.request } });
      expect(result.isError).toBeFalsy();
      expect(JSON.parse(text(result))).toEqual(expectedCaseResult(run));
      const zones = await client.callTool({ name: "DescribeZones", arguments: {} });
      expect(JSON.parse(text(zones))).toEqual(expectedCaseResult(fixtures.get("DescribeZones")));
    } finally {
      await client.close();
    }
  });
});

describe("generated MCP server over Streamable HTTP", () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill();
  });

  it("serves the same tools at /mcp", async () => {
    server = spawn(process.execPath, [main, "--http", "--port", "0", "--endpoint", mock.url, "--region", "ap-guangzhou"], { env: serverEnv(), stdio: ["ignore", "ignore", "pipe"] });
    const url = await new Promise<string>((resolve, reject) => {
      let log = "";
      server!.stderr!.on("data", (chunk: Buffer) => {
        log += chunk.toString("utf8");
        const m = /at (http:\/\/\S+\/mcp)/.exec(log);
        if (m) resolve(m[1]!);
      });
      server!.once("exit", (code) => reject(new Error(`server exited with ${code}: ${log}`)));
    });
    const client = new Client({ name: "docs2sdk-test", version: "0.0.0" });
    await client.connect(new StreamableHTTPClientTransport(new URL(url)));
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(["search_actions", "describe_action", "call_action"]);
      const fixture = fixtures.get("DescribeInstances");
      const result = await client.callTool({ name: "call_action", arguments: { action: "DescribeInstances", input: fixture.cases[0]!.request } });
      expect(JSON.parse(text(result))).toEqual(expectedCaseResult(fixture));
      // A Host other than the loopback address it is bound to is refused (DNS rebinding).
      expect(await postStatus(url, "evil.example")).toBe(403);
    } finally {
      await client.close();
    }
  });
});
