import { describe, expect, it } from "vitest";
import { joinProse, splitDescription } from "../../../generator/parse/text/description.ts";

describe("splitDescription", () => {
  it("takes the example value off the last line (001 struct Placement)", () => {
    expect(splitDescription(["IP地址ID，例如：eipm-2uw6ujo6。", "示例值：eipm-2uw6ujo6"])).toEqual({
      description: "IP地址ID，例如：eipm-2uw6ujo6。",
      example: "eipm-2uw6ujo6",
    });
  });

  it("joins an example wrapped over lines with nothing (a JSON array cut inside a string)", () => {
    const parts = splitDescription([
      "路由策略。",
      '示例值：[{"DestinationCidrBlock": "10.0.0.0/24", "GatewayId": "nat-',
      'irmuq4z4"}]',
    ]);
    expect(parts.example).toBe('[{"DestinationCidrBlock": "10.0.0.0/24", "GatewayId": "nat-irmuq4z4"}]');
    expect(parts.description).toBe("路由策略。");
  });

  it("reads an example whose value is on the next line", () => {
    expect(splitDescription(["容器日志。", "示例值：", "aGVsbG8="]).example).toBe("aGVsbG8=");
  });

  it("turns the null note into nullable and leaves it out of the text", () => {
    const parts = splitDescription(["节点详细信息的列表", "注意：此字段可能返回 null，表示取不到有效值。", "示例值：10"]);
    expect(parts).toEqual({ description: "节点详细信息的列表", nullable: true, example: "10" });
  });

  it("stops an example at a null note that follows it", () => {
    const parts = splitDescription(["名称。", "示例值：abc", "注意：此字段可能返回 null，表示取不到有效值。"]);
    expect(parts).toEqual({ description: "名称。", example: "abc", nullable: true });
  });

  it("joins wrapped CJK lines without spaces", () => {
    const parts = splitDescription([
      "唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位",
      "问题时需要提供该次请求的 RequestId。",
    ]);
    expect(parts.description).toBe(
      "唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。",
    );
  });

  it("reads a closed enumeration and its default (001 StopInstances StopType)", () => {
    const parts = splitDescription([
      "关机类型。取值范围：",
      "SOFT：表示软关机",
      "HARD：表示硬关机",
      "SOFT_FIRST：表示优先软关机，失败再执行硬关机",
      "默认取值：SOFT。",
    ]);
    expect(parts.enum).toEqual([
      { value: "SOFT", description: "表示软关机" },
      { value: "HARD", description: "表示硬关机" },
      { value: "SOFT_FIRST", description: "表示优先软关机，失败再执行硬关机" },
    ]);
    expect(parts.enumClosed).toBe(true);
    expect(parts.default).toBe("SOFT");
    expect(parts.description).toBe("关机类型。取值范围：\nSOFT：表示软关机\nHARD：表示硬关机\nSOFT_FIRST：表示优先软关机，失败再执行硬关机\n默认取值：SOFT。");
  });

  it("continues a wrapped enumeration meaning (001 RunInstances InstanceChargeType)", () => {
    const parts = splitDescription([
      "实例计费类型。",
      "PREPAID：预付费，即包年包月",
      "POSTPAID_BY_HOUR：按小时后付费",
      "CDHPAID：独享子机（基于专用宿主机创建，宿主机部分的资源不收",
      "费）",
      "SPOTPAID：竞价付费",
      "默认值：POSTPAID_BY_HOUR。",
    ]);
    expect(parts.enum?.map((v) => v.value)).toEqual(["PREPAID", "POSTPAID_BY_HOUR", "CDHPAID", "SPOTPAID"]);
    expect(parts.enum?.[2]?.description).toBe("独享子机（基于专用宿主机创建，宿主机部分的资源不收费）");
    expect(parts.enumClosed).toBeUndefined();
    expect(parts.default).toBe("POSTPAID_BY_HOUR");
  });

  it("does not read Filter sub-list labels or a single colon line as an enumeration", () => {
    expect(splitDescription(["过滤条件。", "类型：String", "必选：否"]).enum).toBeUndefined();
    expect(splitDescription(["true：发送检查请求，不会创建实例。"]).enum).toBeUndefined();
  });

  it("reads a default given mid-sentence", () => {
    expect(splitDescription(["购买实例数量。取值范围：[1，100]。默认取值：1。指定购买实例的数量不能超过配额"]).default).toBe("1");
  });

  it("accepts a single string", () => {
    expect(splitDescription("a\nb")).toEqual({ description: "a b" });
  });
});

