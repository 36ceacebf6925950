// The retry-safety facts a generated command passes to client.send (issue 19 item 1): read-only by
// the action's verb, and the client token by the protocol descriptor's names for one.
import { describe, expect, it } from "vitest";
import { actionTraitsArgument } from "../../../generator/emit/client/model.ts";
import { clientTokenParameters } from "../../../generator/spec/protocols.ts";
import type { Field } from "../../../generator/spec/types.ts";

const field = (name: string): Field => ({ name, type: "string", required: false, description: "" });

describe("actionTraitsArgument", () => {
  it.each([
    { name: "DescribeInstances", input: [], protocol: "tc3", want: ", { readOnly: true }" },
    { name: "ListTags", input: [], protocol: "aliyun-rpc", want: ", { readOnly: true }" },
    { name: "Describer", input: [], protocol: "tc3", want: "" }, // a verb only when a word ends there
    { name: "RunInstances", input: [field("ImageId"), field("ClientToken")], protocol: "tc3", want: ', { clientToken: "ClientToken" }' },
    { name: "RunInstances", input: [field("clientToken")], protocol: "tencent-v2", want: ', { clientToken: "clientToken" }' },
    // Names are the wire's: a spelling the protocol does not use is not its token.
    { name: "RunInstances", input: [field("clientToken")], protocol: "tc3", want: "" },
    { name: "CreateInstance", input: [field("client_token")], protocol: "aliyun-rpc", want: "" },
    { name: "InquiryPriceRunInstances", input: [field("ClientToken")], protocol: "tc3", want: ', { readOnly: true, clientToken: "ClientToken" }' },
    { name: "ResetInstancesPassword", input: [field("Password")], protocol: "tc3", want: "" },
  ] as const)("$name ($protocol) -> '$want'", ({ name, input, protocol, want }) => {
    expect(actionTraitsArgument({ name, input: [...input] }, clientTokenParameters(protocol))).toBe(want);
  });
});
