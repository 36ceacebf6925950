// The protocol descriptor (issue 19, item 10): one entry per protocol the spec schema allows, read by
// every emitter, the conformance checks and the mock instead of `protocol === "..."` branches.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../generator/pipeline/generate.ts";
import { clientTokenParameters, envelopeMembers, PROTOCOLS, protocolOf } from "../../generator/spec/protocols.ts";
import { SCHEMA_PATH } from "../../generator/spec/validate.ts";

/**
 * Files that may still compare a protocol by name, and why: the mock's request readers are the
 * mock-side counterpart of the runtime signers (how a protocol's request looks on the wire, and
 * how its signature is checked), which a new protocol adds beside its runtime signer anyway.
 */
const ALLOWED: Record<string, string> = {
  "generator/mock/protocols.ts": "per-protocol wire readers and signature checks, the counterpart of the runtime signers",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("protocol descriptors", () => {
  it("describe exactly the protocols the spec schema allows, each under its own name", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as { properties: { protocol: { enum: string[] } } };
    expect(Object.keys(PROTOCOLS).sort()).toEqual([...schema.properties.protocol.enum].sort());
    for (const [name, descriptor] of Object.entries(PROTOCOLS)) expect(descriptor.name).toBe(name);
  });

  it("name for each protocol a runtime class of its own that the runtime exports", () => {
    const all = Object.values(PROTOCOLS);
    expect(new Set(all.map((p) => p.runtimeClass)).size).toBe(all.length);
    const runtimeIndex = readFileSync(join(REPO_ROOT, "templates/runtime/src/index.ts"), "utf8");
    for (const p of all) expect(runtimeIndex).toContain(p.runtimeClass);
  });

  it("answer the questions the emitters ask", () => {
    expect(envelopeMembers("tc3")).toEqual(["RequestId", "Error"]);
    expect(envelopeMembers("tencent-v2")).toEqual(["code", "message", "codeDesc", "RequestId"]);
    expect(envelopeMembers({ protocol: "aliyun-rpc" })).toEqual(["RequestId"]);
    expect(clientTokenParameters("tc3")).toContain("ClientToken");
    expect(clientTokenParameters({ protocol: "aliyun-rpc" })).toEqual(["ClientToken"]);
    expect(protocolOf("aliyun-rpc").request.listBase).toBe(1);
    expect(() => protocolOf("soap" as never)).toThrow(/unknown protocol "soap": expected one of tc3, tencent-v2, aliyun-rpc/);
    expect(() => protocolOf("__proto__" as never)).toThrow(/unknown protocol/);
  });

  it("leave no `protocol === \"...\"` comparison in the generator outside the descriptor and the justified files", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(REPO_ROOT, "generator"))) {
      const path = relative(REPO_ROOT, file).split("\\").join("/");
      if (path === "generator/spec/protocols.ts" || Object.hasOwn(ALLOWED, path)) continue;
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/(?<!typeof [\w.]*)protocol\s*[!=]==?\s*["']/.test(line) || /["'](?:tc3|tencent-v2|aliyun-rpc)["']\s*[!=]==?\s*\w*protocol/i.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
