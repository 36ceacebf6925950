// The normalized spec: the one model between parsers and emitters.
//
// Field names marked "contract" are fixed by ../shared/spec-contract.md and read by tools outside
// this project; everything else is our extension and is described in spec/schema.json.
// Parsers build these objects; emitters only ever read them back from spec/*.json.

export type PrimitiveType =
  | "string"
  | "integer"
  | "float"
  | "boolean"
  | "date"
  | "timestamp"
  | "timestamp-iso8601"
  | "binary"
  | "object"; // free-form JSON

export type Type = PrimitiveType | { array: Type } | { ref: string };

export type Provider = "tencentcloud" | "tce" | "aliyun";
export type Protocol = "tc3" | "tencent-v2" | "aliyun-rpc";

/** Where a thing was read: the bundled document (path relative to the repo) and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** One documented value of an enumeration ("PREPAID：预付费"). */
export interface EnumValue {
  value: string;
  description?: string;
}

export interface Field {
  name: string; // contract: the wire name, without ".N"
  type: Type; // contract
  required: boolean; // contract
  description: string; // contract: plain text
  nullable?: boolean; // contract: the doc says the value may be null
  /** The '示例值' of the description, as text (documents do not guarantee JSON). */
  example?: string;
  /** The '默认值'/'默认取值' of the description, as text. */
  default?: string;
  /** Values the description enumerates. Open unless `enumClosed` (the doc says only these). */
  enum?: EnumValue[];
  enumClosed?: boolean;
  source?: SourceRef;
}

export interface Struct {
  name: string; // contract
  description: string; // contract
  fields: Field[]; // contract
  /** "input" when the doc's table has a 必选 column (usable in requests), else "output". */
  usage?: "input" | "output" | "both";
  /** Actions the doc says reference this structure ('被如下接口引用'). */
  referencedBy?: string[];
  source?: SourceRef;
}

export interface ErrorCode {
  code: string; // contract
  description: string; // contract
  httpStatus?: number; // contract
  /** Where it was listed: the common table, the business table, or an action's own table. */
  kind?: "common" | "business";
  source?: SourceRef;
}

export interface Example {
  title: string; // contract
  input: Record<string, unknown>; // contract
  output: Record<string, unknown>; // contract
  description?: string;
  /** How the request was shown: a GET query string, or a POST JSON body. */
  requestForm?: "get" | "post";
  /** Other renderings of the response the doc shows (e.g. Alibaba's XML), verbatim. */
  outputXml?: string;
  source?: SourceRef;
}

/** Paging pattern of a list action (filled where the document shows one). */
export interface Pagination {
  style: "offset" | "page" | "token";
  /** Request parameter carrying the start (Offset / PageNumber / NextToken). */
  inputToken: string;
  /** Request parameter carrying the page size (Limit / PageSize / MaxResults). */
  pageSize?: string;
  /** Response field carrying the total count, where the doc has one. */
  totalCount?: string;
  /** Response field carrying the next token (token style). */
  outputToken?: string;
  /** Response field holding the list of items (a dotted path for nested lists). */
  items: string;
}

export interface Action {
  name: string; // contract
  title: string; // contract
  description: string; // contract
  input: Field[]; // contract
  output: Field[]; // contract
  errors: ErrorCode[]; // contract
  examples: Example[]; // contract
  /** The group heading of the API overview ('实例相关接口'). */
  category?: string;
  /** Documented default rate limit, requests per second. */
  rateLimit?: number;
  /** HTTP method(s) the doc shows for the action, where it says. */
  httpMethods?: string[];
  /** Whether the Region common parameter is required, optional or not used. */
  region?: "required" | "optional" | "none";
  deprecated?: boolean;
  pagination?: Pagination;
  notes?: string[];
  /** The action's page in the provider's API Explorer (call it online), where the document links one. */
  explorerUrl?: string;
  source?: SourceRef;
}

export interface Region {
  id: string;
  name: string;
  endpoint?: string;
}

/** Languages a document's prose can be in. */
export type Language = "zh" | "en";

export interface Service {
  provider: Provider; // contract
  service: string; // contract
  version: string; // contract
  protocol: Protocol; // contract
  /**
   * The protocol whose answers (envelope wrapper, error body) the document shows, where it is not
   * `protocol`'s: the 2017 CVM PDF's pages send V2 requests and show API 3.0 answers ({"Response": …}).
   */
  responseProtocol?: Protocol;
  endpoint: string; // contract
  title: string; // contract
  actions: Action[]; // contract
  types: Struct[]; // contract
  errors: ErrorCode[]; // contract
  description?: string;
  /** Documented regional endpoints and region ids. */
  regions?: Region[];
  /** Service-wide request parameters the doc lists as common/public parameters. */
  commonParameters?: Field[];
  /** Set on an older document of the same API: "<provider>/<service>/<version>" of the newer spec. */
  supersededBy?: string;
  /**
   * The language of the document's prose (descriptions, titles). Absent means Chinese, the
   * language of every bundled document; English exports (tencentcloud.com) record "en".
   */
  language?: Language;
  /** The bundled document this spec was parsed from, with the line range of its part. */
  source?: { file: string; startLine: number; endLine: number; dialect: string };
}

export const PRIMITIVE_TYPES: readonly PrimitiveType[] = [
  "string",
  "integer",
  "float",
  "boolean",
  "date",
  "timestamp",
  "timestamp-iso8601",
  "binary",
  "object",
];

/** Every struct name a type mentions (for reference checks and dependency walks). */
export function typeRefs(type: Type): string[] {
  if (typeof type === "string") return [];
  if ("array" in type) return typeRefs(type.array);
  return [type.ref];
}

/** A readable rendering of a type, as the documents write it ("Array of Filter"). */
export function typeToString(type: Type): string {
  if (typeof type === "string") return type;
  if ("array" in type) return `Array of ${typeToString(type.array)}`;
  return type.ref;
}

/** The path of a service's spec file below spec/, as the contract lays them out. */
export function specPath(s: Pick<Service, "provider" | "service" | "version">): string {
  return `${s.provider}/${s.service}/${s.version}.json`;
}
