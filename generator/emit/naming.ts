// Names of generated packages and of the TypeScript symbols inside them, as CONVENTIONS.md fixes
// them. Every emitter that refers to a client package (docs, fixtures, tests) imports these, so a
// name is decided in exactly one place.
import { protocolOf } from "../spec/protocols.ts";
import type { Action, Service } from "../spec/types.ts";

type Named = Pick<Service, "provider" | "service" | "protocol">;

/** "cvm" -> "Cvm", "cloud-audit" -> "CloudAudit", "describe_instances" -> "DescribeInstances". */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** Directory below generated/: "tencentcloud-cvm", "tce-vpc-v2" (tencent-v2 packages get "-v2"). */
export function packageDir(spec: Named): string {
  return `${spec.provider}-${spec.service}${protocolOf(spec).packageSuffix}`;
}

/**
 * How a project names and describes its packages (docs2sdk.config.json's "packages"): the npm scope,
 * per-package name overrides keyed by package directory ("tencentcloud-cvm", "runtime"), and the
 * package.json fields copied into every emitted package. Absent: docs2sdk's own names.
 */
export interface PackageOptions {
  /** "@docs2sdk" unless configured. */
  scope: string;
  /** Full npm names by package directory, e.g. { "tencentcloud-cvm": "@acme/cvm", "runtime": "@acme/sdk-runtime" }. */
  names?: Record<string, string>;
  /** package.json fields (repository, homepage, license, author, publishConfig) set in every emitted package.json. */
  metadata?: Record<string, unknown>;
  /** Packaging of every package (generator/emit/packaging.ts); absent: docs2sdk's own defaults. */
  packaging?: PackagingOptions;
}

export interface PackagingOptions {
  /** The output directory relative to the repository root ("generated"): package.json repository.directory is "<this>/<package directory>". */
  directory?: string;
  /** False when the mcp emitter does not run: the client READMEs then do not point to an MCP server package. */
  mcp?: boolean;
  /** False when the docs emitter does not run: the packages then get a short README of their own and no "docs" in package.json files. */
  docs?: boolean;
  /** False when the fixtures emitter does not run: no "fixtures" in package.json files or exports. */
  fixtures?: boolean;
  /** The LICENSE file of every package: a license text, or the holder named in the default MIT text. */
  licenseText?: string;
  licenseHolder?: string;
  /** The docs site's title ("docs2sdk API reference"). */
  siteTitle?: string;
  /** The environment variable that turns on the runtime's debug log (DOCS2SDK_DEBUG). */
  debugVariable?: string;
}

/** The runtime's debug log variable as templates/runtime spells it. */
export const DEFAULT_DEBUG_VARIABLE = "DOCS2SDK_DEBUG";

export const DEFAULT_PACKAGE_OPTIONS: PackageOptions = { scope: "@docs2sdk" };

/** The npm name: "@docs2sdk/tencentcloud-cvm" (or the configured scope's, or the configured name). */
export function packageName(spec: Named, packages: PackageOptions = DEFAULT_PACKAGE_OPTIONS): string {
  const dir = packageDir(spec);
  return (Object.hasOwn(packages.names ?? {}, dir) ? packages.names![dir] : undefined) ?? `${packages.scope}/${dir}`;
}

/** The MCP server package of a client package: directory and command "tencentcloud-cvm-mcp", npm name "<client name>-mcp". */
export function mcpPackageDir(spec: Named): string {
  return `${packageDir(spec)}-mcp`;
}

export function mcpPackageName(spec: Named, packages: PackageOptions = DEFAULT_PACKAGE_OPTIONS): string {
  return `${packageName(spec, packages)}-mcp`;
}

/** The shared runtime every client package depends on: "@docs2sdk/runtime", or "<scope>/runtime". */
export function runtimePackageName(packages: PackageOptions = DEFAULT_PACKAGE_OPTIONS): string {
  return (Object.hasOwn(packages.names ?? {}, "runtime") ? packages.names!.runtime : undefined) ?? `${packages.scope}/runtime`;
}

/** The runtime's name without configuration. */
export const RUNTIME_PACKAGE = runtimePackageName();

/** "CvmClient", "VpcV2Client", "EcsClient". */
export function clientClassName(spec: Named): string {
  return `${pascalCase(spec.service)}${protocolOf(spec).classSuffix}Client`;
}

/**
 * The runtime class a package's clients build on: one per protocol, so that a bundle carries only
 * the protocol (request builder and signer) its service speaks.
 */
export function runtimeClientClass(spec: Pick<Service, "protocol">): string {
  return protocolOf(spec).runtimeClass;
}

/** The package's own client class the factory returns and the aggregated client extends: "CvmBaseClient". */
export function baseClientClassName(spec: Named): string {
  return clientClassName(spec).replace(/Client$/, "BaseClient");
}

/** The package's client configuration type: "CvmClientConfig". */
export function clientConfigTypeName(spec: Named): string {
  return `${clientClassName(spec)}Config`;
}

/** The package's per-call options type: "CvmCallOptions". */
export function callOptionsTypeName(spec: Named): string {
  return clientClassName(spec).replace(/Client$/, "CallOptions");
}

