import { describe, expect, it } from "vitest";
import { isSeparatorRow, isSpillRow, readTabTables, splitTabRow } from "../../../generator/parse/text/tab-table.ts";

const ERR = (cells: string[]) => cells.join("\t") === "错误码\t描述";

describe("readTabTables", () => {
  it("reads header-keyed rows and the caption above the table", () => {
    const lines = ["Data结构", "", "参数名称\t类型\t描述", "data.eipSet\tArray\t返回EIP信息列表", "data.eipSet.eipId\tString\tEIP实例ID"];
    const { tables, problems } = readTabTables(lines, 1, lines.length, { isHeader: (c) => c[0] === "参数名称" });
    expect(problems).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.label).toEqual({ text: "Data结构", line: 1 });
    expect(tables[0]!.rows.map((r) => [r.cells[0], r.line])).toEqual([["data.eipSet", 4], ["data.eipSet.eipId", 5]]);
  });

  it("joins the pieces of a table cut by a page break that repeated the header (002:5518-5523)", () => {
    const lines = ["错误码\t描述", "InvalidRouteNextHub.NotFound\t下一跳地址不存在", "", "错误码\t描述", "InvalidRoute.NextHubLimitExceeded\t公网网关ECMP"];
    const { tables } = readTabTables(lines, 1, lines.length, { isHeader: ERR });
    expect(tables).toHaveLength(1);
    expect(tables[0]!.repeatedHeaders).toEqual([4]);
    expect(tables[0]!.rows.map((r) => r.cells[0])).toEqual(["InvalidRouteNextHub.NotFound", "InvalidRoute.NextHubLimitExceeded"]);
  });

  it("continues a table after a page break that lost the header (002:12811-12815)", () => {
    const lines = ["错误码数值\t原因", "7000\t安全组后台异常", "7001\t安全组不属于当前用户", "", "7002\t规则数量超过配额"];
    const { tables, problems } = readTabTables(lines, 1, lines.length, { isHeader: (c) => c[0] === "错误码数值" });
    expect(problems).toEqual([]);
    expect(tables[0]!.rows.map((r) => r.cells[0])).toEqual(["7000", "7001", "7002"]);
  });

  it("drops markdown separator rows and appends a spilled '.⇥⇥' row to the previous cell (002:4750-4751)", () => {
    const lines = ["参数名称\t类型\t描述", "------\t----\t----", "code\tInt\t详见 错误码 页面的 公共错误码", ".\t\t", "message\tString\t模块错误信息描述"];
    const { tables } = readTabTables(lines, 1, lines.length, { isHeader: (c) => c[0] === "参数名称" });
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([
      ["code", "Int", "详见 错误码 页面的 公共错误码."],
      ["message", "String", "模块错误信息描述"],
    ]);
  });

  it("ends a table at a text line, so the next table is separate and has its own caption", () => {
    const lines = ["错误码\t描述", "A\ta", "5. 示例", "错误码\t描述", "B\tb"];
    const { tables } = readTabTables(lines, 1, lines.length, { isHeader: ERR });
    expect(tables).toHaveLength(2);
    expect(tables[1]!.label?.text).toBe("5. 示例");
  });

  it("reports a header cut off from its rows and rows without a header, with their lines", () => {
    const lines = ["错误码\t描述", "", "说明文字", "Orphan\trow"];
    const { tables, problems } = readTabTables(lines, 1, lines.length, { isHeader: ERR });
    expect(tables).toHaveLength(1);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ["table.stray-row", 4],
      ["table.empty", 1],
    ]);
  });

  it("joins cells beyond the header's width into the last cell and reports it", () => {
    const lines = ["错误码\t描述", "A\tfirst\tsecond"];
    const { tables, problems } = readTabTables(lines, 1, 2, { isHeader: ERR });
    expect(tables[0]!.rows[0]!.cells).toEqual(["A", "first second"]);
    expect(problems[0]!.code).toBe("table.width");
  });

  it("scans only the range it is given", () => {
    const lines = ["错误码\t描述", "A\ta", "", "错误码\t描述", "B\tb"];
    expect(readTabTables(lines, 4, 5, { isHeader: ERR }).tables[0]!.rows.map((r) => r.line)).toEqual([5]);
  });
});

describe("row helpers", () => {
  it("splits and trims cells, keeping a trailing empty cell", () => {
    expect(splitTabRow("## 5. 示例\t")).toEqual(["## 5. 示例", ""]);
  });
  it("tells separator and spill rows", () => {
    expect(isSeparatorRow(["----", "----", "--------"])).toBe(true);
    expect(isSeparatorRow(["----", "String"])).toBe(false);
    expect(isSpillRow([".", "", ""])).toBe(true);
    expect(isSpillRow(["code", "", ""])).toBe(false);
  });
});
