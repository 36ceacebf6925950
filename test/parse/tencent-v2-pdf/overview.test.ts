// Unit tests of the legacy parts' API 概览 reader (generator/parse/tencent-v2-pdf/overview.ts). The
// fixture 'cvm-40634-api2017-overview.txt' is 001:40634-40803 verbatim (the API 概览 of '云服务器 API
// 2017': banner, five groups, a URL dump at a page break, a name wrapped mid-word, descriptions
// wrapped over lines); it is read through the part's page model (sections.ts) as the parser does.
// The short inline excerpts are from 001:50736-50960 ('云服务器API（旧版）').
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readOverview } from "../../../generator/parse/tencent-v2-pdf/overview.ts";
import { readSections } from "../../../generator/parse/tencent-v2-pdf/sections.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const lines = (texts: string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));
const HEADER = "接口功能 Action ID 功能描述";

function overviewSection(): CleanLine[] {
  const text = readFileSync(here("fixtures/cvm-40634-api2017-overview.txt"), "utf8").replace(/\n$/, "").split("\n");
  const doc = { file: "cvm.txt", lines: [...new Array<string>(40633).fill(""), ...text] };
  const pages = readSections(doc, { startLine: 40634, endLine: 40633 + text.length });
  return pages.sections.find((s) => s.title === "API 概览")!.lines;
}

describe("readOverview on the API 2017 overview (001:40634-40803)", () => {
  const rows = readOverview(overviewSection());
  const at = (name: string) => rows.find((r) => r.name === name);

  it("reads all 49 rows, in document order, each once", () => {
    expect(rows).toHaveLength(49);
    expect(new Set(rows.map((r) => r.name)).size).toBe(49);
    expect(rows.slice(0, 3)).toEqual([
      { name: "DescribeRegions", title: "查询地域列表", category: "地域相关接口", line: 40647 },
      { name: "DescribeZones", title: "查询可用区列表", category: "地域相关接口", line: 40649 },
      { name: "DescribeInstances", title: "查看实例列表", category: "实例相关接口", line: 40655 },
    ]);
    expect(rows.at(-1)).toEqual({ name: "DisassociasteInstancesKeyPairs", title: "解绑密钥对", category: "密钥相关接口", line: 40802 });
  });

  it("joins a name wrapped mid-word, under its title printed alone above it (001:40687-40691)", () => {
    expect(at("InquiryPriceResetInstancesInternetMaxBandwidth")).toEqual({
      name: "InquiryPriceResetInstancesInternetMaxBandwidth",
      title: "调整实例带宽上限询价",
      category: "实例相关接口",
      line: 40688,
    });
    expect(rows.map((r) => r.name)).not.toContain("InquiryPriceResetInstancesInternetMaxBand");
    // The row after it is whole again.
    expect(at("InquiryPriceResetInstancesType")).toMatchObject({ title: "调整实例配置询价", line: 40693 });
  });

  it("does not let a wrapped description become the next row's title (001:40743-40748)", () => {
    expect(at("DescribeImages")).toEqual({ name: "DescribeImages", title: "查看镜像列表", category: "镜像相关接口", line: 40743 });
    expect(at("CreateImage")).toEqual({ name: "CreateImage", title: "创建自定义镜像", category: "镜像相关接口", line: 40748 });
    expect(at("DisassociateAddress")!.title).toBe("解绑定弹性公网 IP");
  });

  it("continues after the page break's URL dump with the next page's group (001:40707-40743)", () => {
    expect(at("DescribeInstanceInternetBandwidthConfigs")).toMatchObject({ category: "实例相关接口", line: 40707 });
    expect(rows.filter((r) => r.category === "实例相关接口")).toHaveLength(25);
  });

  it("reads a group heading with spaces as printed (001:40763): its rows are not the previous group's", () => {
    const addresses = rows.filter((r) => r.category === "弹性公网 IP 相关接口").map((r) => r.name);
    expect(addresses).toHaveLength(8);
    expect(addresses).toContain("DescribeAddresses");
    expect(addresses).toContain("TransformAddress");
    expect(rows.filter((r) => r.category === "镜像相关接口").map((r) => r.name)).not.toContain("AllocateAddresses");
  });

  it("keeps titles with spaces, and names as printed (misspelt, padded with two spaces; 001:40767, 40800)", () => {
    expect(at("DescribeAddresses")).toMatchObject({ title: "查询弹性公网 IP 列表", line: 40767 });
    expect(at("TransformAddress")!.title).toBe("普通 IP 转弹性 IP");
    expect(at("AssociasteInstancesKeyPairs")).toEqual({ name: "AssociasteInstancesKeyPairs", title: "绑定密钥对", category: "密钥相关接口", line: 40800 });
  });

  it("takes no banner, group heading or header text for a row", () => {
    const names = rows.map((r) => r.name);
    for (const w of ["API", "Action", "ID", "CVM"]) expect(names).not.toContain(w);
  });
});

