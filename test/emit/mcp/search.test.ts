// search_actions over the generated CVM catalogue, in-process: the package's server module
// (the template every MCP package ships) connected to the SDK's client by an in-memory transport.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../generator/pipeline/generate.ts";

const dir = join(REPO_ROOT, "generated", "tencentcloud-cvm-mcp");
const catalog = JSON.parse(readFileSync(join(dir, "catalog.json"), "utf8"));
// What the test uses of the module (its own types import the runtime by name, which the repository's tsc does not resolve).
interface ServerModule {
  createMcpServer(pkg: unknown, options: { allowWrites: boolean; actionTools: string[]; log: (line: string) => void }): { connect(transport: InMemoryTransport): Promise<void> };
  queryTerms(query: string): string[];
}
const server = (await import(join(dir, "dist", "server.js"))) as ServerModule;

let client: Client;
const log: string[] = [];

beforeAll(async () => {
  const pkg = {
    name: "cvm-mcp-test",
    version: "0.0.0",
    catalog,
    createClient: () => {
      throw new Error("no call reaches the client in these tests");
    },
    validate: () => {},
  };
  const mcp = server.createMcpServer(pkg, { allowWrites: false, actionTools: [], log: (line: string) => log.push(line) });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await mcp.connect(serverSide);
  client = new Client({ name: "search-test", version: "0.0.0" });
  await client.connect(clientSide);
});

afterAll(async () => {
  await client?.close();
});

async function search(query: string, limit?: number): Promise<string[]> {
  const result = await client.callTool({ name: "search_actions", arguments: { query, ...(limit ? { limit } : {}) } });
  const [content] = result.content as { text: string }[];
  return (JSON.parse(content!.text) as { actions: { name: string }[] }).actions.map((a) => a.name);
}

describe("search_actions on the CVM catalogue", () => {
  const cases: { given: string; want: string }[] = [
    { given: "describe instances", want: "DescribeInstances" },
    { given: "DescribeInstances", want: "DescribeInstances" },
    { given: "reboot", want: "RebootInstances" },
    { given: "instance vnc url", want: "DescribeInstanceVncUrl" },
    { given: "describe key pairs", want: "DescribeKeyPairs" },
    { given: "create key pair", want: "CreateKeyPair" },
    { given: "查看实例列表", want: "DescribeInstances" },
    { given: "重启实例", want: "RebootInstances" },
    { given: "地域", want: "DescribeRegions" },
  ];
  for (const { given, want } of cases) {
    it(`"${given}" finds ${want} first`, async () => {
      expect((await search(given))[0]).toBe(want);
    });
  }

  it("returns nothing for words no action has, and at most `limit` matches", async () => {
    expect(await search("zzqx")).toEqual([]);
    expect(await search("instances", 3)).toHaveLength(3);
    expect((await search("instances")).length).toBeLessThanOrEqual(10);
  });

  it("a search calls nothing and logs nothing", () => {
    expect(log).toEqual([]);
  });
});

describe("queryTerms", () => {
  const cases: { given: string; want: string[] }[] = [
    { given: "Describe Instances", want: ["describe", "instance"] },
    { given: "key pairs, images", want: ["key", "pair", "image"] },
    { given: "addresses boxes class", want: ["address", "box", "class"] },
    { given: "重启实例", want: ["重启实例", "重启", "启实", "实例"] },
  ];
  for (const { given, want } of cases) it(given, () => expect(server.queryTerms(given)).toEqual(want));
});
