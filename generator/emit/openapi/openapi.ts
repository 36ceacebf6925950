// The spec as an OpenAPI 3.1 document, so that the OpenAPI tools users already have (viewers,
// linters, mock servers, other generators) can read a documentation-only API.
//
// These APIs are RPC over HTTP: every action goes to the same URL and is told apart by a header
// (TC3: X-TC-Action) or a query parameter (V2, Alibaba: Action). OpenAPI needs one path per
// operation, so each action's path is the real path plus a fragment naming the action
// ("/#DescribeInstances"): the fragment is never sent, so the path still says where requests go.
import { protocolOf } from "../../spec/protocols.ts";
import { ExampleValidator } from "./example-validation.ts";
import { envelopeSchemas, errorSchema, errorsInSuccessStatus, successSchema } from "./answers.ts";
import { fromWireText, primitiveProblem } from "../../spec/conform.ts";
import type { Action, Example, Field, PrimitiveType, Service, Struct, Type } from "../../spec/types.ts";

type Json = Record<string, unknown>;

export const OPENAPI_VERSION = "3.1.0";

const NO_TYPES: ReadonlyMap<string, Struct> = new Map();

/** Where a structure's schema is: "#/components/schemas/X" in OpenAPI, "#/$defs/X" in a standalone JSON Schema. */
type RefOf = (struct: string) => string;

const componentRef: RefOf = (struct) => `#/components/schemas/${struct}`;

function schemaOf(type: Type, ref: RefOf = componentRef): Json {
  if (typeof type === "string") {
    switch (type) {
      case "integer":
        return { type: "integer" };
      case "float":
        return { type: "number" };
      case "boolean":
        return { type: "boolean" };
      case "date":
        return { type: "string", format: "date" };
      case "timestamp":
        return { type: "string", "x-docs2sdk-type": "timestamp" };
      case "timestamp-iso8601":
        return { type: "string", format: "date-time" };
      case "binary":
        return { type: "string", contentEncoding: "base64" };
      case "object":
        // The spec's "object" is free-form JSON: any value (the documents use it for lists and numbers too).
        return { "x-docs2sdk-type": "object" };
      default:
        return { type: "string" };
    }
  }
  if ("array" in type) return { type: "array", items: schemaOf(type.array, ref) };
  return { $ref: ref(type.ref) };
}

/** A documented value as a JSON value of the type ("10" for an integer is 10), or undefined when it is not one. */
function typedValue(text: string, type: PrimitiveType): unknown {
  if (type === "object") return undefined;
  // A value the document prints as a JSON string ('"2021-04-27T08:49:34Z"') is the string inside.
  const unquoted = /^".*"$/s.test(text) ? parseJsonString(text) ?? text : text;
  const value = fromWireText(unquoted, type, NO_TYPES);
  return primitiveProblem(value, type) === undefined ? value : undefined;
}

