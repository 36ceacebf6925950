// Unit tests of the error-code table reader (generator/parse/aliyun-rpc/errors.ts) on rows copied
// from spec/sources/aliyun-apsara-ecs-2014-05-26.txt (004). Rows carry their document line numbers.
import { describe, expect, it } from "vitest";
import { errorsFromRows } from "../../../generator/parse/aliyun-rpc/errors.ts";
import { columnsOf, type ErrorColumns } from "../../../generator/parse/aliyun-rpc/tables.ts";
import type { TabRow } from "../../../generator/parse/text/tab-table.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { ErrorCode } from "../../../generator/spec/types.ts";

const FILE = "ecs.txt";

/** TAB lines as table rows, the first at line `first`, padded to the header's width. */
function rows(first: number, width: number, texts: string[]): TabRow[] {
  return texts.map((t, i) => {
    const cells = t.split("\t").map((c) => c.trim());
    while (cells.length < width) cells.push("");
    return { cells, line: first + i };
  });
}

function read(header: string, first: number, texts: string[], kind?: ErrorCode["kind"]) {
  const columns = columnsOf(header.split("\t")) as ErrorColumns;
  expect(columns.kind).toBe("errors");
  const diag = new Diagnostics(FILE);
  const errors = errorsFromRows(rows(first, header.split("\t").length, texts), columns, FILE, diag, kind);
  return { errors, diag: diag.items.map((d) => [d.severity, d.code, d.line]), items: diag.items };
}

const ACTION_HEADER = "错误代码\t描述\tHttp 状态码\t语义";

describe("errorsFromRows: per-action tables", () => {
  it("reads code, HTTP status and a description of the meaning then the server message (004:1182-1183, StartInstance)", () => {
    const { errors, diag } = read(ACTION_HEADER, 1182, [
      "InvalidInstanceId.NotFound\tThe InstanceId provided does not exist in our records.\t404\t指定的 InstanceId 不存在。",
      'MissingParameter\tThe input parameter "InstanceId" that is mandatory for processing this request is not supplied.\t400\t缺少 InstanceId 值。',
    ]);
    expect(errors).toEqual([
      { code: "InvalidInstanceId.NotFound", description: "指定的 InstanceId 不存在。\nThe InstanceId provided does not exist in our records.", httpStatus: 404, source: { file: FILE, line: 1182 } },
      {
        code: "MissingParameter",
        description: '缺少 InstanceId 值。\nThe input parameter "InstanceId" that is mandatory for processing this request is not supplied.',
        httpStatus: 400,
        source: { file: FILE, line: 1183 },
      },
    ]);
    expect(diag).toEqual([]);
  });

  it("swaps a row whose code sits in the message column, and warns (004:1190 `DiskError⇥IncorrectDiskStatus`)", () => {
    const { errors, diag, items } = read(ACTION_HEADER, 1189, [
      "InstanceNotReady\tThe specified instance is not ready for use.\t403\t指定的 Instance 还没有创建完。",
      "DiskError\tIncorrectDiskStatus\t403\t不正常的磁盘状态。",
    ]);
    expect(errors.map((e) => [e.code, e.description, e.httpStatus])).toEqual([
      ["InstanceNotReady", "指定的 Instance 还没有创建完。\nThe specified instance is not ready for use.", 403],
      ["IncorrectDiskStatus", "不正常的磁盘状态。\nDiskError", 403],
    ]);
    expect(diag).toEqual([["warning", "error.shifted", 1190]]);
    expect(items[0]!.file).toBe(FILE);
    expect(items[0]!.message).toContain('"DiskError"');
  });

  it("does not swap when the message is a lower-case word or repeats the code", () => {
    const { errors, diag } = read(ACTION_HEADER, 10, ["Throttling\tthrottled\t400\t请求过多。", "Throttling\tThrottling\t400\t请求过多。"]);
    expect(errors.map((e) => [e.code, e.description])).toEqual([
      ["Throttling", "请求过多。\nthrottled"],
      ["Throttling", "请求过多。\nThrottling"],
    ]);
    expect(diag).toEqual([]);
  });

  it("joins a code the PDF split with a space, and warns (004:1111 `InvalidSnapshotId.BasedSnapshot TooOld`)", () => {
    const { errors, diag } = read("错误代码\t描述\tHttp状态码\t语义", 1111, ["InvalidSnapshotId.BasedSnapshot TooOld\tThe specified snapshot is created before 2013-07-15.\t400\t使用了2013-07-15之前创建的Snapshot。"]);
    expect(errors.map((e) => [e.code, e.httpStatus, e.source?.line])).toEqual([["InvalidSnapshotId.BasedSnapshotTooOld", 400, 1111]]);
    expect(diag).toEqual([["warning", "error.code-repaired", 1111]]);
  });

  it("keeps a row with an empty message: the description is the meaning alone (004:3697)", () => {
    const { errors, diag } = read("错误代码\t描述\tHttp状态码\t语义", 3697, ["InvalidFilterKey.NotFound\t\t404\t指定的起始时间或到期时间参数错误。"]);
    expect(errors).toEqual([{ code: "InvalidFilterKey.NotFound", description: "指定的起始时间或到期时间参数错误。", httpStatus: 404, source: { file: FILE, line: 3697 } }]);
    expect(diag).toEqual([]);
  });

  it("reads negative numeric codes of a table without an HTTP column, without a status warning (004:3463-3464, migrate_disk)", () => {
    const { errors, diag } = read("code\tmessage\t描述", 3463, [
      "-14000400\tmiagrate specfied dst region is invalid.\t指定的目标region与源region不同。",
      "-14000401\tparameter error, parameter is not null.\t参数不能为空。",
    ]);
    expect(errors).toEqual([
      { code: "-14000400", description: "指定的目标region与源region不同。\nmiagrate specfied dst region is invalid.", source: { file: FILE, line: 3463 } },
      { code: "-14000401", description: "参数不能为空。\nparameter error, parameter is not null.", source: { file: FILE, line: 3464 } },
    ]);
    expect(diag).toEqual([]);
  });

  it("takes the HTTP status from the first column when the header puts it there (004:3911, ExportSnapshot)", () => {
    const { errors } = read("HttpCode\t错误码\t错误信息\t描述", 3911, ["403\tSNAPSHOT_NOT_EXIST\tThe specified snapshot is not exists.\t指定快照不存在。"]);
    expect(errors).toEqual([{ code: "SNAPSHOT_NOT_EXIST", description: "指定快照不存在。\nThe specified snapshot is not exists.", httpStatus: 403, source: { file: FILE, line: 3911 } }]);
  });
});

