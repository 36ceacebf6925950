import { describe, expect, it } from "vitest";
import { columnsOf, readTables } from "../../../generator/parse/aliyun-rpc/tables.ts";

const h = (s: string) => s.split("\t");

describe("columnsOf: the header variants of 004", () => {
  it.each([
    ["错误代码\t描述\tHttp 状态码\t语义", { code: 0, message: 1, http: 2, meaning: 3 }],
    ["错误代码\t错误信息\tHTTP 状态码\t说明", { code: 0, message: 1, http: 2, meaning: 3 }],
    ["错误代码\t描述\tHttp状态码\t语义", { code: 0, message: 1, http: 2, meaning: 3 }],
    ["code\tmessage\t描述", { code: 0, message: 1, meaning: 2 }],
    ["HttpCode\t错误码\t错误信息\t描述", { http: 0, code: 1, message: 2, meaning: 3 }],
    ["错误代码\tHttp 状态码\t错误信息", { code: 0, http: 1, message: 2 }],
  ])("error table %s", (header, expected) => {
    expect(columnsOf(h(header))).toEqual({ kind: "errors", ...expected });
  });

  it("request tables (是否必须 / 是否必需) and response tables", () => {
    expect(columnsOf(h("名称\t类型\t是否必须\t描述"))).toEqual({ kind: "params", name: 0, type: 1, required: 2, description: 3 });
    expect(columnsOf(h("名称\t类型\t是否必需\t描述"))).toEqual({ kind: "params", name: 0, type: 1, required: 2, description: 3 });
    expect(columnsOf(h("名称\t类型\t描述"))).toEqual({ kind: "params", name: 0, type: 1, description: 2 });
  });

  it("is not fooled by data rows: a member named Code (004:1517), an ErrorCode row (004:9211), the TOC", () => {
    expect(columnsOf(h("Code\tInteger\t判断是否成功收回实例 RAM 角色。"))).toBeUndefined();
    expect(columnsOf(h("ErrorCode\tString\t错误码。"))).toBeUndefined();
    expect(columnsOf(h("1.5.1. RunInstances\t26"))).toBeUndefined();
  });
});

describe("readTables", () => {
  it("joins page-split pieces and folds an empty-leading-cell row into the description above (004:6588-6591)", () => {
    const lines = [
      "名称\t类型\t是否必需\t描述",
      "SourceGroupOwnerAccount\tString\t否\t跨账户。",
      "",
      "名称\t类型\t是否必需\t描述",
      "SourceGroupOwner Id\tString\t否\t跨账户设置安全组规则时。",
      "\t\t\t如果您已经设置参数SourceCidrIp，则参数SourceGroup OwnerId 无效。",
      "Priority\tString\t否\t优先级。",
      "------\t----\t----------\t----",
    ];
    const { tables, problems } = readTables(lines, 1, lines.length);
    expect(problems).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.table.rows.map((r) => [r.cells[0], r.line])).toEqual([["SourceGroupOwnerAccount", 2], ["SourceGroupOwner Id", 5], ["Priority", 7]]);
    expect(tables[0]!.table.rows[1]!.cells[3]).toBe("跨账户设置安全组规则时。\n如果您已经设置参数SourceCidrIp，则参数SourceGroup OwnerId 无效。");
  });
});
