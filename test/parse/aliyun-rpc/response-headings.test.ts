// Construct 7 (issue 20): the response table under every heading variant, and the service name
// from the hosts when the cover spells the product only in Chinese. Given: the mini ECS excerpt with
// one line changed; want: the fields and names the spec must give.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { aliyunRpcDialect } from "../../../generator/parse/aliyun-rpc/index.ts";
import { decodeSourceDocument } from "../../../generator/parse/document.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const MINI = readFileSync(fileURLToPath(new URL("fixtures/mini-ecs.txt", import.meta.url)), "utf8");

function parse(text: string) {
  const doc = decodeSourceDocument(new TextEncoder().encode(text), "given.txt");
  const diag = new Diagnostics(doc.file);
  const [part] = aliyunRpcDialect.detect(doc);
  const spec = aliyunRpcDialect.parse(doc, part!, diag).services[0]!;
  return { spec, diag };
}

/** The mini excerpt with RunInstances' 返回参数 heading (its first) spelled another way. */
const withResponseHeading = (heading: string) => MINI.replace("\n返回参数\n\n名称\t类型\t描述\nInstanceIds", `\n${heading}\n\n名称\t类型\t描述\nInstanceIds`);

describe("aliyun-rpc: the response table under every heading variant", () => {
  it.each([
    { given: "返回参数", want: { input: false, output: ["InstanceIds", "RequestId"] } },
    { given: "返回结果", want: { input: false, output: ["InstanceIds", "RequestId"] } },
    { given: "返回数据", want: { input: false, output: ["InstanceIds", "RequestId"] } },
    { given: "响应参数", want: { input: false, output: ["InstanceIds", "RequestId"] } },
    { given: "返回值：", want: { input: false, output: ["InstanceIds", "RequestId"] } },
  ])("reads the table under $given as the response", ({ given, want }) => {
    const text = withResponseHeading(given);
    expect(text).toContain(`\n${given}\n\n名称\t类型\t描述\nInstanceIds`);
    const { spec } = parse(text);
    const run = spec.actions.find((a) => a.name === "RunInstances")!;
    expect(run.input.some((f) => f.name === "InstanceIds")).toBe(want.input);
    expect(run.output.map((f) => f.name)).toEqual(want.output);
  });
});

describe("aliyun-rpc: the service name when the cover has no Latin short name", () => {
  const redis = (hosts: string) => MINI.replace("\n云服务器ECS\n", "\n云数据库Redis版\n").replaceAll("ecs.example.com", hosts);

  it.each([
    { given: "the cover's short name", text: MINI, want: { service: "ecs", note: false } },
    { given: "the example hosts", text: redis("r-kvstore.example.com"), want: { service: "r-kvstore", note: true } },
  ])("takes the service from $given", ({ text, want }) => {
    const { spec, diag } = parse(text);
    expect(spec.service).toBe(want.service);
    expect(diag.items.some((d) => d.code === "service.name-from-host")).toBe(want.note);
    expect(diag.items.some((d) => d.code === "service.name")).toBe(false);
  });

  it("falls back to the service address when no example calls a host", () => {
    const text = redis("r-kvstore.example.com").replace(/https?:\/\/r-kvstore\.example\.com\/\?/g, "/?");
    const { spec, diag } = parse(text.replace("tjv3r-kvstore.example.com", "r-kvstore.example.com"));
    expect(spec.service).toBe("r-kvstore");
    expect(diag.items.find((d) => d.code === "service.name-from-host")?.message).toContain("service address");
  });
});
