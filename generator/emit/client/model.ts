// The view model of one client package: every name, type expression and comment the templates
// print, computed from the spec and escaped for where it goes. Templates only arrange it.
import type { Action, Field, Service, SourceRef, Struct } from "../../spec/types.ts";
import type { Diagnostics } from "../../spec/diagnostics.ts";
import {
  clientClassName,
  clientFactoryName,
  clientMethodName,
  commandFunctionName,
  commandModule,
  errorCodeTypeName,
  packageDir,
  packageName,
  requestTypeName,
  responseTypeName,
  RUNTIME_PACKAGE,
  runtimeClientClass,
  structTypeNames,
} from "../naming.ts";
import { commentLines, jsdoc, propertyKey, stringLiteral, type DocBlock } from "./escape.ts";
import { fieldType } from "./type-map.ts";

/**
 * Version of every client package. The API version lives in package.json's "docs2sdk" block; the
 * package version moves with the generator's output shape, never with the date, so regeneration
 * is byte-identical.
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
  input: FieldModel[];
  output: FieldModel[];
  requestDoc: string;
  responseDoc: string;
  errorDoc: string;
  commandDoc: string;
  methodDoc: string;
}

export interface PackageModel {
  dir: string;
  packageName: string;
  specPath: string;
  header: string;
  runtime: string;
  clientClass: string;
  /** The protocol's runtime class (Tc3Client...) the clients extend or instantiate. */
  baseClass: string;
  factory: string;
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

function seeTag(source: SourceRef | undefined): [string, string][] {
  return source ? [["see", `${source.file} line ${source.line}`]] : [];
}

function fieldDoc(field: Field, indent: string, unknownRef?: string): string {
  const tags: [string, string][] = [];
  if (field.example !== undefined && field.example !== "") tags.push(["example", field.example]);
  if (field.default !== undefined && field.default !== "") tags.push(["defaultValue", field.default]);
  tags.push(...seeTag(field.source));
  const notes = unknownRef ? [`The document does not define the structure ${unknownRef}; typed as unknown.`] : [];
  return jsdoc({ text: [field.description, ...notes], tags }, indent);
}