/** The union of the documented region ids: "CvmRegion". */
export function regionTypeName(spec: Named): string {
  return clientClassName(spec).replace(/Client$/, "Region");
}

/** "DescribeInstances" -> "paginateDescribeInstances": the action's paginator (function and client method). */
export function paginatorFunctionName(action: Pick<Action, "name">): string {
  return `paginate${action.name}`;
}

/** The file of the action's paginator, relative to the package's src/ (and dist/). */
export function paginatorModule(action: Pick<Action, "name">): string {
  return `paginators/${action.name}`;
}

/** The factory of a bare client for the standalone commands: "createCvmClient". */
export function clientFactoryName(spec: Named): string {
  return `create${clientClassName(spec)}`;
}

// ECMAScript reserved words and strict-mode/contextual ones that cannot name a function or binding.
const JS_RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval"
  ).split(" "),
);

/** "DescribeInstances" -> "describeInstances"; a reserved word gets an "Action" suffix ("delete" -> "deleteAction"). */
export function commandFunctionName(action: Pick<Action, "name">): string {
  const name = action.name.charAt(0).toLowerCase() + action.name.slice(1);
  return JS_RESERVED.has(name) ? `${name}Action` : name;
}

// Members a generated client inherits (RuntimeClient's, Object.prototype's): a method must not shadow them.
const CLIENT_MEMBERS = new Set(
  "constructor send sendRaw service toString toLocaleString valueOf hasOwnProperty isPrototypeOf propertyIsEnumerable".split(" "),
);

/** The client class's method for an action: the command's name, or with an "Action" suffix where it would shadow an inherited member. */
export function clientMethodName(action: Pick<Action, "name">): string {
  const name = commandFunctionName(action);
  return CLIENT_MEMBERS.has(name) ? `${name}Action` : name;
}

/** "DescribeInstancesRequest". */
export function requestTypeName(action: Pick<Action, "name">): string {
  return `${action.name}Request`;
}

/** "DescribeInstancesResponse". */
export function responseTypeName(action: Pick<Action, "name">): string {
  return `${action.name}Response`;
}

/** "DescribeInstancesErrorCode": the union of the error codes documented for the action. */
export function errorCodeTypeName(action: Pick<Action, "name">): string {
  return `${action.name}ErrorCode`;
}

/** The file of the action's standalone command, relative to the package's src/ (and dist/). */
export function commandModule(action: Pick<Action, "name">): string {
  return `commands/${action.name}`;
}

// Type names a structure must not take: TypeScript's built-in type keywords, reserved words, the
// globals and runtime symbols the generated files use, and the package's own fixed exports.
const TYPE_RESERVED = new Set([
  ...JS_RESERVED,
  ..."any unknown never string number boolean symbol object bigint undefined type keyof readonly infer is asserts as satisfies".split(" "),
  ..."Array Record Partial Promise Date Error Object String Number Boolean Symbol Function ReadonlyArray Map Set".split(" "),
  ..."RuntimeClient Tc3Client TencentV2Client AliyunRpcClient ServiceError ServiceInfo ClientConfig CallOptions Credentials Protocol Transport".split(" "),
  ..."ErrorCodes CommonErrorCode SERVICE_INFO isServiceErrorFrom".split(" "),
  // Exported by the package entry next to the structures (regions.ts and validate.ts have their own modules).
  ..."RequestValidator PaginateOptions Paginator PaginationLimitError".split(" "),
]);

/**
 * The TypeScript name of every structure of a service, keyed by its spec name.
 *
 * A structure keeps its own name unless it would collide with a generated name (an action's
 * Request/Response/ErrorCode type, the client class, a reserved word or a symbol the generated code
 * imports); then it gets the suffix "Struct", and a number if that is taken too. The result depends
 * only on the spec, so the same spec always yields the same names.
 */
export function structTypeNames(spec: Pick<Service, "provider" | "service" | "protocol" | "actions" | "types">): Map<string, string> {
  const taken = new Set<string>(TYPE_RESERVED);
  taken.add(clientClassName(spec));
  taken.add(clientFactoryName(spec));
  for (const name of [baseClientClassName(spec), clientConfigTypeName(spec), callOptionsTypeName(spec), regionTypeName(spec)]) taken.add(name);
  for (const action of spec.actions) {
    taken.add(requestTypeName(action));
    taken.add(responseTypeName(action));
    taken.add(errorCodeTypeName(action));
  }
  const names = new Map<string, string>();
  // Structures whose own name is free keep it, whatever their position in the document.
  for (const struct of spec.types) {
    if (!taken.has(struct.name) && !names.has(struct.name)) names.set(struct.name, struct.name);
  }
  for (const name of names.values()) taken.add(name);
  for (const struct of spec.types) {
    if (names.has(struct.name)) continue;
    let candidate = `${struct.name}Struct`;
    for (let n = 2; taken.has(candidate); n++) candidate = `${struct.name}Struct${n}`;
    taken.add(candidate);
    names.set(struct.name, candidate);
  }
  return names;
}
