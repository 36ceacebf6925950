import { describe, expect, it } from "vitest";
import { readDefaultValue } from "../../../generator/parse/text/default-value.ts";
import { splitDescription } from "../../../generator/parse/text/description.ts";

// given: what follows 默认值： in a bundled document; want: the value alone, or undefined for prose.
const cases: [string, string | undefined][] = [
  ["true该参数目前仅用于 RunInstances 接口", "true"],
  ["LOCAL_BASIC该参数对ResizeInstanceDisk接口无效", "LOCAL_BASIC"],
  ["True开机状态制作镜像，可能导致部分数据未备份，影响数据安全", "True"],
  ["TencentCloud取值范围：TencentCloud: 腾讯云官方许可", "TencentCloud"],
  ["true 这个参数只对独立云盘有效", "true"],
  ["0，您可以提交工单请将带宽范围设置成 [0, 200]", "0"],
  ["false, 即不对齐", "false"],
  ["3，表示当连续探测三次健康则表示该转发正常，可选值：2~10，单位：次", "3"],
  ["NOTIFY_AND_MANUAL_RENEW：通知过期不自动续费", "NOTIFY_AND_MANUAL_RENEW"],
  ["m - 月", "m"],
  ['"m"', "m"],
  ["1 Mbps", "1"],
  ["0Mbps", "0"],
  ["0.0.0.0/0", "0.0.0.0/0"],
  ["::/0", "::/0"],
  ["Others Linux", "Others Linux"],
  ["Legacy BIOS", "Legacy BIOS"],
  ["x86_64", "x86_64"],
  ["当前有库存的硬盘类型", undefined],
  ["非带宽包用户默认与子机付费类型保持一致", undefined],
  ["无，表示不改变当前的值", undefined],
  ["空", undefined],
  ["max{40, 参数ImageId对应的镜像大小}", undefined],
  ["", undefined],
];

describe("readDefaultValue", () => {
  it.each(cases)("%s -> %s", (given, want) => {
    expect(readDefaultValue(given)).toBe(want);
  });
});

describe("splitDescription keeps the default sentence in the description", () => {
  it("takes the value alone as the default (CVM DataDisk.DeleteWithInstance)", () => {
    const parts = splitDescription(["数据盘是否随子机销毁。取值范围：", "true：子机销毁时，销毁数据盘，只支持按小时后付费云盘", "false：子机销毁时，保留数据盘", "默认取值：true", "该参数目前仅用于 RunInstances 接口。"]);
    expect(parts.default).toBe("true");
    expect(parts.description).toContain("该参数目前仅用于 RunInstances 接口");
  });

  it("reads no default where the document gives prose in place of a value", () => {
    const parts = splitDescription(["硬盘介质类型。默认取值：当前有库存的硬盘类型。"]);
    expect(parts.default).toBeUndefined();
    expect(parts.description).toBe("硬盘介质类型。默认取值：当前有库存的硬盘类型。");
  });
});
