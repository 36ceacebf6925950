// Emits generated/openapi/<provider>-<service>-<version>.json for every spec.
import type { Emitter } from "../emitter.ts";
import { toOpenApi } from "./openapi.ts";

export function openApiFileName(s: { provider: string; service: string; version: string }): string {
  return `openapi/${s.provider}-${s.service}-${s.version}.json`;
}

export const openApiEmitter: Emitter = {
  name: "openapi",
  perSpec: true,
  async emit({ specs }) {
    const out = new Map<string, string>();
    for (const { service } of specs) out.set(openApiFileName(service), JSON.stringify(toOpenApi(service), null, 2) + "\n");
    return out;
  },
};
