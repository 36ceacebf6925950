// The view model of one client package: every name, type expression and comment the templates
// print, computed from the spec and escaped for where it goes. Templates only arrange it.
import { clientTokenParameters, protocolOf } from "../../spec/protocols.ts";
import type { Action, Field, Pagination, PrimitiveType, Service, Struct, Type } from "../../spec/types.ts";
import type { Diagnostics } from "../../spec/diagnostics.ts";
import { primitiveProblem } from "../../spec/conform.ts";
import {
  baseClientClassName,
  callOptionsTypeName,
  clientClassName,
  clientConfigTypeName,
  clientFactoryName,
  clientMethodName,
  commandFunctionName,
  commandModule,
  errorCodeTypeName,
  packageDir,
  packageName,
  paginatorFunctionName,
  paginatorModule,
  regionTypeName,
  requestTypeName,
  responseTypeName,
  runtimePackageName,
  type PackageOptions,
  runtimeClientClass,
  structTypeNames,
} from "../naming.ts";
import { clientCallExample, exampleRequest, firstReadOnly } from "../typescript-example.ts";
import { reflow } from "../reflow.ts";
import { commentLines, jsdoc, propertyKey, stringLiteral, type DocBlock } from "./escape.ts";
import { enumType, fieldType, typeExpression } from "./type-map.ts";

/**
 * A client package's first version: what a spec without an entry in spec/versions.json gets
 * (generator/pipeline/versions.ts moves it from there with each API change). The API version lives
 * in package.json's "docs2sdk" block; neither depends on the date, so regeneration is byte-identical.
 */
export const CLIENT_PACKAGE_VERSION = "0.1.0";

export interface FieldModel {
  doc: string;
  key: string;
  optional: boolean;
  type: string;
}

export interface StructModel {
  doc: string;
  name: string;
  fields: FieldModel[];
}

export interface PaginatorModel {
  action: string;
  nameLiteral: string;
  requestType: string;
  responseType: string;
  inputOptional: boolean;
  functionName: string;
  /** The aggregated client's method, unless it would clash with an action's method. */
  methodName?: string;
  module: string;
  /** The spec's hint as a TypeScript object literal. */
  hint: string;
  /** The TypeScript type of one item of the list the hint names (structures as `types.Name`). */
  itemType: string;
  doc: string;
  methodDoc: string;
}

export interface RegionModel {
  id: string;
  name: string;
  /** Literal, or undefined when the document gives no regional endpoint. */
  endpoint?: string;
  comment: string;
}

export interface ValidationModel {
  /**
   * Per structure reachable from a request, by name (sorted): its fields as an array literal (see
   * validate.ts.hbs for the encoding). Named, not numbered, so that an unrelated edit renumbers nothing.
   */
  structs: { name: string; fields: string }[];
  /** Per action, in spec order: its name literal and its request's fields as an array literal. */
  actions: { name: string; fields: string }[];
}

export interface ActionModel {
  name: string;
  nameLiteral: string;
  functionName: string;
  methodName: string;
  module: string;
  requestType: string;
  responseType: string;
  errorType: string;
  errorUnion: string;
  inputOptional: boolean;
  /** ", { readOnly: true }"-style trailing argument of client.send (retry safety), or "". */
  traits: string;
  input: FieldModel[];
  output: FieldModel[];
  requestDoc: string;
  responseDoc: string;
  errorDoc: string;
  commandDoc: string;
  methodDoc: string;
  paginator?: PaginatorModel;
}

export interface PackageModel {
  dir: string;
  packageName: string;
  specPath: string;
  header: string;
  runtime: string;
  clientClass: string;
  /** The protocol's runtime class (Tc3Client...) the package's base client extends. */
  baseClass: string;
  /** The package's own client class (the runtime's protocol client bound to SERVICE_INFO) the factory returns. */
  packageBaseClass: string;
  configType: string;
  callOptionsType: string;
  regionType: string;
  /** The region union's members ("ap-guangzhou" literals, then (string & {})), or "string". */
  regionUnion: string;
  regions: RegionModel[];
  regionalEndpoints: RegionModel[];
  /** The request parameter the runtime fills from the region option (Alibaba's RegionId), if any. */
  regionParameterLiteral: string | undefined;
  factory: string;
  paginators: PaginatorModel[];
  /** The paginators that are also methods of the aggregated client. */
  clientPaginators: PaginatorModel[];
  validation: ValidationModel;
  structs: StructModel[];
  actions: ActionModel[];
  commonUnion: string;
  commonDoc: string;
  clientDoc: string;
  /** Names exported from types.ts and errors.ts, for index.ts. */
  typeNames: string[];
  errorTypes: string[];
  /** Literals for service.ts. */
  provider: string;
  service: string;
  version: string;
  protocol: string;
  endpoint: string;
  endpointComment: string;
  titleComment: string;
  exampleFunction: string;
  exampleMethod: string;
  exampleAction: string;
  /** Plain values for package.json (the template JSON-encodes them). */
  packageJson: {
    packageName: string;
    version: string;
    description: string;
    runtime: string;
    specPath: string;
    provider: string;
    service: string;
    apiVersion: string;
    protocol: string;
  };
}

