// Example keys that name the prototype machinery (`&__proto__.polluted=yes`): every dialect's
// example decoder leaves them out with a warning naming file and line, and nothing reaches
// Object.prototype (issue 14, item 1).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { decodeSourceDocument } from "../../../generator/parse/document.ts";
import { parseDocument } from "../../../generator/parse/index.ts";
import { readExamples } from "../../../generator/parse/aliyun-rpc/examples.ts";
import { parseGetRequest } from "../../../generator/parse/tencent-api3/examples.ts";
import { decodeV2Request } from "../../../generator/parse/tencent-v2/example.ts";
import { tencentV2Dialect } from "../../../generator/parse/tencent-v2/index.ts";
import { MAX_KEY_DEPTH, splitQuery, unflatten } from "../../../generator/parse/text/query.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const polluted = () => Object.prototype.hasOwnProperty.call(Object.prototype, "polluted") || Object.prototype.hasOwnProperty.call(Object.prototype, "nullable");

afterEach(() => {
  // Keep a failing run from poisoning the other tests of the worker.
  delete (Object.prototype as Record<string, unknown>).polluted;
  delete (Object.prototype as Record<string, unknown>).nullable;
});

describe("unflatten with reserved key segments", () => {
  it("never writes through __proto__, constructor or prototype, and says which keys it left out", () => {
    const rejected: [string, number][] = [];
    const out = unflatten(splitQuery("A=1&__proto__=x&__proto__.polluted=yes&B.__proto__.nullable=true&constructor.prototype.polluted=1&C.prototype=2&D=4"), (key, _reason, index) => rejected.push([key, index]));
    expect(polluted()).toBe(false);
    expect(out).toEqual({ A: "1", D: "4" });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(rejected).toEqual([
      ["__proto__", 1],
      ["__proto__.polluted", 2],
      ["B.__proto__.nullable", 3],
      ["constructor.prototype.polluted", 4],
      ["C.prototype", 5],
    ]);
  });
  it("reports a key nested deeper than the bound instead of building a tree that cannot be printed", () => {
    const reasons: string[] = [];
    const deep = Array.from({ length: 6000 }, () => "a").join(".");
    const out = unflatten([{ key: deep, value: "v" }, { key: "ok", value: "1" }], (_k, reason) => reasons.push(reason));
    expect(out).toEqual({ ok: "1" });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain(`more than ${MAX_KEY_DEPTH}`);
    expect(() => JSON.stringify(out)).not.toThrow();
  });
});

describe("the example decoders of every dialect", () => {
  it("API 3.0 GET: the rejected key's line is given", () => {
    const at: number[] = [];
    const r = parseGetRequest(["https://ecm.tencentcloudapi.com/?Action=DescribeNode", "&Limit=1", "&__proto__.polluted=yes"], (i) => at.push(i));
    expect(polluted()).toBe(false);
    expect(r.input).toEqual({ Limit: "1" });
    expect(at).toEqual([2]);
  });

  it("API 3.0 document: a warning with file and line, and the rest of the example kept", () => {
    const ecm = readFileSync(here("../../../spec/sources/tencentcloud-ecm-2019-07-19.txt"), "utf8").split("\n");
    const at = ecm.indexOf("&Filters.0.Values.0=SN3ne");
    ecm.splice(at + 1, 0, "&__proto__.nullable=true");
    const r = parseDocument({ file: "ecm.txt", lines: ecm });
    expect(polluted()).toBe(false);
    const node = r.services[0]!.actions.find((a) => a.name === "DescribeNode")!;
    expect(node.examples[0]!.input).toEqual({ Filters: [{ Name: "InstanceFamily", Values: ["SN3ne"] }] });
    const d = r.diagnostics.items.filter((x) => x.code === "example.key");
    expect(d.map((x) => [x.severity, x.file, x.line])).toEqual([["warning", "ecm.txt", at + 2]]);
    expect(d[0]!.message).toContain('"__proto__.nullable"');
  });

  it("Alibaba RPC: a warning at the request example", () => {
    const l = ["```", "https://ecs.example.com/?Action=DescribeTags", "&RegionId=cn-hangzhou", "&__proto__.polluted=yes", "```"];
    const diag = new Diagnostics("ecs.txt");
    const { examples } = readExamples(l, 1, l.length, { file: "ecs.txt", action: "DescribeTags", publicParams: new Set(["Version"]), diag });
    expect(polluted()).toBe(false);
    expect(examples[0]!.input).toEqual({ RegionId: "cn-hangzhou" });
    expect(diag.items.filter((d) => d.code === "example.key").map((d) => [d.severity, d.line])).toEqual([["warning", 1]]);
  });

  it("V2: decodeV2Request returns the rejected keys, and the TCE markdown parser warns at the request", () => {
    const r = decodeV2Request(["vpc.api.qcloud.com/v2/index.php?Action=CreateVpc", "&vpcName=a", "&__proto__.polluted=yes"]);
    expect(polluted()).toBe(false);
    expect(r).toMatchObject({ input: { vpcName: "a" } });
    expect("rejected" in r && r.rejected).toEqual([expect.stringContaining('"__proto__.polluted"')]);

    const mini = readFileSync(here("../tencent-v2/fixtures/v2-mini.txt"), "utf8").split("\n");
    const url = mini.findIndex((l) => l.includes("index.php?Action=CreateVpc"));
    mini.splice(url + 2, 0, "&__proto__.nullable=true");
    const doc = decodeSourceDocument(new TextEncoder().encode(mini.join("\n")), "v2.txt");
    const diag = new Diagnostics("v2.txt");
    const result = tencentV2Dialect.parse(doc, tencentV2Dialect.detect(doc)[0]!, diag);
    expect(polluted()).toBe(false);
    expect(result.services[0]!.actions.find((a) => a.name === "CreateVpc")!.examples[0]!.input).toMatchObject({ vpcName: "bbbttest" });
    expect(diag.items.filter((d) => d.code === "example.key").map((d) => [d.severity, d.line])).toEqual([["warning", url + 1]]);
  });

  it("legacy V2 PDF: a warning at the request URL", () => {
    const cvm = readFileSync(here("../../../spec/sources/tencentcloud-cvm-2017-03-12.txt"), "utf8").split("\n");
    const url = cvm.indexOf("https://cvm.api.qcloud.com/v2/index.php?Action=DescribeInstancesStatus");
    cvm.splice(url + 1, 0, "&__proto__.polluted=yes");
    const r = parseDocument({ file: "cvm.txt", lines: cvm });
    expect(polluted()).toBe(false);
    const legacy = r.services.find((s) => s.version === "2017-03-12-legacy")!;
    expect(legacy.actions.find((x) => x.name === "DescribeInstancesStatus")!.examples[0]!.input).toEqual({ InstanceIds: ["ins-r8hr2upy", "ins-5d8a23rs"], Offset: 0, Limit: 2 });
    expect(r.diagnostics.items.filter((d) => d.code === "example.key").map((d) => [d.severity, d.line, d.message])).toEqual([
      ["warning", url + 1, expect.stringMatching(/^DescribeInstancesStatus: request example: the key "__proto__.polluted"/)],
    ]);
  });
});
