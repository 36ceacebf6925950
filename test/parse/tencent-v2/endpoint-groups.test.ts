import { describe, expect, it } from "vitest";
import { groupByEndpoint, mainHost, reachableStructs, structCoverage } from "../../../generator/parse/tencent-v2/endpoint-groups.ts";
import type { Action, Struct } from "../../../generator/spec/types.ts";

const action = (name: string, refs: string[] = []): Action => ({
  name,
  title: name,
  description: "",
  input: refs.map((r) => ({ name: r.toLowerCase(), type: { array: { ref: r } }, required: false, description: "" })),
  output: [],
  errors: [],
  examples: [],
});
const struct = (name: string, refs: string[] = []): Struct => ({
  name,
  description: "",
  fields: refs.map((r) => ({ name: r.toLowerCase(), type: { ref: r }, required: false, description: "" })),
});

describe("endpoint groups", () => {
  const a = action("CreateVpc", ["CreateVpcSubnetSet"]);
  const b = action("DescribeEip", ["DescribeEipData"]);
  const c = action("DeleteVpc");
  const types = [struct("CreateVpcSubnetSet", ["Shared"]), struct("DescribeEipData", ["Shared"]), struct("Shared"), struct("Orphan")];

  it("picks the host most sections name, ties alphabetically", () => {
    expect(mainHost([{ action: a, host: "vpc.x" }, { action: b, host: "eip.x" }, { action: c, host: "vpc.x" }])).toBe("vpc.x");
    expect(mainHost([{ action: a, host: "vpc.x" }, { action: b, host: "eip.x" }])).toBe("eip.x");
    expect(mainHost([{ action: a }])).toBeUndefined();
  });

  it("splits by host in document order; structures follow their users (shared ones go to both), orphans to the main host", () => {
    const groups = groupByEndpoint([{ action: a, host: "vpc.x" }, { action: b, host: "eip.x" }, { action: c }], types, "vpc.x");
    expect(groups.map((g) => [g.service, g.host, g.actions.map((x) => x.name), g.types.map((t) => t.name)])).toEqual([
      ["vpc", "vpc.x", ["CreateVpc", "DeleteVpc"], ["CreateVpcSubnetSet", "Shared", "Orphan"]],
      ["eip", "eip.x", ["DescribeEip"], ["DescribeEipData", "Shared"]],
    ]);
  });

  it("follows references through structures and counts dangling ones", () => {
    expect([...reachableStructs([a], new Map(types.map((t) => [t.name, t])))]).toEqual(["CreateVpcSubnetSet", "Shared"]);
    expect(structCoverage([a], [types[0]!])).toEqual({ structsReferenced: 2, structsDefined: 1, danglingRefs: ["Shared"] });
  });
});