// `@see` the action's online page where the spec has one (explorerUrl), never the source document:
// its path (spec/sources/...) exists only in the generator's repository.
// As `{@link URL | text}`: TypeScript reads a bare URL after @see as a name and drops its scheme. Only
// a URL of plain characters becomes a link (nothing that could end the comment or the inline tag).
const LINKABLE_URL = /^https:\/\/[A-Za-z0-9.-]+\/[A-Za-z0-9/?=&._~%-]*$/;
function seeTag(action: Action): [string, string, "trusted"][] {
  const url = action.explorerUrl;
  return url && LINKABLE_URL.test(url) ? [["see", `{@link ${url} | API Explorer: call ${action.name} online}`, "trusted"]] : [];
}

/** Document text for a JSDoc block: PDF line breaks inside sentences joined (see reflow.ts). */
function docText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : reflow(text);
}

/** Where each provider publishes its API reference, for the client class doc. */
const PROVIDER_DOCS: Partial<Record<Service["provider"], [string, string]>> = {
  tencentcloud: ["https://cloud.tencent.com/document/api", "Tencent Cloud API documentation"],
  aliyun: ["https://help.aliyun.com/", "Alibaba Cloud documentation"],
};

/** The first documented example as a JSDoc `@example`: the same type-checked program the docs show. */
function exampleTag(spec: Service, action: Action, pkg: { packageName: string; clientClass: string }): [string, string, "trusted"][] {
  const example = action.examples[0];
  if (!example) return [];
  const { input, region } = exampleRequest(spec, action, example);
  const code = clientCallExample({ packageName: pkg.packageName, clientClass: pkg.clientClass, method: clientMethodName(action), ...(region === undefined ? {} : { region }), input });
  // Escaped here and passed as trusted, so that the code starts on the line below the tag.
  return [["example", ["", ...commentLines(code)].join("\n"), "trusted"]];
}

function fieldDoc(field: Field, indent: string, unknownRef?: string): string {
  const tags: [string, string][] = [];
  if (field.example !== undefined && field.example !== "") tags.push(["example", field.example]);
  if (field.default !== undefined && field.default !== "") tags.push(["defaultValue", field.default]);
  const notes = unknownRef ? [`The document does not define the structure ${unknownRef}; typed as unknown.`] : [];
  return jsdoc({ text: [docText(field.description), ...notes], tags }, indent);
}

/** Keeps the first of fields that share a wire name; reports the others. */
function uniqueFields(fields: Field[], where: string, line: number, diagnostics: Diagnostics): Field[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    if (seen.has(f.name)) {
      diagnostics.report("client.duplicate-field", f.source?.line ?? line, `${where} lists the field ${f.name} twice; the client keeps the first`);
      return false;
    }
    seen.add(f.name);
    return true;
  });
}

/** A comment-safe one-liner (for `//` headers and inline mentions). */
function inline(text: string): string {
  return commentLines(text).join(" ");
}

// Verbs of actions that only read: calling one twice changes nothing, so the runtime may retry it
// after any failure. Everything else is retried only when it surely did not run, or by client token.
const READ_ONLY_VERB = /^(Describe|Get|List|Query|Inquiry|Inquire|Check|Search|Show|Verify)(?![a-z])/;

/**
 * The retry-safety facts of an action (the runtime's ActionTraits): read-only verb, client token
 * parameter. `clientTokens` are the protocol's token parameter names.
 */
export function actionTraits(action: Pick<Action, "name" | "input">, clientTokens: readonly string[]): { readOnly?: true; clientToken?: string } {
  const token = action.input.find((f) => clientTokens.includes(f.name));
  return { ...(READ_ONLY_VERB.test(action.name) ? { readOnly: true } : {}), ...(token ? { clientToken: token.name } : {}) };
}

