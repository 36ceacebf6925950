// The Markdown docs inside a client package: README.md, docs/<Action>.md, docs/types/<Struct>.md.
// Links are relative, so they work in the repository, in the npm tarball and on registry pages
// that resolve relative links.
import type { Service } from "../../spec/types.ts";
import {
  actionFacts,
  defaultRegion,
  errorRows,
  exampleViews,
  fieldRows,
  groupByCategory,
  PROVIDER_LABELS,
  referrers,
  summary,
  type PackageInfo,
  type TypeHref,
} from "./model.ts";
import { clientMethodName, commandFunctionName, structTypeNames } from "../naming.ts";
import type { MarkdownTemplates } from "./templates.ts";

export const PROTOCOL_LABELS: Record<Service["protocol"], string> = {
  tc3: "TC3-HMAC-SHA256",
  "tencent-v2": "Tencent API 2.0, HmacSHA1/HmacSHA256",
  "aliyun-rpc": "Alibaba Cloud RPC, HMAC-SHA1",
};

/** The environment variables the runtime reads credentials from (templates/runtime/src/credentials.ts). */
export function credentialVariables(service: Service): { idVar: string; keyVar: string; tokenVar: string } {
  return service.provider === "aliyun"
    ? { idVar: "ALIBABA_CLOUD_ACCESS_KEY_ID", keyVar: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", tokenVar: "ALIBABA_CLOUD_SECURITY_TOKEN" }
    : { idVar: "TENCENTCLOUD_SECRET_ID", keyVar: "TENCENTCLOUD_SECRET_KEY", tokenVar: "TENCENTCLOUD_SESSION_TOKEN" };
}

/** The files of one package's docs, keyed by path relative to the package directory. */
export function packageDocs(service: Service, paged: Pick<Service, "actions" | "types">, pkg: PackageInfo, templates: MarkdownTemplates): Map<string, string> {
  const out = new Map<string, string>();
  const defined = new Set(paged.types.map((t) => t.name));
  const fromDocs: TypeHref = (name) => (defined.has(name) ? `types/${name}.md` : undefined);
  const fromTypes: TypeHref = (name) => (defined.has(name) ? `${name}.md` : undefined);

  // The first call shown in the README: the first action the document gives an example for.
  const withExample = paged.actions.find((a) => a.examples.length > 0);
  const firstExample = withExample ? exampleViews(service, withExample, pkg)[0] : undefined;
  const errorAction = withExample ?? paged.actions[0];
  out.set(
    "README.md",
    templates.readme({
      pkg,
      service,
      providerLabel: PROVIDER_LABELS[service.provider] ?? service.provider,
      protocolLabel: PROTOCOL_LABELS[service.protocol] ?? service.protocol,
      credentials: credentialVariables(service),
      // The client emitter's factory of a method-less client (generator/emit/client/model.ts).
      factory: `create${pkg.clientClass}`,
      tencentV2: service.protocol === "tencent-v2",
      region: defaultRegion(service),
      firstCall: withExample && firstExample?.code ? { action: withExample.name, code: firstExample.code } : undefined,
      errorExample: errorAction ? { method: clientMethodName(errorAction), command: commandFunctionName(errorAction) } : undefined,
      groups: groupByCategory(paged.actions.map((a) => ({ name: a.name, title: a.title, deprecated: a.deprecated === true, category: a.category }))),
      types: paged.types.map((t) => ({ name: t.name, summary: summary(t.description) })),
      errors: errorRows(service.errors),
    }),
  );

  for (const action of paged.actions) {
    out.set(
      `docs/${action.name}.md`,
      templates.action({
        pkg,
        action,
        facts: actionFacts(service, action, pkg),
        input: fieldRows(action.input, fromDocs),
        output: fieldRows(action.output, fromDocs),
        errors: errorRows(action.errors),
        examples: exampleViews(service, action, pkg),
      }),
    );
  }

  const refs = referrers(service);
  const titles = new Map(paged.actions.map((a) => [a.name, a.title]));
  const tsNames = structTypeNames(service);
  for (const struct of paged.types) {
    const r = refs.get(struct.name) ?? { actions: [], structs: [] };
    out.set(
      `docs/types/${struct.name}.md`,
      templates.struct({
        pkg,
        struct,
        tsName: tsNames.get(struct.name) ?? struct.name,
        input: struct.usage === "input" || struct.usage === "both",
        rows: fieldRows(struct.fields, fromTypes),
        usedBy: [
          ...r.actions.filter((a) => titles.has(a)).map((a) => ({ name: a, title: titles.get(a), href: `../${a}.md` })),
          ...r.structs.filter((s) => defined.has(s) && s !== struct.name).map((s) => ({ name: s, href: `${s}.md` })),
        ],
      }),
    );
  }
  return out;
}
