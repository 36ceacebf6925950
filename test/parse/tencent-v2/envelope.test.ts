import { describe, expect, it } from "vitest";
import { withEnvelope } from "../../../generator/parse/tencent-v2/envelope.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Field } from "../../../generator/spec/types.ts";

const f = (name: string, description = ""): Field => ({ name, type: "string", required: false, description });

describe("withEnvelope", () => {
  it("keeps the document's own code/message rows, first", () => {
    const diag = new Diagnostics("d");
    const out = withEnvelope([f("vpcId"), { ...f("code", "公共错误码"), type: "integer" }, f("message", "模块错误信息")], diag, 5, "CreateVpc");
    expect(out.map((x) => [x.name, x.description])).toEqual([["code", "公共错误码"], ["message", "模块错误信息"], ["vpcId", ""]]);
    expect(diag.items).toEqual([]);
  });
  it("supplies what the table leaves out, and says so", () => {
    const diag = new Diagnostics("d");
    const out = withEnvelope([f("taskId")], diag, 7, "X");
    expect(out.map((x) => [x.name, x.type])).toEqual([["code", "integer"], ["message", "string"], ["taskId", "string"]]);
    expect(diag.items[0]).toMatchObject({ code: "field.envelope", line: 7 });
  });
});