describe("errorsFromRows: bad rows", () => {
  it("skips a row without a code and names its line", () => {
    const { errors, diag, items } = read(ACTION_HEADER, 50, ["指定的 Instance 不存在。\tx\t404\ty", "\tThe specified Image is disabled.\t403\t镜像不可用。", "OperationDenied\tThe specified Image is disabled or is deleted.\t403\t镜像不可用或者不存在。"]);
    expect(errors.map((e) => [e.code, e.source?.line])).toEqual([["OperationDenied", 52]]);
    expect(diag).toEqual([
      ["warning", "error.code", 50],
      ["warning", "error.code", 51],
    ]);
    expect(items[0]!.message).toContain("指定的 Instance");
  });

  it("keeps a row whose HTTP cell is no status code, without a status, and warns with the cell", () => {
    const { errors, diag, items } = read(ACTION_HEADER, 60, ["InternalError\tThe request processing has failed due to some unknown error.\t-\t内部错误。", "Forbidden\tUser not authorized.\t4033\t无权限。"]);
    expect(errors.map((e) => [e.code, e.httpStatus])).toEqual([
      ["InternalError", undefined],
      ["Forbidden", undefined],
    ]);
    expect(diag).toEqual([
      ["warning", "error.http", 60],
      ["warning", "error.http", 61],
    ]);
    expect(items[1]!.message).toBe('HTTP status of Forbidden reads "4033", not a status code');
  });
});

describe("errorsFromRows: the common table 1.18.4", () => {
  it("reads `错误代码⇥Http 状态码⇥错误信息`, marks every code common and keeps repeated codes (004:9711-9712, 9716-9717)", () => {
    const header = "错误代码\tHttp 状态码\t错误信息";
    const { errors, diag } = read(
      header,
      9711,
      [
        'InvalidParamater\t400\tThe specified parameter "SignatureMethod" is not valid.',
        'InvalidParamater\t400\tThe specified parameter "SignatureVersion" is not valid.',
      ],
      "common",
    );
    const more = read(header, 9716, ['MissingParameter\t400\tThe input parameter "Action" that is mandatory for processing this request is not supplied.', 'MissingParameter\t400\tThe input parameter "AccessKeyId" that is mandatory for processing this request is not supplied'], "common");
    expect([...errors, ...more.errors].map((e) => [e.code, e.httpStatus, e.kind, e.source?.line])).toEqual([
      ["InvalidParamater", 400, "common", 9711],
      ["InvalidParamater", 400, "common", 9712],
      ["MissingParameter", 400, "common", 9716],
      ["MissingParameter", 400, "common", 9717],
    ]);
    expect(errors[1]!.description).toBe('The specified parameter "SignatureVersion" is not valid.');
    expect([...diag, ...more.diag]).toEqual([]);
  });
});
