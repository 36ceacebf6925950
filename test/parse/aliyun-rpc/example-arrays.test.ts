import { describe, expect, it } from "vitest";
import { applyExampleArrays } from "../../../generator/parse/aliyun-rpc/example-arrays.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";
import type { Action, Field, Struct, Type } from "../../../generator/spec/types.ts";

const field = (name: string, type: Type, line = 1): Field => ({ name, type, required: false, description: "", source: { file: "004", line } });
const struct = (name: string, fields: Field[]): Struct => ({ name, description: "", fields, usage: "output" });
const action = (name: string, output: Field[], outputs: Record<string, unknown>[]): Action =>
  ({ name, title: "", description: "", input: [], output, errors: [], examples: outputs.map((o) => ({ title: "", input: {}, output: o })) }) as unknown as Action;

// The shapes of 004's data types: SecurityGroupIdSetType (8754), IpAddressSetType (8559), an instance type holding both.
function ecsLike() {
  const groups = struct("SecurityGroupIdSetType", [field("SecurityGroupId", "string", 8769)]);
  const ips = struct("IpAddressSetType", [field("IpAddress", "string", 8574)]);
  const instance = struct("InstanceAttributesType", [
    field("InstanceId", "string"),
    field("SecurityGroupIds", { ref: "SecurityGroupIdSetType" }),
    field("PublicIpAddress", { ref: "IpAddressSetType" }),
  ]);
  const wrapper = struct("DescribeInstancesInstances", [field("Instance", { array: { ref: "InstanceAttributesType" } })]);
  return { groups, ips, instance, types: [groups, ips, instance, wrapper] };
}

describe("applyExampleArrays", () => {
  it("types a member the examples return as a list as a list of the table's type, through wrappers and item arrays", () => {
    const { groups, ips, types } = ecsLike();
    const describeInstances = action("DescribeInstances", [field("Instances", { ref: "DescribeInstancesInstances" })], [
      { Instances: { Instance: [{ InstanceId: "i-1", SecurityGroupIds: { SecurityGroupId: ["sg-1"] }, PublicIpAddress: { IpAddress: [] } }] } },
    ]);
    const diag = new Diagnostics("004");
    expect(applyExampleArrays([describeInstances], types, diag)).toBe(2);
    expect(groups.fields[0]!.type).toEqual({ array: "string" });
    expect(ips.fields[0]!.type).toEqual({ array: "string" });
    const notes = diag.items.filter((d) => d.code === "type.example-array");
    expect(notes.map((d) => [d.line, d.message])).toEqual([
      [8769, "SecurityGroupIdSetType.SecurityGroupId: the table types it string and the examples return a list; typed as string[]"],
      [8574, "IpAddressSetType.IpAddress: the table types it string and the examples return a list; typed as string[]"],
    ]);
  });

  it("changes nothing where examples disagree (and says so), where none shows the member, or where the items do not fit the type", () => {
    const { groups, ips, instance, types } = ecsLike();
    const a = action("DescribeA", [field("Instance", { ref: "InstanceAttributesType" })], [{ Instance: { SecurityGroupIds: { SecurityGroupId: ["sg-1"] } } }]);
    const b = action("DescribeB", [field("Instance", { ref: "InstanceAttributesType" })], [{ Instance: { SecurityGroupIds: { SecurityGroupId: "sg-2" } } }]);
    // A list of objects is not a list of the table's strings.
    const c = action("DescribeC", [field("Ip", { ref: "IpAddressSetType" })], [{ Ip: { IpAddress: [{ Address: "10.0.0.1" }] } }]);
    const diag = new Diagnostics("004");
    expect(applyExampleArrays([a, b, c], types, diag)).toBe(0);
    expect(groups.fields[0]!.type).toBe("string");
    expect(ips.fields[0]!.type).toBe("string");
    expect(instance.fields[0]!.type).toBe("string");
    expect(diag.items.map((d) => d.code)).toEqual(["type.example-conflict"]);
    expect(diag.items[0]!.message).toBe("SecurityGroupIdSetType.SecurityGroupId: the examples return it as a list 1 time(s) and as a single value 1 time(s); kept as the table types it");
  });

  it("also retypes a response's own member, and follows a structure that contains itself without looping", () => {
    const node = struct("Node", [field("Name", "string"), field("Child", { ref: "Node" })]);
    const list = action("DescribeRefs", [field("References", { ref: "Node" }), field("Tags", "string")], [
      { References: { Name: "a", Child: { Name: "b", Child: { Name: "c" } } }, Tags: ["x", "y"] },
    ]);
    const diag = new Diagnostics("004");
    expect(applyExampleArrays([list], [node], diag)).toBe(1);
    expect(list.output[1]!.type).toEqual({ array: "string" });
    expect(node.fields[1]!.type).toEqual({ ref: "Node" });
    expect(diag.items[0]!.message).toBe("DescribeRefs response.Tags: the table types it string and the examples return a list; typed as string[]");
  });
});