/** The traits argument of an action's send call. */
export function actionTraitsArgument(action: Pick<Action, "name" | "input">, clientTokens: readonly string[]): string {
  const { readOnly, clientToken } = actionTraits(action, clientTokens);
  const traits = [readOnly ? "readOnly: true" : "", clientToken !== undefined ? `clientToken: ${stringLiteral(clientToken)}` : ""].filter(Boolean);
  return traits.length > 0 ? `, { ${traits.join(", ")} }` : "";
}

export function buildPackageModel(loaded: { path: string; service: Service; packageVersion?: string }, diagnostics: Diagnostics, packages?: PackageOptions): PackageModel {
  const { service: spec } = loaded;
  const line = spec.source?.startLine ?? 1;

  // Duplicate actions or structures would be duplicate declarations: keep the first, say so.
  const actions: Action[] = [];
  const actionNames = new Set<string>();
  const functionNames = new Set<string>();
  for (const action of spec.actions) {
    const fn = commandFunctionName(action);
    if (actionNames.has(action.name) || functionNames.has(fn)) {
      diagnostics.report("client.duplicate-action", action.source?.line ?? line, `${loaded.path}: action ${action.name} appears twice; the client keeps the first`);
      continue;
    }
    actionNames.add(action.name);
    functionNames.add(fn);
    actions.push(action);
  }
  const types: Struct[] = [];
  for (const struct of spec.types) {
    if (types.some((t) => t.name === struct.name)) {
      diagnostics.report("client.duplicate-struct", struct.source?.line ?? line, `${loaded.path}: structure ${struct.name} is defined twice; the client keeps the first`);
      continue;
    }
    types.push(struct);
  }

  const structNames = structTypeNames({ ...spec, actions, types });
  const fields = (list: Field[], where: string, output: boolean, indent = "  "): FieldModel[] =>
    uniqueFields(list, where, line, diagnostics).map((field) => {
      const missing = findMissingRef(field, structNames);
      if (missing) diagnostics.report("client.unknown-struct", field.source?.line ?? line, `${where}.${field.name} refers to structure ${missing}, which the spec does not define; typed as unknown`);
      return {
        doc: fieldDoc(field, indent, missing),
        key: propertyKey(field.name),
        optional: !field.required,
        // `| undefined` lets callers under exactOptionalPropertyTypes pass a maybe-undefined value.
        type: fieldType(field, (name) => structNames.get(name) ?? "unknown", output) + (field.required ? "" : " | undefined"),
      };
    });

  const structs: StructModel[] = types.map((struct) => ({
    name: structNames.get(struct.name)!,
    doc: jsdoc({
      text: [docText(struct.description), structNames.get(struct.name) !== struct.name ? `Documented as the structure ${struct.name}.` : undefined],
    }),
    // A structure used in responses (or whose use the spec does not say) gets open enumerations.
    fields: fields(struct.fields, struct.name, struct.usage !== "input"),
  }));

  // Only the common (public) table: a service-wide business table lists every action's codes (390
  // of CVM's 428), and typing every action with it would drown the ones an action documents.
  const commonErrors = spec.errors.filter((e) => e.kind !== "business");
  const common = unique(commonErrors.map((e) => e.code));
  const clientClass = clientClassName(spec);
  const actionModels: ActionModel[] = actions.map((action) => {
    const own = unique(action.errors.map((e) => e.code)).filter((c) => !common.includes(c));
    const errorType = errorCodeTypeName(action);
    const summary = [docText(action.title), docText(action.description)];
    const example = exampleTag(spec, action, { packageName: packageName(spec, packages), clientClass });
    const deprecated: [string, string][] = action.deprecated ? [["deprecated", "The document marks this action as deprecated."]] : [];
    const facts = [
      action.rateLimit !== undefined ? `Default rate limit: ${action.rateLimit} requests per second.` : undefined,
      ...(action.notes ?? []).map(docText),
    ];
    const inputOptional = action.input.every((f) => !f.required);
    const throwsTag: [string, string, "trusted"] = ["throws", `{@link ServiceError} whose code is one of {@link ${errorType}}.`, "trusted"];
    return {
      name: action.name,
      nameLiteral: stringLiteral(action.name),
      functionName: commandFunctionName(action),
      methodName: clientMethodName(action),
      module: commandModule(action),
      requestType: requestTypeName(action),
      responseType: responseTypeName(action),
      errorType,
      errorUnion: [...own.map(stringLiteral), "CommonErrorCode", "(string & {})"].join(" | "),
      inputOptional,
      traits: actionTraitsArgument(action, clientTokenParameters(spec)),
      input: fields(action.input, requestTypeName(action), false),
      output: fields(responseFields(spec, action), responseTypeName(action), true),
      requestDoc: jsdoc({ text: [`Input of ${action.name}: ${action.title}`] }),
      responseDoc: jsdoc({
        text: [
          `Output of ${action.name}: ${action.title}`,
          strippedEnvelopeNote(spec),
        ],
      }),
      errorDoc: jsdoc({
        text: [
          `Error codes ${action.name} may return: its own documented codes, the service's common codes, and any other string.`,
          errorList(action.errors.filter((e) => own.includes(e.code))),
        ],
      }),
      commandDoc: jsdoc({
        text: [...summary, ...facts],
        tags: [
          ["param", `client - a client of this service: \`new ${clientClass}(config)\` or \`${clientFactoryName(spec)}(config)\`.`],
          ["param", `input - the request parameters.${inputOptional ? " None is required." : ""}`],
          ["param", "options - per-call overrides: abort signal, timeout, region, endpoint."],
          ["returns", "the response, unwrapped from the service's envelope."],
          throwsTag,
          ...seeTag(action),
          ...deprecated,
          ...example,
        ],
      }),
      methodDoc: jsdoc(
        { text: [...summary, ...facts], tags: [throwsTag, ...seeTag(action), ...deprecated, ...example] },
        "  ",
      ),
      ...(action.pagination && { paginator: paginatorModel(spec, action, action.pagination, (name) => (structNames.has(name) ? `types.${structNames.get(name)}` : "unknown")) }),
    };
  });
  // A paginator method must not shadow an action's method (an action named "PaginateX").
  const methodNames = new Set(actionModels.map((a) => a.methodName));
  for (const a of actionModels) {
    if (a.paginator && methodNames.has(a.paginator.functionName)) {
      diagnostics.report("client.paginator-clash", line, `${loaded.path}: ${a.paginator.functionName} is also an action's method; the paginator is a standalone function only`);
      delete a.paginator.methodName;
    }
  }
  const regions: RegionModel[] = (spec.regions ?? []).filter((r, i, all) => all.findIndex((o) => o.id === r.id) === i).map((r) => ({
    id: stringLiteral(r.id),
    name: stringLiteral(r.name),
    ...(r.endpoint && { endpoint: stringLiteral(r.endpoint) }),
    comment: jsdoc({ text: [r.name] }, "  "),
  }));

  // The error-handling example in errors.ts calls a read-only action where there is one.
  const exampleAction = actionModels[actions.indexOf(firstReadOnly(actions) ?? actions[0]!)];
  const title = `${spec.title} (${spec.provider} ${spec.service}, API ${spec.version})`;
  return {
    dir: packageDir(spec),
    packageName: packageName(spec, packages),
    specPath: loaded.path,
    header: `// Generated by docs2sdk from spec/${inline(loaded.path)}. Do not edit: change the document or the templates, then regenerate.\n`,
    runtime: runtimePackageName(packages),
    clientClass,
    baseClass: runtimeClientClass(spec),
    packageBaseClass: baseClientClassName(spec),
    configType: clientConfigTypeName(spec),
    callOptionsType: callOptionsTypeName(spec),
    regionType: regionTypeName(spec),
    regionUnion: regions.length > 0 ? [...regions.map((r) => r.id), "(string & {})"].join(" | ") : "string",
    regions,
    // Present (possibly undefined) for the templates' strict mode.
    regionParameterLiteral: protocolOf(spec).request.regionParameter !== "Region" ? stringLiteral(protocolOf(spec).request.regionParameter) : undefined,
    // "__proto__" as an object literal's key would set the prototype, not a region.
    regionalEndpoints: regions.filter((r) => r.endpoint !== undefined && r.id !== '"__proto__"'),
    factory: clientFactoryName(spec),
    paginators: actionModels.flatMap((a) => (a.paginator ? [a.paginator] : [])),
    clientPaginators: actionModels.flatMap((a) => (a.paginator?.methodName ? [a.paginator] : [])),
    validation: validationModel(actions, types),
    structs,
    actions: actionModels,
    commonUnion: common.length > 0 ? common.map(stringLiteral).join(" | ") : "never",
    commonDoc: jsdoc({ text: ["Error codes every action of the service may return (the common error table).", errorList(commonErrors)] }),
    // Product name and where to read more: the document's whole introduction (a glossary, for
    // some) is in the package's README, not in every hover of the class.
    clientDoc: jsdoc({
      text: [
        `Client of ${title}, with one method per action.`,
        `For the smallest bundles, call the standalone commands instead (each action is its own module).`,
      ],
      tags: PROVIDER_DOCS[spec.provider] ? [["see", `{@link ${PROVIDER_DOCS[spec.provider]![0]} | ${PROVIDER_DOCS[spec.provider]![1]}}`, "trusted"]] : [],
    }),
    typeNames: [...structs.map((s) => s.name), ...actionModels.flatMap((a) => [a.requestType, a.responseType])].sort(),
    errorTypes: actionModels.map((a) => a.errorType).sort(),
    provider: stringLiteral(spec.provider),
    service: stringLiteral(spec.service),
    version: stringLiteral(spec.version),
    protocol: stringLiteral(spec.protocol),
    endpoint: stringLiteral(spec.endpoint),
    endpointComment: inline(spec.endpoint),
    titleComment: inline(title),
    exampleFunction: exampleAction?.functionName ?? "",
    exampleMethod: exampleAction?.methodName ?? "",
    exampleAction: exampleAction?.name ?? "",
    packageJson: {
      packageName: packageName(spec, packages),
      version: loaded.packageVersion ?? CLIENT_PACKAGE_VERSION,
      description: `Typed client for ${title}, generated by docs2sdk from its documentation.`,
      runtime: runtimePackageName(packages),
      specPath: loaded.path,
      provider: spec.provider,
      service: spec.service,
      apiVersion: spec.version,
      protocol: spec.protocol,
    },
  };
}

