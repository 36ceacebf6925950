// Member rows of a PDF sub-table, put below the container row they follow (generator/parse/tencent-v2-pdf/parse.ts).
import { describe, expect, it } from "vitest";
import { continuePath } from "../../../generator/parse/tencent-v2-pdf/parse.ts";

describe("continuePath", () => {
  const cases: { given: [string, string]; want: string }[] = [
    { given: ["instanceSet.", "instanceName"], want: "instanceSet.instanceName" }, // a bare member
    { given: ["data.detail.", "detail.n.sgId"], want: "data.detail.n.sgId" }, // restates the container (001:56954, 56958)
    { given: ["data.detail.", "sgId"], want: "data.detail.sgId" },
    { given: ["data.detail.", "details.n.sgId"], want: "data.detail.details.n.sgId" }, // another name: nested
  ];
  for (const c of cases) {
    it(`${c.given[1]} under ${c.given[0]} -> ${c.want}`, () => expect(continuePath(...c.given)).toBe(c.want));
  }
});
