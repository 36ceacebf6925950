// Unit tests of the API 概览 table reader (generator/parse/tencent-api3/overview.ts). Fixtures are
// verbatim excerpts: 'cvm-3990-overview-page-break.txt' is 001:3990-4124 (CVM, the table across a
// page break with the 'API 概览' title block and a URL dump in between), 'ecm-2975-overview-end-
// endpoints.txt' is 000:2975-3055 (ECM, the end of the table and the 请求结构 page after it).
import { describe, expect, it } from "vitest";
import { parseOverview } from "../../../generator/parse/tencent-api3/overview.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { fixturePages } from "./helpers.ts";

const lines = (texts: string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));
const HEADER = "接口名称 接口功能 频率限制（次/秒）";

describe("parseOverview on the documents", () => {
  it("reads rows across a page break: the title block and URL dump in between, the header repeated (001:3990-4124)", () => {
    const rows = parseOverview(fixturePages("cvm-3990-overview-page-break.txt").lines);
    // 2 地域 rows, 28 实例 rows before the break (4002-4056), 13 after it (4093-4117), AllocateHosts.
    expect(rows).toHaveLength(44);
    expect(rows.slice(0, 3)).toEqual([
      { name: "DescribeRegions", title: "查询地域列表", rateLimit: 20, category: "地域相关接口", line: 3994 },
      { name: "DescribeZones", title: "查询可用区列表", rateLimit: 20, category: "地域相关接口", line: 3996 },
      { name: "RunInstances", title: "创建实例", rateLimit: 10, category: "实例相关接口", line: 4002 },
    ]);
    const at = (name: string) => rows.find((r) => r.name === name);
    expect(at("DescribeInstances")).toMatchObject({ rateLimit: 40, line: 4004 });
    expect(at("InquiryPriceResizeInstanceDisks")).toEqual({ name: "InquiryPriceResizeInstanceDisks", title: "扩容实例磁盘询价", rateLimit: 10, category: "实例相关接口", line: 4056 });
    // First row of the next page, under the repeated header (001:4091-4093): same group.
    expect(at("ModifyInstanceDiskType")).toEqual({ name: "ModifyInstanceDiskType", title: "修改实例的硬盘介质", rateLimit: 20, category: "实例相关接口", line: 4093 });
    expect(at("ProgramFpgaImage")!.title).toBe("在线烧录FPGA镜像");
    expect(rows.at(-1)).toEqual({ name: "AllocateHosts", title: "创建CDH实例", rateLimit: 10, category: "专用宿主机相关接口", line: 4123 });
    expect(rows.filter((r) => r.category === "实例相关接口")).toHaveLength(41);
    expect(new Set(rows.map((r) => r.name)).size).toBe(44);
  });

  it("ends the table after the 注意 box; the endpoint list of 请求结构 is not read (000:2975-3055)", () => {
    const rows = parseOverview(fixturePages("ecm-2975-overview-end-endpoints.txt").lines);
    // The excerpt starts at the page-start header: no group heading above, so no category.
    expect(rows).toEqual([
      { name: "ModifySecurityGroupAttribute", title: "修改安全组属性", rateLimit: 20, line: 2977 },
      { name: "ModifySecurityGroupPolicies", title: "修改安全组出站和入站规则", rateLimit: 20, line: 2979 },
      { name: "ReplaceSecurityGroupPolicy", title: "替换单条安全组路由规则", rateLimit: 20, line: 2981 },
    ]);
  });
});