// The runtime unwraps the Tencent V2 envelope: these come back as ServiceError, never as data.
/** The fields `send` resolves with: the documented output, minus what the runtime unwraps. */
function responseFields(spec: Service, action: Action): Field[] {
  const stripped = protocolOf(spec).envelope.stripped;
  return action.output.filter((f) => !stripped.includes(f.name));
}

/** "Without the code/message/codeDesc envelope: ...", where the runtime strips envelope members. */
function strippedEnvelopeNote(spec: Service): string | undefined {
  const stripped = protocolOf(spec).envelope.stripped;
  return stripped.length > 0 ? `Without the ${stripped.join("/")} envelope: a non-zero ${stripped[0]} is thrown as a ServiceError.` : undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function errorList(errors: { code: string; description: string }[]): string | undefined {
  if (errors.length === 0) return undefined;
  const seen = new Set<string>();
  return errors
    .filter((e) => !seen.has(e.code) && seen.add(e.code))
    .map((e) => `- \`${e.code}\`${e.description ? ": " + inline(e.description) : ""}`)
    .join("\n");
}

function findMissingRef(field: Field, names: Map<string, string>): string | undefined {
  let type = field.type;
  while (typeof type !== "string" && "array" in type) type = type.array;
  return typeof type !== "string" && !names.has(type.ref) ? type.ref : undefined;
}


/** The type of one element of the response list a pagination hint names ("Tags.ResourceTypeCount"). */
function paginatedItemType(spec: Service, action: Action, hint: Pagination, names: (spec: string) => string): string {
  const structs = new Map(spec.types.map((t) => [t.name, t]));
  let fields: Field[] = responseFields(spec, action);
  const parts = hint.items.split(".");
  for (const [i, part] of parts.entries()) {
    const field = fields.find((f) => f.name === part);
    if (!field) return "unknown";
    if (i === parts.length - 1) {
      // The engine yields the list's elements, or a lone object as one item.
      const element = typeof field.type !== "string" && "array" in field.type ? field.type.array : field.type;
      return typeExpression(element, names, enumType(field, true));
    }
    const struct = typeof field.type !== "string" && "ref" in field.type ? structs.get(field.type.ref) : undefined;
    if (!struct) return "unknown";
    fields = struct.fields;
  }
  return "unknown";
}

function paginatorModel(spec: Service, action: Action, hint: Pagination, names: (spec: string) => string): PaginatorModel {
  const entries: [string, string | undefined][] = [
    ["style", hint.style],
    ["inputToken", hint.inputToken],
    ["pageSize", hint.pageSize],
    ["totalCount", hint.totalCount],
    ["outputToken", hint.outputToken],
    ["items", hint.items],
  ];
  const literal = `{ ${entries.flatMap(([k, v]) => (v === undefined ? [] : [`${k}: ${stringLiteral(v)}`])).join(", ")} }`;
  const how =
    hint.style === "token"
      ? `${hint.inputToken} is advanced from the response's ${hint.outputToken ?? hint.inputToken}`
      : `${hint.inputToken} is advanced${hint.pageSize ? ` (page size in ${hint.pageSize})` : ""}${hint.totalCount ? ` until ${hint.totalCount} is reached` : ""}`;
  const text = [
    `Pages through ${action.name} (${action.title}): ${how}; the items are the response's ${hint.items}.`,
    "Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.",
  ];
  return {
    action: action.name,
    nameLiteral: stringLiteral(action.name),
    requestType: requestTypeName(action),
    responseType: responseTypeName(action),
    inputOptional: action.input.every((f) => !f.required),
    functionName: paginatorFunctionName(action),
    methodName: paginatorFunctionName(action),
    module: paginatorModule(action),
    hint: literal,
    itemType: paginatedItemType(spec, action, hint, names),
    doc: jsdoc({
      text,
      tags: [
        ["param", "client - a client of this service.", "trusted"],
        ["param", "input - the request parameters; a start and page size given here are honoured.", "trusted"],
        ["param", "options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.", "trusted"],
      ],
    }),
    methodDoc: jsdoc({ text }, "  "),
  };
}

// Primitive codes of the validation table (see templates/client/src/validate.ts.hbs).
const PRIMITIVE_CODES: Record<PrimitiveType, string> = {
  string: "s",
  date: "d",
  "timestamp-iso8601": "T",
  binary: "B",
  timestamp: "t",
  integer: "i",
  float: "f",
  boolean: "b",
  object: "o",
};

/**
 * The request side of the spec as data for the package's validate module: the fields of every
 * action's input and of every structure they reach, with the rules of generator/spec/conform.ts
 * precomputed (which enumerations are enforced).
 */
function validationModel(actions: Action[], types: Struct[]): ValidationModel {
  const byName = new Map(types.map((t) => [t.name, t]));
  const reached = new Set<string>();
  const visit = (type: Type): void => {
    if (typeof type === "string") return;
    if ("array" in type) return visit(type.array);
    const struct = byName.get(type.ref);
    if (!struct || reached.has(struct.name)) return;
    reached.add(struct.name);
    for (const f of struct.fields) visit(f.type);
  };
  for (const action of actions) for (const f of action.input) visit(f.type);

  const typeCode = (type: Type): string => {
    if (typeof type === "string") return PRIMITIVE_CODES[type];
    if ("array" in type) return "[" + typeCode(type.array);
    // A structure the spec does not define: any object passes, as in conform.ts.
    return reached.has(type.ref) ? `#${type.ref}` : "#";
  };
  const fieldList = (fields: Field[]): string => {
    const seen = new Set<string>();
    const literals = fields
      .filter((f) => !seen.has(f.name) && seen.add(f.name))
      .map((f) => {
        const flags = (f.required ? 1 : 0) | (f.nullable ? 2 : 0);
        const head = stringLiteral(`${flags}${typeCode(f.type)} ${f.name}`);
        const values = enforcedEnum(f);
        return values ? `[${head}, [${values.map(stringLiteral).join(", ")}]]` : head;
      });
    return `[${literals.join(", ")}]`;
  };
  const structs = [...reached].sort().map((name) => ({ name: stringLiteral(name), fields: fieldList(byName.get(name)!.fields) }));
  // An object literal takes a name once: an action documented twice is validated as first documented.
  const named = actions.filter((a, i) => actions.findIndex((b) => b.name === a.name) === i);
  const actionLists = named.map((a) => ({ name: stringLiteral(a.name), fields: fieldList(a.input) }));
  return { structs, actions: actionLists };
}

/** The values of a closed enumeration conform.ts enforces: all of them of the field's (leaf) primitive type. */
function enforcedEnum(field: Field): string[] | undefined {
  let type = field.type;
  while (typeof type !== "string" && "array" in type) type = type.array;
  if (typeof type !== "string" || type === "object" || !field.enumClosed || !field.enum?.length) return undefined;
  const leaf = type;
  if (!field.enum.every((e) => primitiveProblem(e.value, leaf, true) === undefined)) return undefined;
  const values = field.enum.map((e) => e.value);
  // TRUE / FALSE both listed: every boolean passes, so there is nothing to check.
  if (leaf === "boolean" && ["true", "false"].every((b) => values.some((v) => v.toLowerCase() === b))) return undefined;
  return values;
}