/** Keeps the first of fields that share a wire name; reports the others. */
function uniqueFields(fields: Field[], where: string, line: number, diagnostics: Diagnostics): Field[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    if (seen.has(f.name)) {
      diagnostics.warn("client.duplicate-field", f.source?.line ?? line, `${where} lists the field ${f.name} twice; the client keeps the first`);
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

export function buildPackageModel(loaded: { path: string; service: Service }, diagnostics: Diagnostics): PackageModel {
  const { service: spec } = loaded;
  const line = spec.source?.startLine ?? 1;

  // Duplicate actions or structures would be duplicate declarations: keep the first, say so.
  const actions: Action[] = [];
  const actionNames = new Set<string>();
  const functionNames = new Set<string>();
  for (const action of spec.actions) {
    const fn = commandFunctionName(action);
    if (actionNames.has(action.name) || functionNames.has(fn)) {
      diagnostics.warn("client.duplicate-action", action.source?.line ?? line, `${loaded.path}: action ${action.name} appears twice; the client keeps the first`);
      continue;
    }
    actionNames.add(action.name);
    functionNames.add(fn);
    actions.push(action);
  }
  const types: Struct[] = [];
  for (const struct of spec.types) {
    if (types.some((t) => t.name === struct.name)) {
      diagnostics.warn("client.duplicate-struct", struct.source?.line ?? line, `${loaded.path}: structure ${struct.name} is defined twice; the client keeps the first`);
      continue;
    }
    types.push(struct);
  }

  const structNames = structTypeNames({ ...spec, actions, types });
  const fields = (list: Field[], where: string, indent = "  "): FieldModel[] =>
    uniqueFields(list, where, line, diagnostics).map((field) => {
      const missing = findMissingRef(field, structNames);
      if (missing) diagnostics.warn("client.unknown-struct", field.source?.line ?? line, `${where}.${field.name} refers to structure ${missing}, which the spec does not define; typed as unknown`);
      return {
        doc: fieldDoc(field, indent, missing),
        key: propertyKey(field.name),
        optional: !field.required,
        // `| undefined` lets callers under exactOptionalPropertyTypes pass a maybe-undefined value.
        type: fieldType(field, (name) => structNames.get(name) ?? "unknown") + (field.required ? "" : " | undefined"),
      };
    });

  const structs: StructModel[] = types.map((struct) => ({
    name: structNames.get(struct.name)!,
    doc: jsdoc({
      text: [struct.description, structNames.get(struct.name) !== struct.name ? `Documented as the structure ${struct.name}.` : undefined],
      tags: seeTag(struct.source),
    }),
    fields: fields(struct.fields, struct.name),
  }));

  const common = unique(spec.errors.map((e) => e.code));
  const clientClass = clientClassName(spec);
  const actionModels: ActionModel[] = actions.map((action) => {
    const own = unique(action.errors.map((e) => e.code)).filter((c) => !common.includes(c));
    const errorType = errorCodeTypeName(action);
    const summary = [action.title, action.description];
    const deprecated: [string, string][] = action.deprecated ? [["deprecated", "The document marks this action as deprecated."]] : [];
    const facts = [
      action.rateLimit !== undefined ? `Default rate limit: ${action.rateLimit} requests per second.` : undefined,
      ...(action.notes ?? []),
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
      input: fields(action.input, requestTypeName(action)),
      output: fields(responseFields(spec, action), responseTypeName(action)),
      requestDoc: jsdoc({ text: [`Input of ${action.name}: ${action.title}`], tags: seeTag(action.source) }),
      responseDoc: jsdoc({
        text: [
          `Output of ${action.name}: ${action.title}`,
          spec.protocol === "tencent-v2" ? "Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError." : undefined,
        ],
        tags: seeTag(action.source),
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
          ...deprecated,
          ...seeTag(action.source),
        ],
      }),
      methodDoc: jsdoc(
        { text: [...summary, ...facts], tags: [throwsTag, ...deprecated, ...seeTag(action.source)] },
        "  ",
      ),
    };
  });

  const exampleAction = actionModels[0];
  const title = `${spec.title} (${spec.provider} ${spec.service}, API ${spec.version})`;
  return {
    dir: packageDir(spec),
    packageName: packageName(spec),
    specPath: loaded.path,
    header: `// Generated by docs2sdk from spec/${inline(loaded.path)}. Do not edit: change the document or the templates, then regenerate.\n`,
    runtime: RUNTIME_PACKAGE,
    clientClass,
    baseClass: runtimeClientClass(spec),
    factory: clientFactoryName(spec),
    structs,
    actions: actionModels,
    commonUnion: common.length > 0 ? common.map(stringLiteral).join(" | ") : "never",
    commonDoc: jsdoc({ text: ["Error codes every action of the service may return (the common error table).", errorList(spec.errors)] }),
    clientDoc: jsdoc({
      text: [
        `Client of ${title}, with one method per action.`,
        spec.description,
        `For the smallest bundles, call the standalone commands instead (each action is its own module).`,
      ],
    }),
    typeNames: [...structs.map((s) => s.name), ...actionModels.flatMap((a) => [a.requestType, a.responseType])].sort(),
    errorTypes: actionModels.map((a) => a.errorType).sort(),
    provider: stringLiteral(spec.provider),
    service: stringLiteral(spec.service),
    version: stringLiteral(spec.version),
    protocol: stringLiteral(spec.protocol),
    endpoint: stringLiteral(spec.endpoint),
    titleComment: inline(title),
    exampleFunction: exampleAction?.functionName ?? "",
    exampleMethod: exampleAction?.methodName ?? "",
    exampleAction: exampleAction?.name ?? "",
    packageJson: {
      packageName: packageName(spec),
      version: CLIENT_PACKAGE_VERSION,
      description: `Typed client for ${title}, generated by docs2sdk from its documentation.`,
      runtime: RUNTIME_PACKAGE,
      specPath: loaded.path,
      provider: spec.provider,
      service: spec.service,
      apiVersion: spec.version,
      protocol: spec.protocol,
    },
  };
}

// The runtime unwraps the Tencent V2 envelope: these come back as ServiceError, never as data.
const V2_ENVELOPE = new Set(["code", "message", "codeDesc"]);

/** The fields `send` resolves with: the documented output, minus what the runtime unwraps. */
function responseFields(spec: Service, action: Action): Field[] {
  return spec.protocol === "tencent-v2" ? action.output.filter((f) => !V2_ENVELOPE.has(f.name)) : action.output;
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