describe("readOverview", () => {
  it("joins names wrapped after a title on their own line (001:50784-50800)", () => {
    const rows = readOverview(
      lines(["2. 镜像相关接口", HEADER, "修改镜像属性", "ModifyImageAttribute", "s", "用于修改镜像的名称和描述等信息。", "复制镜像 SyncCvmImage 用于将自定义镜像复制（同步）到其它地区。", "查询镜像共享的账号列表", "GetImageShareUinInf", "o", "用于查询本账户的镜像共享情况，包括共享的账户列表。"]),
    );
    expect(rows).toEqual([
      { name: "ModifyImageAttributes", title: "修改镜像属性", category: "镜像相关接口", line: 4 },
      { name: "SyncCvmImage", title: "复制镜像", category: "镜像相关接口", line: 7 },
      { name: "GetImageShareUinInfo", title: "查询镜像共享的账号列表", category: "镜像相关接口", line: 9 },
    ]);
  });

  it("joins a title wrapped before its name (001:50902-50908)", () => {
    const rows = readOverview(lines(["5. 弹性IP相关接口", HEADER, "普通公网IP转弹性公网", "IP", "TransformWanIpToEi", "p", "普通公网 IP 转弹性公网 IP，将服务器当前绑定的普通公网 IP 转换成弹性公网 IP，转换后随着服务器的", "释放，该弹性公网 IP 将会保留。"]));
    expect(rows).toEqual([{ name: "TransformWanIpToEip", title: "普通公网IP转弹性公网IP", category: "弹性IP相关接口", line: 5 }]);
  });

  it("joins the piece of a name that ends its title line", () => {
    const rows = readOverview(lines(["删除镜像 DeleteImage", "s", "用于删除一个或者多个镜像。"]));
    expect(rows).toEqual([{ name: "DeleteImages", title: "删除镜像", category: "", line: 1 }]);
  });

  it("joins nothing to a name followed by its description on the same line", () => {
    const rows = readOverview(lines(["删除镜像 DeleteImages 用于删除一个或者多个镜像。", "abc", "同步镜像 SyncImages 用于同步镜像。"]));
    expect(rows.map((r) => [r.name, r.title])).toEqual([
      ["DeleteImages", "删除镜像"],
      ["SyncImages", "同步镜像"],
    ]);
  });

  it("accepts a lowerCamel name (001:50960) and skips short or all-caps words (IP, CVM)", () => {
    const rows = readOverview(lines(["6. 密钥相关接口", HEADER, "解绑密钥 unBindInstanceKey 用于解除 CVM 的密钥绑定关系。", "查询 CVM 的 IP 信息。"]));
    expect(rows).toEqual([{ name: "unBindInstanceKey", title: "解绑密钥", category: "密钥相关接口", line: 3 }]);
  });

  it("needs a CJK title before the name: a line starting with a name is not a row", () => {
    expect(readOverview(lines(["DescribeRegions 用于查询地域信息。", "Action ID DescribeRegions"]))).toEqual([]);
  });

  it("switches the category at each numbered group heading, '其他接口' included", () => {
    const rows = readOverview(lines(["3. 网络相关接口", HEADER, "绑定子机与弹性网卡 AttachNetworkInterface 用于绑定子机与弹性网卡。", "7. 其他接口", HEADER, "查询地域列表 DescribeRegions 用于查询地域信息。"]));
    expect(rows.map((r) => [r.name, r.category])).toEqual([
      ["AttachNetworkInterface", "网络相关接口"],
      ["DescribeRegions", "其他接口"],
    ]);
  });

  it("returns no row for text without names", () => {
    expect(readOverview(lines(["1. 实例相关接口", HEADER, "说明：当前页面接口为旧版 API。"]))).toEqual([]);
    expect(readOverview([])).toEqual([]);
  });
});