describe("parseOverview", () => {
  it("reads nothing before the column header, but keeps the group heading printed above it (000:2493-2497)", () => {
    const rows = parseOverview(lines(["DescribeNode 获取节点列表 20", "地域相关接口", HEADER, "DescribeNode 获取节点列表 20"], 2494));
    expect(rows).toEqual([{ name: "DescribeNode", title: "获取节点列表", rateLimit: 20, category: "地域相关接口", line: 2497 }]);
  });

  it("returns no entry when the header never appears", () => {
    expect(parseOverview(lines(["实例相关接口", "RunInstances 创建实例 10"]))).toEqual([]);
    expect(parseOverview([])).toEqual([]);
  });

  it("keeps spaces inside a title (000:2791) and a group named 其他接口", () => {
    const rows = parseOverview(lines(["其他接口", HEADER, "AssignPrivateIpAddresses 弹性网卡申请内网 IP 20"]));
    expect(rows).toEqual([{ name: "AssignPrivateIpAddresses", title: "弹性网卡申请内网 IP", rateLimit: 20, category: "其他接口", line: 3 }]);
  });

  it("switches the category at each group heading", () => {
    const rows = parseOverview(lines(["密钥相关接口", HEADER, "CreateKeyPair 创建密钥对 10", "安全组相关接口", HEADER, "AssociateSecurityGroups 绑定安全组 10"]));
    expect(rows.map((r) => [r.name, r.category])).toEqual([
      ["CreateKeyPair", "密钥相关接口"],
      ["AssociateSecurityGroups", "安全组相关接口"],
    ]);
  });

  it("does not take a sentence with spaces that ends in 相关接口 for a group heading", () => {
    const rows = parseOverview(lines(["实例相关接口", HEADER, "注意 以下为 镜像相关接口", "DescribeImages 查看镜像列表 40"]));
    expect(rows).toEqual([{ name: "DescribeImages", title: "查看镜像列表", rateLimit: 40, category: "实例相关接口", line: 4 }]);
  });

  it("skips a line without the rate under a header that has the rate column", () => {
    const rows = parseOverview(lines([HEADER, "DescribeImages 查看镜像列表", "CreateImage 创建镜像 10"]));
    expect(rows.map((r) => r.name)).toEqual(["CreateImage"]);
  });

  it("reads a two-column header ('接口名称 接口功能'): rows without a rate, no rateLimit", () => {
    const rows = parseOverview(lines(["接口名称 接口功能", "DescribeImages 查看镜像列表", "CreateImage 创建镜像"]));
    expect(rows).toEqual([
      { name: "DescribeImages", title: "查看镜像列表", line: 2 },
      { name: "CreateImage", title: "创建镜像", line: 3 },
    ]);
  });

  it("accepts ASCII parentheses in the rate column header", () => {
    const rows = parseOverview(lines(["接口名称 接口功能 频率限制(次/秒)", "DescribeImages 查看镜像列表 40"]));
    expect(rows).toEqual([{ name: "DescribeImages", title: "查看镜像列表", rateLimit: 40, line: 2 }]);
  });

  it("does not read lines that do not start with a CamelCase name as rows", () => {
    const rows = parseOverview(lines([HEADER, "describeImages 查看镜像列表 40", "以上给出的接口频率限制维度为 API + 接入地域 + 子账号 20", "D 单字母 20"]));
    expect(rows).toEqual([]);
  });

  it("ends the table after more than 8 lines that are neither rows nor headings", () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `说明文字第${i + 1}行`);
    const eight = parseOverview(lines([HEADER, "CreateImage 创建镜像 10", ...filler(8), "DeleteImages 删除镜像 10"]));
    expect(eight.map((r) => [r.name, r.line])).toEqual([
      ["CreateImage", 2],
      ["DeleteImages", 11],
    ]);
    const nine = parseOverview(lines([HEADER, "CreateImage 创建镜像 10", ...filler(9), "DeleteImages 删除镜像 10"]));
    expect(nine.map((r) => r.name)).toEqual(["CreateImage"]);
  });

  it("restarts the gap count at a repeated header or a group heading", () => {
    const filler = Array.from({ length: 6 }, (_, i) => `https 说明${i}`);
    const rows = parseOverview(lines([HEADER, "CreateImage 创建镜像 10", ...filler, HEADER, ...filler, "镜像相关接口", ...filler, "DeleteImages 删除镜像 10"]));
    expect(rows.map((r) => [r.name, r.category ?? null])).toEqual([
      ["CreateImage", null],
      ["DeleteImages", "镜像相关接口"],
    ]);
  });

  it("returns a name listed twice twice, each with its own line (the caller reports duplicates)", () => {
    const rows = parseOverview(lines([HEADER, "CreateImage 创建镜像 10", "CreateImage 创建镜像 20"]));
    expect(rows.map((r) => [r.name, r.rateLimit, r.line])).toEqual([
      ["CreateImage", 10, 2],
      ["CreateImage", 20, 3],
    ]);
  });
});
