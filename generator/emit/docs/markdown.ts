// The Markdown docs inside a client package: README.md, docs/<Action>.md, docs/types/<Struct>.md.
// Links are relative, so they work in the repository, in the npm tarball and on registry pages
// that resolve relative links.
import { protocolOf } from "../../spec/protocols.ts";
import type { Action, Field, Service } from "../../spec/types.ts";
import { firstReadOnly } from "../typescript-example.ts";
import { DEFAULT_DEBUG_VARIABLE } from "../naming.ts";
import {
  actionFacts,
  defaultRegion,
  errorRows,
  serviceErrorRows,
  exampleViews,
  fieldRows,
  groupByCategory,
  PROVIDER_LABELS,
  referrers,
  summary,
  type PackageInfo,
  type TypeHref,
} from "./model.ts";
import {
  callOptionsTypeName,
  clientConfigTypeName,
  clientFactoryName,
  clientMethodName,
  commandFunctionName,
  paginatorFunctionName,
  regionTypeName,
  structTypeNames,
} from "../naming.ts";
import type { MarkdownTemplates } from "./templates.ts";


/** The environment variables the runtime reads credentials from (templates/runtime/src/credentials.ts). */
export function credentialVariables(service: Service): { idVar: string; keyVar: string; tokenVar: string } {
  return service.provider === "aliyun"
    ? { idVar: "ALIBABA_CLOUD_ACCESS_KEY_ID", keyVar: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", tokenVar: "ALIBABA_CLOUD_SECURITY_TOKEN" }
    : { idVar: "TENCENTCLOUD_SECRET_ID", keyVar: "TENCENTCLOUD_SECRET_KEY", tokenVar: "TENCENTCLOUD_SESSION_TOKEN" };
}

/** The files of one package's docs, keyed by path relative to the package directory. */
export function packageDocs(
  service: Service,
  paged: Pick<Service, "actions" | "types">,
  pkg: PackageInfo,
  templates: MarkdownTemplates,
  debugVariable = DEFAULT_DEBUG_VARIABLE,
  mcp?: { name: string; dir: string },
): Map<string, string> {
  const out = new Map<string, string>();
  const defined = new Set(paged.types.map((t) => t.name));
  const fromDocs: TypeHref = (name) => (defined.has(name) ? `types/${name}.md` : undefined);
  const fromTypes: TypeHref = (name) => (defined.has(name) ? `${name}.md` : undefined);

  // The first call shown in the README: a read-only action the document gives an example for
  // (a reader trying the README should not create anything), else the first example there is.
  const readOnly = firstReadOnly(paged.actions);
  const withExample = readOnly?.examples.length ? readOnly : paged.actions.find((a) => a.examples.length > 0);
  const firstExample = withExample ? exampleViews(service, withExample, pkg)[0] : undefined;
  const errorAction = withExample ?? paged.actions[0];
  out.set(
    "README.md",
    templates.readme({
      pkg,
      service,
      debugVariable,
      providerLabel: PROVIDER_LABELS[service.provider] ?? service.provider,
      protocolLabel: protocolOf(service).label,
      credentials: credentialVariables(service),
      // The client emitter's factory of a method-less client (generator/emit/client/model.ts).
      factory: `create${pkg.clientClass}`,
      tencentV2: protocolOf(service).signing.configurable,
      aliyun: service.provider === "aliyun",
      region: defaultRegion(service),
      firstCall: withExample && firstExample?.code ? { action: withExample.name, code: firstExample.code } : undefined,
      errorExample: errorAction ? { method: clientMethodName(errorAction), command: commandFunctionName(errorAction) } : undefined,
      groups: groupByCategory(paged.actions.map((a) => ({ name: a.name, title: a.title, deprecated: a.deprecated === true, category: a.category }))),
      types: paged.types.map((t) => ({ name: t.name, summary: summary(t.description) })),
      ...serviceErrorRows(service.errors),
      features: readmeFeatures(service, paged.actions),
      mcp,
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

const NON_STRING_EXPECTED: Partial<Record<string, string>> = { integer: "an integer", float: "a number", boolean: "a boolean" };

/**
 * What the README's feature sections (pagination, regions, validation, hooks, credentials) show: an
 * action callable with `{}` for the examples, so that every snippet is a whole program that type-checks,
 * and the names the client emitter gives (generator/emit/naming.ts).
 */
export function readmeFeatures(service: Service, actions: Action[]) {
  const region = defaultRegion(service);
  const callable = actions.map((a) => ({ action: a, input: requiredValues(a, region) })).filter((c) => c.input !== undefined);
  const pagedCall = callable.find((c) => c.action.pagination);
  const chosen = pagedCall ?? callable[0];
  const call = chosen?.action;
  // A request that type-checks (built from JSON) but that validation rejects: a string for a number.
  const filled = new Set(call?.input.filter((f) => f.required).map((f) => f.name));
  const wrong: Field | undefined = call?.input.find((f) => !filled.has(f.name) && typeof f.type === "string" && NON_STRING_EXPECTED[f.type]);
  const paged = actions.filter((a) => a.pagination);
  const regions = service.regions ?? [];
  const withEndpoint = regions.filter((r) => r.endpoint);
  return {
    factory: clientFactoryName(service),
    configType: clientConfigTypeName(service),
    callOptionsType: callOptionsTypeName(service),
    protocol: service.protocol,
    call: call && { action: call.name, method: clientMethodName(call), command: commandFunctionName(call), fields: Object.entries(chosen!.input!).map(([name, value]) => ({ name, value })) },
    paginators: paged.map((a) => ({ action: a.name, fn: paginatorFunctionName(a), items: a.pagination!.items, style: a.pagination!.style })),
    paginator: pagedCall && {
      fn: paginatorFunctionName(pagedCall.action),
      method: paginatorFunctionName(pagedCall.action),
      action: pagedCall.action.name,
      items: pagedCall.action.pagination!.items,
      pageSize: pagedCall.action.pagination!.pageSize !== undefined,
    },
    regions: {
      type: regionTypeName(service),
      list: regions.map((r) => ({ id: r.id, name: r.name, endpoint: r.endpoint ?? "" })),
      withEndpoints: withEndpoint.length,
      first: regions[0]?.id ?? defaultRegion(service),
      other: withEndpoint.find((r) => r.id !== (regions[0]?.id ?? region))?.id ?? region,
      firstEndpoint: withEndpoint[0]?.endpoint,
      firstEndpointRegion: withEndpoint[0]?.id,
    },
    validation: wrong && {
      json: JSON.stringify({ ...requiredValues(call!, region), [wrong.name]: "20" }),
      path: wrong.name,
      // The message of the package's ValidationError (templates/client/src/validate.ts.hbs).
      message: `${call!.name}: invalid request: ${wrong.name}: expected ${NON_STRING_EXPECTED[wrong.type as string]}, got a string`,
    },
  };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const STRINGS = new Set(["string", "date", "timestamp", "timestamp-iso8601", "binary"]);

/**
 * The shortest request of an action that type-checks, as the README prints it: a value for each
 * required field where a placeholder is obvious (text: the region for a region id, else the first
 * value of a closed enumeration or "…"). Undefined when a required field is not text.
 */
function requiredValues(action: Action, region: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const f of action.input.filter((x) => x.required)) {
    if (typeof f.type !== "string" || !STRINGS.has(f.type) || !IDENTIFIER.test(f.name)) return undefined;
    out[f.name] = (f.enumClosed ? f.enum?.[0]?.value : undefined) ?? (/^region(id)?$/i.test(f.name) ? region : "…");
  }
  return out;
}