function parseJsonString(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The scalar a field's documented values are of: the field's type, or its items' for a list of scalars. */
function scalarOf(type: Type): PrimitiveType | undefined {
  if (typeof type === "string") return type;
  return "array" in type && typeof type.array === "string" ? type.array : undefined;
}

/**
 * The enumeration, example and default of a scalar, each with the field's JSON type. A boolean's
 * documented true/false needs no enum (the type says it); its meanings stay in x-docs2sdk-enum.
 * Open enumerations (the usual case) document values as examples without rejecting new ones.
 */
function scalarValues(field: Field, scalar: PrimitiveType, list: boolean): Json {
  const out: Json = {};
  const documented = (field.enum ?? []).flatMap((e) => {
    const value = typedValue(e.value, scalar);
    return value === undefined ? [] : [{ value: value as string | number | boolean, ...(e.description ? { description: e.description } : {}) }];
  });
  const values = documented.map((e) => e.value);
  const closed = Boolean(field.enumClosed) && values.length > 0 && scalar !== "boolean";
  if (closed) out.enum = field.nullable ? [...values, null] : values;
  // A list's documented example is the whole list ('["sg-1a2b34af"]'): its items are the examples of the item schema.
  const exampleItems = field.example === undefined ? [] : list ? listItems(field.example) : [field.example];
  const typedExamples = exampleItems?.map((e) => (typeof e === "string" ? typedValue(e, scalar) : primitiveProblem(e, scalar) === undefined ? e : undefined));
  const example = typedExamples && typedExamples.length > 0 && typedExamples.every((e) => e !== undefined) ? typedExamples : undefined;
  const fits = (v: unknown) => !closed || (values as unknown[]).includes(v);
  const examples = [...new Set([...(example ?? []).filter(fits), ...(closed || scalar === "boolean" ? [] : values)])];
  if (examples.length) out.examples = examples;
  const defaultValue = field.default !== undefined ? typedValue(field.default, scalar) : undefined;
  if (defaultValue !== undefined && fits(defaultValue)) out.default = defaultValue;
  else if (field.default !== undefined) out["x-docs2sdk-default"] = field.default;
  if ((example === undefined || !example.every(fits)) && field.example !== undefined) out["x-docs2sdk-example"] = field.example;
  if (documented.length) out["x-docs2sdk-enum"] = documented;
  return out;
}

/** The items of a list's documented example: a JSON array's elements, else the text as one item; undefined when it is a JSON value of another kind. */
function listItems(text: string): unknown[] | undefined {
  if (!text.trimStart().startsWith("[")) return [text];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function fieldSchema(field: Field, ref: RefOf = componentRef): Json {
  let schema = schemaOf(field.type, ref);
  const scalar = scalarOf(field.type);
  const values: Json = scalar ? scalarValues(field, scalar, typeof field.type !== "string") : {};
  if (scalar && typeof field.type !== "string") {
    // A list of scalars: the values describe its items ("Array of Integer, one of 1, 2").
    const { default: _default, "x-docs2sdk-default": textDefault, ...itemValues } = values;
    schema = { ...schema, items: { ...(schema.items as Json), ...itemValues } };
    if (field.default !== undefined) schema["x-docs2sdk-default"] = textDefault ?? field.default;
  } else schema = { ...schema, ...values };
  // A schema without a type (free-form JSON) takes null already.
  if (field.nullable && ("$ref" in schema || "type" in schema)) {
    schema = "$ref" in schema ? { oneOf: [schema, { type: "null" }] } : { ...schema, type: [schema.type as string, "null"] };
  }
  const extra: Json = {};
  if (field.description) extra.description = field.description;
  if (!scalar) {
    if (field.default !== undefined) extra["x-docs2sdk-default"] = field.default;
    if (field.example !== undefined) extra["x-docs2sdk-example"] = field.example;
  }
  // $ref siblings are allowed in 3.1; keep the description next to the reference.
  return { ...schema, ...extra };
}

function objectSchema(fields: Field[], description?: string, members: [string, Json][] = [], ref: RefOf = componentRef): Json {
  // fromEntries defines own properties, so a field the document names `__proto__` is kept as a
  // property instead of being swallowed by Object.prototype's setter.
  const properties: Json = Object.fromEntries([...fields.map((f): [string, Json] => [f.name, fieldSchema(f, ref)]), ...members]);
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return {
    type: "object",
    ...(description ? { description } : {}),
    properties,
    ...(required.length ? { required } : {}),
  };
}

function structSchema(s: Struct, ref: RefOf = componentRef): Json {
  return objectSchema(s.fields, s.description || undefined, [], ref);
}

interface SchemaNames {
  /** The error answer of the protocol, one per export. */
  error: string;
  operations: Map<string, { request: string; response: string }>;
}

/** Schema names for the error answer and each action's request and response that never collide with a struct's name. */
function schemaNames(spec: Service): SchemaNames {
  const taken = new Set(spec.types.map((t) => t.name));
  const out = new Map<string, { request: string; response: string }>();
  const unique = (base: string) => {
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    return name;
  };
  for (const a of spec.actions) out.set(a.name, { request: unique(`${a.name}Request`), response: unique(`${a.name}Response`) });
  return { error: unique("ErrorResponse"), operations: out };
}

function basePath(spec: Service): string {
  return protocolOf(spec).request.path;
}

/** The examples of one request or response: those matching the schema, and those the document contradicts. */
interface SortedExamples {
  examples?: Json;
  /** Documented examples that contradict the document's own tables, with the reason. */
  contradicted: Json[];
}

const exampleKey = (i: number) => `example${i + 1}`;
const exampleSummary = (e: Example, i: number) => e.title || `Example ${i + 1}`;

/** Examples as a media type's `examples`, the ones that do not match the schema set apart with the problem. */
function sortExamples(examples: Example[], part: "request" | "response", pick: (e: Example) => unknown, schema: Json, validator: ExampleValidator): SortedExamples {
  const out: Json = {};
  const contradicted: Json[] = [];
  examples.forEach((e, i) => {
    const value = pick(e);
    const problem = validator.problem(schema, value);
    if (problem === undefined) out[exampleKey(i)] = { summary: exampleSummary(e, i), value };
    else contradicted.push({ name: exampleKey(i), part, summary: exampleSummary(e, i), value, problem: `the documented ${part} contradicts its table: ${problem}` });
  });
  return { ...(Object.keys(out).length ? { examples: out } : {}), contradicted };
}

/** How a flattened parameter is spelled on the wire ("DataDisk.1.Size"), for a tool that builds it. */
function flattenedPattern(field: Field, listBase: number): string | undefined {
  const walk = (prefix: string, type: Type): string | undefined => {
    if (typeof type === "string") return undefined;
    if ("array" in type) return `${prefix}.${listBase}` + (walk("", type.array) ?? "") + `, ${prefix}.${listBase + 1}…`;
    return `${prefix}.<member>`;
  };
  return walk(field.name, field.type);
}

/**
 * A GET's parameters, one query parameter per documented field, each with the values the
 * document's request examples give it; a request example with a value that contradicts its
 * parameter moves out whole.
 */
function queryParameters(spec: Service, action: Action, validator: ExampleValidator): { parameters: Json[]; contradicted: Json[] } {
  const listBase = protocolOf(spec).request.listBase ?? 0;
  const contradicted: Json[] = [];
  const kept = action.examples.flatMap((e, i) => {
    for (const [name, value] of Object.entries(e.input)) {
      const field = action.input.find((f) => f.name === name);
      const problem = field ? validator.problem(fieldSchema(field), value) : "is not a parameter of the table";
      if (problem !== undefined) {
        contradicted.push({ name: exampleKey(i), part: "request", summary: exampleSummary(e, i), value: e.input, problem: `the documented request contradicts its table: ${name} ${problem}` });
        return [];
      }
    }
    return [{ e, i }];
  });
  const parameters = action.input.map((field) => {
    const { description, ...schema } = fieldSchema(field);
    const flattened = flattenedPattern(field, listBase);
    const examples = Object.fromEntries(kept.filter(({ e }) => Object.hasOwn(e.input, field.name)).map(({ e, i }) => [exampleKey(i), { summary: exampleSummary(e, i), value: e.input[field.name] }]));
    return {
      name: field.name,
      in: "query",
      required: field.required,
      ...(description ? { description } : {}),
      schema,
      ...(flattened ? { style: "form", explode: true, "x-docs2sdk-flattened-name": flattened } : {}),
      ...(Object.keys(examples).length ? { examples } : {}),
    };
  });
  return { parameters, contradicted };
}

/** The errors every action may return besides its own: the common table (a service-wide business table lists every action's codes). */
export function commonErrors(spec: Service): Service["errors"] {
  return spec.errors.filter((e) => e.kind !== "business");
}

function operation(spec: Service, action: Action, names: { request: string; response: string }, schemas: { error: string; validator: ExampleValidator }, method: "get" | "post"): Json {
  // The action's own codes and the common table; a service-wide business table lists every action's codes.
  const errorCodes = [...new Set([...action.errors, ...commonErrors(spec)].map((e) => e.code))];
  const wire = protocolOf(spec).request;
  const op: Json = {
    operationId: method === wire.method ? action.name : `${action.name}_${method}`,
    summary: action.title || action.name,
    ...(action.description ? { description: action.description } : {}),
    tags: [action.category || UNCATEGORIZED],
    ...(action.deprecated ? { deprecated: true } : {}),
    "x-docs2sdk-action": action.name,
  };
  if (action.rateLimit !== undefined) op["x-docs2sdk-rate-limit"] = action.rateLimit;
  if (action.pagination) op["x-docs2sdk-pagination"] = action.pagination;
  const requestRef = { $ref: `#/components/schemas/${names.request}` };
  const contradicted: Json[] = [];
  if (wire.method === "post") {
    op.parameters = [
      { name: "X-TC-Action", in: "header", required: true, schema: { type: "string", const: action.name } },
      { name: "X-TC-Version", in: "header", required: true, schema: { type: "string", const: spec.version } },
      { name: "X-TC-Timestamp", in: "header", required: true, schema: { type: "integer" } },
      { name: "X-TC-Region", in: "header", required: action.region === "required", schema: { type: "string" } },
    ];
    const request = sortExamples(action.examples, "request", (e) => e.input, requestRef, schemas.validator);
    contradicted.push(...request.contradicted);
    op.requestBody = { required: true, content: { "application/json": { schema: requestRef, ...(request.examples ? { examples: request.examples } : {}) } } };
  } else {
    // V2 and Alibaba RPC take every parameter in the query, flattened ("Tag.1.Key=v"); a form body
    // only where the document says the action accepts POST.
    const action0 = { name: "Action", in: "query", required: true, schema: { type: "string", const: action.name } };
    if (method === "get") {
      const query = queryParameters(spec, action, schemas.validator);
      op.parameters = [action0, ...query.parameters];
      contradicted.push(...query.contradicted);
    } else {
      op.parameters = [action0];
      const request = sortExamples(action.examples, "request", (e) => e.input, requestRef, schemas.validator);
      contradicted.push(...request.contradicted);
      op.requestBody = {
        required: false,
        description: "Sent as a form: arrays as Name.1, Name.2…; nested members as Name.1.Member.",
        content: { "application/x-www-form-urlencoded": { schema: requestRef, ...(request.examples ? { examples: request.examples } : {}) } },
      };
    }
    op["x-docs2sdk-flattened"] = wire.listBase === 1 ? "one-based" : "zero-based";
  }
  const success = successSchema(spec, { $ref: `#/components/schemas/${names.response}` });
  const errorRef = { $ref: `#/components/schemas/${schemas.error}` };
  const inBody = errorsInSuccessStatus(spec);
  // Examples are success answers: checked against the success schema, whose problem is the one to tell.
  const response = sortExamples(action.examples, "response", (e) => e.output, success, schemas.validator);
  contradicted.push(...response.contradicted);
  op.responses = {
    "200": {
      description: inBody ? "Success, or an API error in the body (these APIs report errors with HTTP 200)." : "Success.",
      content: { "application/json": { schema: inBody ? { anyOf: [success, errorRef] } : success, ...(response.examples ? { examples: response.examples } : {}) } },
    },
    default: {
      description: inBody ? "A server failure (5xx), with the error body." : "An API error, with the HTTP status of the error.",
      content: { "application/json": { schema: errorRef } },
    },
  };
  if (contradicted.length) op["x-docs2sdk-examples"] = contradicted;
  if (errorCodes.length) op["x-docs2sdk-error-codes"] = [...new Set(errorCodes)];
  return op;
}

/**
 * Where the endpoint belongs to the customer's deployment, not to a public cloud: Apsara Stack
 * (the Alibaba documents bundled are its exports) and Tencent Cloud Enterprise.
 */
const DEPLOYMENTS: Partial<Record<Service["provider"], string>> = { aliyun: "Apsara Stack", tce: "TCE (Tencent Cloud Enterprise)" };

/** Hosts reserved for documentation (RFC 2606, RFC 6761): a document's placeholder, never a server. */
const RESERVED_HOST = /(^|\.)(example\.(com|net|org)|example|invalid|test|localhost)$/i;

/**
 * The documented endpoint and regional endpoints; where the endpoint is the deployment's, a server
 * variable saying so, whose default is the documented host unless that is a placeholder.
 */
function serversOf(spec: Service): Json[] {
  const deployment = DEPLOYMENTS[spec.provider];
  const placeholder = RESERVED_HOST.test(spec.endpoint) || spec.endpoint === "";
  if (!deployment && !placeholder) {
    return [
      { url: `https://${spec.endpoint}`, description: "default endpoint" },
      ...(spec.regions ?? []).filter((r) => r.endpoint && r.endpoint !== spec.endpoint).map((r) => ({ url: `https://${r.endpoint}`, description: `${r.name} (${r.id})` })),
    ];
  }
  const documented = placeholder
    ? spec.endpoint ? ` The document's address ${spec.endpoint} is a placeholder.` : " The document names no address."
    : ` The document names ${spec.endpoint}.`;
  return [{
    url: "https://{endpoint}",
    description: `The ${spec.service} endpoint of your ${deployment ? `${deployment} ` : ""}deployment.`,
    variables: {
      endpoint: {
        default: placeholder ? spec.service : spec.endpoint,
        description: `Host (and port) of the ${spec.service} service in your ${deployment ? `${deployment} ` : ""}deployment.${documented}`,
      },
    },
  }];
}

const UNCATEGORIZED = "Other";

/** Tags from the document's API overview categories; actions it puts under none share one more. */
function tagsOf(spec: Service): Json[] {
  const byTag = new Map<string, string[]>();
  for (const a of spec.actions) {
    const tag = a.category || UNCATEGORIZED;
    byTag.set(tag, [...(byTag.get(tag) ?? []), a.name]);
  }
  const documented = new Set(spec.actions.map((a) => a.category));
  return [...byTag].map(([name, actions]) => ({
    name,
    description: documented.has(name)
      ? `The document's category ${name}: ${actions.join(", ")}.`
      : `Actions the document's API overview puts under no category: ${actions.join(", ")}.`,
  }));
}

/** What an export says of itself where the document gives the service no description. */
function fallbackDescription(spec: Service): string {
  const { label } = protocolOf(spec);
  return `The ${spec.title || spec.service} API (${spec.service}) version ${spec.version}, ${label}${spec.source ? `, as documented in ${spec.source.file}` : ""}.`;
}

/** The protocol's signature as an OpenAPI security scheme. */
function signingScheme(spec: Service): Json {
  const { signing } = protocolOf(spec);
  return { type: "apiKey", in: signing.in, name: signing.parameter, description: signing.description };
}

export function toOpenApi(spec: Service): Json {
  const names = schemaNames(spec);
  const schemas: Json = Object.fromEntries(spec.types.map((s) => [s.name, structSchema(s)]));
  for (const a of spec.actions) {
    const n = names.operations.get(a.name)!;
    schemas[n.request] = objectSchema(a.input, `Request parameters of ${a.name}`);
    schemas[n.response] = objectSchema(a.output, `Response of ${a.name}`, envelopeSchemas(spec, a.output));
  }
  schemas[names.error] = errorSchema(spec);
  const validator = new ExampleValidator(schemas);
  const paths: Json = {};
  const base = basePath(spec);
  const method = protocolOf(spec).request.method;
  for (const a of spec.actions) {
    const item: Json = { [method]: operation(spec, a, names.operations.get(a.name)!, { error: names.error, validator }, method) };
    if (method === "get" && a.httpMethods?.some((m) => m.toUpperCase() === "POST")) item.post = operation(spec, a, names.operations.get(a.name)!, { error: names.error, validator }, "post");
    paths[`${base}#${a.name}`] = item;
  }
  const servers = serversOf(spec);
  const tags = tagsOf(spec);
  return {
    openapi: OPENAPI_VERSION,
    info: {
      title: `${spec.title} (${spec.provider} ${spec.service})`,
      version: spec.version,
      description: spec.description || fallbackDescription(spec),
      "x-docs2sdk-protocol": spec.protocol,
    },
    servers,
    tags,
    security: [{ [spec.protocol]: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: { [spec.protocol]: signingScheme(spec) },
      ...(spec.errors.length ? { "x-docs2sdk-errors": spec.errors.map((e) => ({ code: e.code, description: e.description, ...(e.httpStatus ? { httpStatus: e.httpStatus } : {}) })) } : {}),
    },
  };
}

/**
 * The same schemas as standalone JSON Schema (2020-12), for tools that take one schema per action
 * (the MCP server's describe_action): every structure once under `defs`, referenced as "#/$defs/X",
 * and per action its request and response object (the action's own members: the client unwraps the
 * protocol's envelope). A consumer adds to each schema the definitions it reaches.
 */
export function actionJsonSchemas(spec: Service): { defs: Record<string, Json>; actions: Map<string, { input: Json; output: Json }> } {
  const ref: RefOf = (struct) => `#/$defs/${struct}`;
  const defs: Record<string, Json> = Object.fromEntries(spec.types.map((s) => [s.name, structSchema(s, ref)]));
  const actions = new Map(
    spec.actions.map((a) => [a.name, { input: objectSchema(a.input, `Request parameters of ${a.name}`, [], ref), output: objectSchema(a.output, `Response of ${a.name}`, [], ref) }]),
  );
  return { defs, actions };
}
