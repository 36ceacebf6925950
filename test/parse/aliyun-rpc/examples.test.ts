import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readExamples, xmlProblem } from "../../../generator/parse/aliyun-rpc/examples.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const lines = (name: string) => readFileSync(here(`fixtures/${name}`), "utf8").split("\n");

function read(name: string, action: string) {
  const l = lines(name);
  const diag = new Diagnostics(name);
  const result = readExamples(l, 1, l.length, { file: name, action, publicParams: new Set(["Version"]), diag });
  return { result, diag, l };
}

describe("readExamples on excerpts of 004", () => {
  it("appends the closing brace a JSON response lacks (004:1662-1679) and decodes the request", () => {
    const { result, diag } = read("split-json-example.txt", "DescribeInstanceStatus");
    expect(result.failed).toEqual([]);
    expect(result.examples).toHaveLength(1);
    const ex = result.examples[0]!;
    expect(ex.input).toEqual({ RegionId: "cn-hangzhou" });
    expect(ex.output).toMatchObject({ TotalCount: 2, InstanceStatuses: { InstanceStatus: [{ InstanceId: "i-insta****" }, { Status: "Stopped" }] } });
    expect(ex.outputXml).toMatch(/^<DescribeInstanceStatusResponse>/);
    expect(diag.items.some((d) => d.code === "example.repaired" && d.message.includes("closing brackets"))).toBe(true);
  });

  it("merges an XML and a JSON response split over two fences by a page break (004:1741-1872)", () => {
    const { result, diag } = read("split-xml-example.txt", "DescribeInstances");
    const xml = result.examples[0]!.outputXml!;
    expect(xml.startsWith("<DescribeInstancesResponse>")).toBe(true);
    expect(xml.trimEnd().endsWith("</DescribeInstancesResponse>")).toBe(true);
    expect(xml).toContain("<ZoneId>cn-beijing-a</ZoneId>");
    // The first JSON piece ends with five bracket lines of its own (an instance, its array, Instances
    // and the root closed early); the second goes on with "}," and the rest of the instance.
    expect(result.failed).toEqual([]);
    const output = result.examples[0]!.output as { Instances: { Instance: Record<string, unknown>[] }; TotalCount: number };
    expect(output.Instances.Instance).toHaveLength(1);
    expect(output.Instances.Instance[0]).toMatchObject({ OperationLocks: { LockReason: [] }, PublicIpAddress: { IpAddress: ["120.xx.xx.xx"] }, ZoneId: "cn-shenzhen-a" });
    expect(output.TotalCount).toBe(1);
    expect(diag.items.filter((d) => d.code === "example.repaired").map((d) => d.message)).toContain(
      "response example of DescribeInstances: 5 bracket-only line(s) from line 89 dropped: the JSON goes on after the page break",
    );
  });

  it("reports a JSON response it cannot repair with its line, and keeps the example with an empty output (004:6213-6240)", () => {
    const { result, diag, l } = read("broken-json-example.txt", "DescribeSecurityGroupAttribute");
    expect(result.failed).toHaveLength(1);
    expect(l[result.failed[0]!.line - 1]!.trim()).toBe("{");
    expect(result.examples[0]!.output).toEqual({});
    expect(diag.items.some((d) => d.code === "example.json" && d.severity === "warning")).toBe(true);
  });

  it("keeps the bare 返回结果 JSON of migrate_disk as a response-only example", () => {
    const { result } = read("migrate-disk.txt", "migrate_disk");
    expect(result.examples).toEqual([expect.objectContaining({ input: {}, output: { code: 200, msg: "successful" } })]);
  });

  it("drops placeholders, public parameters and Action from a request, and reports an Action naming another action", () => {
    const text = ["```", "https://ecs.example.com/?Action=AddTags", "&Tag.1.Key=a", "&Tag.1.Value=b", "&Version=2014-05-26", "&<公共请求参数>", "```"];
    const diag = new Diagnostics("x");
    const { examples } = readExamples(text, 1, text.length, { file: "x", action: "DescribeTags", publicParams: new Set(["Version"]), diag });
    expect(examples[0]!.input).toEqual({ Tag: [{ Key: "a", Value: "b" }] });
    expect(diag.items.map((d) => [d.code, d.line])).toEqual([["example.action-mismatch", 1]]);
  });
});

describe("XML checks", () => {
  it("xmlProblem: finds a close tag that closes another element (004:3832)", () => {
    expect(xmlProblem("<A>\n<TaskId>t</ExportTaskId>\n</A>")).toEqual({ index: 1, message: "</ExportTaskId> closes <TaskId>" });
    expect(xmlProblem('<?xml version="1.0"?>\n<A><B/><!-- c --></A>')).toBeUndefined();
  });
});