describe("joinProse", () => {
  it("keeps list items on lines of their own", () => {
    expect(joinProse(["其中，", "- TC3-HMAC-SHA256：签名方法，目前固定取该值；", "- Credential：签名凭证，AKID*** 是", "SecretId"])).toBe(
      "其中，\n- TC3-HMAC-SHA256：签名方法，目前固定取该值；\n- Credential：签名凭证，AKID*** 是SecretId",
    );
  });
});

describe("splitDescription with several example values", () => {
  it("keeps the last as the example and the earlier one in the text (003 FirewallRule.CidrBlock)", () => {
    const parts = splitDescription([
      "IPv4网段或 IPv4地址(互斥)。",
      "示例值：0.0.0.0/0。",
      "和Ipv6CidrBlock互斥，两者都不指定时，如果Protocol不是ICMPv6，则取默认值0.0.0.0/0。",
      "示例值：0.0.0.0/0",
    ]);
    expect(parts.example).toBe("0.0.0.0/0");
    expect(parts.description).toBe(
      "IPv4网段或 IPv4地址(互斥)。示例值：0.0.0.0/0。和Ipv6CidrBlock互斥，两者都不指定时，如果Protocol不是ICMPv6，则取默认值0.0.0.0/0。",
    );
  });
  it("continues a JSON example holding CJK text while its brackets are open", () => {
    const parts = splitDescription(['示例值：[{"Name": "华北', '地区"}]']);
    expect(parts.example).toBe('[{"Name": "华北地区"}]');
  });
});

describe("filter lists in a description (001:9905-9915)", () => {
  it("keeps each filter's name, 按照… text, 类型 and 必选 on lines of their own", () => {
    const parts = splitDescription([
      "过滤条件。",
      "zone",
      "按照【可用区】进行过滤。可用区例如：ap-guangzhou-",
      "1。",
      "类型：String",
      "必选：否",
      "可选项：可用区列表",
      "project-id",
      "按照【项目ID】进行过滤。",
      "类型：Integer",
      "必选：否",
    ]);
    expect(parts.description).toBe(
      "过滤条件。\nzone\n按照【可用区】进行过滤。可用区例如：ap-guangzhou-1。\n类型：String\n必选：否\n可选项：可用区列表\nproject-id\n按照【项目ID】进行过滤。\n类型：Integer\n必选：否",
    );
  });
  it("leaves a lowercase word that merely wraps in prose joined", () => {
    expect(splitDescription(["the value of the", "zone", "field"]).description).toBe("the value of the zone field");
  });
});

describe("a line separator inside a value (issue 14 item 8)", () => {
  it("keeps the 示例值 whose value holds U+2028 or U+2029", () => {
    expect(splitDescription(["所有的节点数量。", "示例值：a\u2028b"])).toEqual({ description: "所有的节点数量。", example: "a\u2028b" });
    expect(splitDescription(["示例值：[\"x\u2029y\"]"]).example).toBe('["x\u2029y"]');
  });
  it("keeps an enumeration line whose meaning holds U+2028", () => {
    expect(splitDescription(["取值：", "PREPAID：预付\u2028费", "POSTPAID：后付费"]).enum).toEqual([
      { value: "PREPAID", description: "预付\u2028费" },
      { value: "POSTPAID", description: "后付费" },
    ]);
  });
});

// Issue 20 construct 6: an example value wrapped onto the next line, in a document that prints
// 示例值 last in its cells (API 3.0: exampleLast), is one value even where the wrap holds CJK text.
describe("splitDescription: a wrapped example value", () => {
  const table: { given: string[]; exampleLast: boolean; want: { description: string; example?: string; nullable?: true } }[] = [
    { given: ["地域名称。", "注意：此字段可能返回 null，表示取不到有效值。", "示例值：华南地区（广", "州）"], exampleLast: true, want: { description: "地域名称。", example: "华南地区（广州）", nullable: true } },
    { given: ["实例名称。", "示例值：", "我的实例"], exampleLast: true, want: { description: "实例名称。", example: "我的实例" } },
    { given: ["镜像 ID。", "示例值：img-", "8toqc6s3"], exampleLast: true, want: { description: "镜像 ID。", example: "img-8toqc6s3" } },
    // Without the option, prose after the value still ends it (documents that print more after 示例值).
    { given: ["实例名称。", "示例值：abc", "更多说明。"], exampleLast: false, want: { description: "实例名称。更多说明。", example: "abc" } },
  ];
  it.each(table)("$given", ({ given, exampleLast, want }) => {
    const parts = splitDescription(given, { exampleLast });
    expect({ description: parts.description, example: parts.example, ...(parts.nullable ? { nullable: true } : {}) }).toEqual({ example: undefined, ...want });
  });
});
