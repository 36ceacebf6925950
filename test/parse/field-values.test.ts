import { describe, expect, it } from "vitest";
import { checkFieldValues } from "../../generator/parse/field-values.ts";
import { Diagnostics } from "../../generator/spec/diagnostics.ts";
import type { Field, Service } from "../../generator/spec/types.ts";

function service(fields: Field[]): Service {
  return {
    provider: "aliyun", service: "ecs", version: "2014-05-26", protocol: "aliyun-rpc", endpoint: "ecs.example.com", title: "",
    actions: [], types: [{ name: "DataDisk", description: "", fields }], errors: [],
  };
}

describe("checkFieldValues", () => {
  it("drops a value table that lists no values of the field's type (ECS DataDisk.n.Size)", () => {
    const size: Field = {
      name: "Size", type: "integer", required: false, description: "取值范围：\n- cloud：[5, 2000]\n- cloud_ssd：[20, 32768]",
      enum: [{ value: "cloud", description: "[5, 2000]" }, { value: "cloud_ssd", description: "[20, 32768]" }], enumClosed: true, source: { file: "d.txt", line: 7 },
    };
    const diag = new Diagnostics("d.txt");
    checkFieldValues(service([size]), diag);
    expect(size.enum).toBeUndefined();
    expect(size.enumClosed).toBeUndefined();
    expect(size.description).toContain("cloud：[5, 2000]");
    expect(diag.items.map((d) => [d.code, d.line])).toEqual([["field.value-table", 7]]);
  });

  it("keeps enumerations of the field's type, integer and boolean spellings included", () => {
    const fields: Field[] = [
      { name: "Status", type: { array: "integer" }, required: false, description: "", enum: [{ value: "1" }, { value: "2" }] },
      { name: "Force", type: "boolean", required: false, description: "", enum: [{ value: "TRUE" }, { value: "FALSE" }], enumClosed: true, default: "false" },
    ];
    const diag = new Diagnostics("d.txt");
    checkFieldValues(service(fields), diag);
    expect(fields.map((f) => f.enum?.length)).toEqual([2, 2]);
    expect(diag.items).toEqual([]);
  });

  it("reports a default outside a closed enumeration, and not one outside an open one", () => {
    const closed: Field = { name: "Mode", type: "string", required: false, description: "", enum: [{ value: "A" }, { value: "B" }], enumClosed: true, default: "C", source: { file: "d.txt", line: 3 } };
    const open: Field = { name: "Kind", type: "string", required: false, description: "", enum: [{ value: "A" }, { value: "B" }], default: "C" };
    const diag = new Diagnostics("d.txt");
    checkFieldValues(service([closed, open]), diag);
    expect(diag.items.map((d) => [d.code, d.line])).toEqual([["field.default-not-in-enum", 3]]);
  });
});
