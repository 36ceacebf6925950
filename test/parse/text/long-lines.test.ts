// Lines of 80,000 spaces (issue 14 item 5): the passes that backtracked over them now read them
// in one pass; these pin what they read (the time is in test/bench/parse.bench.ts).
import { describe, expect, it } from "vitest";
import { parseRegions } from "../../../generator/parse/tencent-api3/service-info.ts";
import type { CleanLine } from "../../../generator/parse/text/page-noise.ts";

const lines = (texts: string[]): CleanLine[] => texts.map((text, i) => ({ text, line: i + 1, pageStart: false }));
const SPACES = " ".repeat(80_000);

describe("endpoint rows of 请求结构 (tencent-api3)", () => {
  it("reads the name and host around any run of spaces, and nothing from a line that only looks like one", () => {
    const regions = parseRegions(
      lines([
        "华南地区（广州） ecm.ap-guangzhou.tencentcloudapi.com",
        `华东地区（上海）${SPACES}ecm.ap-shanghai.tencentcloudapi.com`,
        `x${SPACES}x`,
        ` 前导空格 ecm.ap-beijing.tencentcloudapi.com`,
        "ecm.ap-nanjing.tencentcloudapi.com",
        "其他 cvm.ap-chengdu.tencentcloudapi.com",
        "西南 地区 ecm.ap-chongqing.tencentcloudapi.com",
      ]),
      "ecm",
    );
    expect(regions).toEqual([
      { id: "ap-guangzhou", name: "华南地区（广州）", endpoint: "ecm.ap-guangzhou.tencentcloudapi.com" },
      { id: "ap-shanghai", name: "华东地区（上海）", endpoint: "ecm.ap-shanghai.tencentcloudapi.com" },
      { id: "ap-chongqing", name: "西南 地区", endpoint: "ecm.ap-chongqing.tencentcloudapi.com" },
    ]);
  });
});
