// Package and client names as CONVENTIONS.md fixes them.
//
// TODO(docs): switch to generator/emit/naming.ts once the client emitter lands it; these are the
// same rules, kept private here so that the docs can be written before the client exists.
import type { Service } from "../../spec/types.ts";

type Named = Pick<Service, "provider" | "service" | "protocol">;

function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** Directory below generated/: "tencentcloud-cvm", "tce-vpc-v2". */
export function packageDir(spec: Named): string {
  return `${spec.provider}-${spec.service}${spec.protocol === "tencent-v2" ? "-v2" : ""}`;
}

/** The npm name: "@docs2sdk/tencentcloud-cvm". */
export function packageName(spec: Named): string {
  return `@docs2sdk/${packageDir(spec)}`;
}

/** "CvmClient", "VpcV2Client", "EcsClient". */
export function clientClassName(spec: Named): string {
  return `${pascalCase(spec.service)}${spec.protocol === "tencent-v2" ? "V2" : ""}Client`;
}

/** "describeInstances". */
export function commandFunctionName(action: { name: string }): string {
  return action.name.charAt(0).toLowerCase() + action.name.slice(1);
}

export function requestTypeName(action: { name: string }): string {
  return `${action.name}Request`;
}

export function responseTypeName(action: { name: string }): string {
  return `${action.name}Response`;
}
