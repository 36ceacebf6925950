// The one description of each wire protocol the generator knows: how a request is sent and signed,
// what envelope wraps an answer and an error, the parameters every request may carry, the paging and
// client-token conventions. The emitters (client, fixtures, OpenAPI, docs, naming), the conformance
// checks and the mock read these fields instead of testing `protocol === "..."`; a new protocol is
// one entry here plus its signer in templates/runtime/src/protocols/.
import type { Protocol, Service } from "./types.ts";

export interface ProtocolDescriptor {
  /** The protocol's spec name. */
  readonly name: Protocol;
  /** How the docs name it: the API generation and its signature. */
  readonly label: string;
  /** The runtime class a package's clients build on (templates/runtime/src/protocols/). */
  readonly runtimeClass: string;
  /** Appended to the package directory ("-v2") and the client class ("V2"), so that the API's generations can live side by side. */
  readonly packageSuffix: string;
  readonly classSuffix: string;
  readonly request: {
    /** HTTP method the clients use; "post" carries a JSON body, "get" flattened query parameters. */
    readonly method: "post" | "get";
    readonly path: string;
    /** Flattened lists' first index ("Tag.0.Key" or "Tag.1.Key"), for query protocols. */
    readonly listBase?: 0 | 1;
    /** Example requests the document shows without saying how are text (query) rather than JSON. */
    readonly textByDefault: boolean;
    /** The request parameter carrying the region, where the action may document it. */
    readonly regionParameter: string;
    /** The region is a common parameter (TC3's X-TC-Region) whose presence the mock checks where an action requires it. */
    readonly regionChecked: boolean;
  };
  readonly signing: {
    /** Where the signature travels, with the name the OpenAPI security scheme gives it. */
    readonly in: "header" | "query";
    readonly parameter: string;
    readonly description: string;
    /** The client config picks the HTTP method and signature method (V2's httpMethod/signatureMethod), which the README explains. */
    readonly configurable: boolean;
  };
  readonly envelope: {
    /** The member every answer is wrapped in ("Response"), if any. */
    readonly wrapper?: string;
    /** Members of the (unwrapped) answer that belong to the protocol, not to an action. */
    readonly fields: readonly string[];
    /** Of those, the ones a client strips before resolving (their meaning becomes a thrown error). */
    readonly stripped: readonly string[];
    /** The members a success answer carries, for a synthesized answer ({} when none). */
    readonly success: Readonly<Record<string, unknown>>;
    /** Success members added only where the action's table documents the member. */
    readonly successWhenDocumented: Readonly<Record<string, unknown>>;
    /** Members that only an error answer has (API 3.0's Error), still not the action's own. */
    readonly errorOnly: readonly string[];
  };
  /** How an error answer looks: the provider's shape, as the mock renders it and clients read it. */
  readonly error: {
    readonly shape: "response-error" | "code-message-codedesc" | "code-message-requestid";
    /** The provider's error code spellings are Alibaba's, not Tencent's. */
    readonly spelling: "tencent" | "alibaba";
    /** The HTTP status of an API error: 200 with the error in the body (Tencent), or the error's own (Alibaba). */
    readonly httpStatus: "200" | "own";
  };
  /** Request parameters the signing and routing layer adds to every request, not an action's own. */
  readonly commonParameters: readonly string[];
  /** Further parameters any action accepts though it does not document them (Alibaba's account ones). */
  readonly acceptedParameters: readonly string[];
  readonly paging: {
    /** Page size a mock page falls back to where the action documents no default. */
    readonly defaultPageSize: number;
  };
  /**
   * Request parameter names that carry a client token (idempotency key) where an action documents
   * one: the client fills it with a random UUID when the caller leaves it out and reuses it across
   * retries. Matched case-sensitively, as the wire is.
   */
  readonly clientTokenParameters: string[];
}

const TC3: ProtocolDescriptor = {
  name: "tc3",
  label: "TC3-HMAC-SHA256",
  runtimeClass: "Tc3Client",
  packageSuffix: "",
  classSuffix: "",
  request: { method: "post", path: "/", textByDefault: false, regionParameter: "Region", regionChecked: true },
  signing: {
    in: "header",
    parameter: "Authorization",
    description:
      "TC3-HMAC-SHA256: Authorization = 'TC3-HMAC-SHA256 Credential=<SecretId>/<date>/<service>/tc3_request, SignedHeaders=content-type;host, Signature=<hex>', where the signature is HMAC-SHA256 over the hashed canonical request with a key derived from 'TC3'+SecretKey, the UTC date, the service and 'tc3_request'. X-TC-Timestamp carries the request time.",
    configurable: false,
  },
  envelope: { wrapper: "Response", fields: ["RequestId"], stripped: [], success: {}, successWhenDocumented: {}, errorOnly: ["Error"] },
  error: { shape: "response-error", spelling: "tencent", httpStatus: "200" },
  commonParameters: ["Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token", "Language"],
  acceptedParameters: [],
  paging: { defaultPageSize: 20 },
  clientTokenParameters: ["ClientToken"],
};

const TENCENT_V2: ProtocolDescriptor = {
  name: "tencent-v2",
  label: "Tencent API 2.0, HmacSHA1/HmacSHA256",
  runtimeClass: "TencentV2Client",
  packageSuffix: "-v2",
  classSuffix: "V2",
  request: { method: "get", path: "/v2/index.php", listBase: 0, textByDefault: true, regionParameter: "Region", regionChecked: false },
  signing: {
    in: "query",
    parameter: "Signature",
    description:
      "Tencent signature v1: Signature = base64(HMAC-SHA1 or HMAC-SHA256 of METHOD+host+path+'?'+sorted raw key=value pairs, keyed by SecretKey), with SecretId, Timestamp, Nonce and SignatureMethod in the query.",
    configurable: true,
  },
  envelope: { fields: ["code", "message", "codeDesc"], stripped: ["code", "message", "codeDesc"], success: { code: 0, message: "" }, successWhenDocumented: { codeDesc: "Success" }, errorOnly: ["RequestId"] },
  error: { shape: "code-message-codedesc", spelling: "tencent", httpStatus: "200" },
  commonParameters: ["Action", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "SignatureMethod", "Token", "RequestClient"],
  acceptedParameters: [],
  paging: { defaultPageSize: 20 },
  clientTokenParameters: ["ClientToken", "clientToken"],
};

const ALIYUN_RPC: ProtocolDescriptor = {
  name: "aliyun-rpc",
  label: "Alibaba Cloud RPC, HMAC-SHA1",
  runtimeClass: "AliyunRpcClient",
  packageSuffix: "",
  classSuffix: "",
  request: { method: "get", path: "/", listBase: 1, textByDefault: true, regionParameter: "RegionId", regionChecked: false },
  signing: {
    in: "query",
    parameter: "Signature",
    description:
      "Alibaba Cloud RPC signature 1.0: Signature = base64(HMAC-SHA1(AccessKeySecret+'&', METHOD+'&%2F&'+percentEncode(sorted, percent-encoded query))), with AccessKeyId, SignatureMethod=HMAC-SHA1, SignatureVersion=1.0, SignatureNonce and Timestamp in the query.",
    configurable: false,
  },
  envelope: { fields: ["RequestId"], stripped: [], success: {}, successWhenDocumented: {}, errorOnly: [] },
  error: { shape: "code-message-requestid", spelling: "alibaba", httpStatus: "own" },
  commonParameters: ["Action", "Version", "Format", "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "TimeStamp", "SecurityToken"],
  // The owner and resource-owner identity, and RegionId (the clients fill it from their region
  // option, so an action that does not document it must not fail for it).
  acceptedParameters: ["SignatureType", "ResourceOwnerAccount", "ResourceOwnerId", "OwnerAccount", "OwnerId", "RegionId"],
  paging: { defaultPageSize: 10 },
  clientTokenParameters: ["ClientToken"],
};

/** Every protocol's descriptor, keyed by its spec name: the compiler insists on one per Protocol. */
export const PROTOCOLS: Readonly<Record<Protocol, ProtocolDescriptor>> = { tc3: TC3, "tencent-v2": TENCENT_V2, "aliyun-rpc": ALIYUN_RPC };

/** The descriptor of a service's protocol (or of a protocol name). */
export function protocolOf(spec: Pick<Service, "protocol"> | Protocol): ProtocolDescriptor {
  const name = typeof spec === "string" ? spec : spec.protocol;
  const descriptor = Object.hasOwn(PROTOCOLS, name) ? PROTOCOLS[name] : undefined;
  if (!descriptor) throw new Error(`unknown protocol ${JSON.stringify(name)}: expected one of ${Object.keys(PROTOCOLS).join(", ")}`);
  return descriptor;
}

/** The descriptor of the protocol a service's answers follow (its envelope and error body). */
export function answerProtocolOf(spec: Pick<Service, "protocol" | "responseProtocol">): ProtocolDescriptor {
  return protocolOf(spec.responseProtocol ?? spec.protocol);
}

/** The request parameter names that carry a client token for this protocol ("ClientToken"). */
export function clientTokenParameters(spec: Pick<Service, "protocol"> | Protocol): string[] {
  return protocolOf(spec).clientTokenParameters;
}

/** Response members of the protocol's envelope, success and error: not the action's own. */
export function envelopeMembers(spec: Pick<Service, "protocol"> | Protocol): string[] {
  const { envelope } = protocolOf(spec);
  return [...new Set([...envelope.fields, ...envelope.errorOnly])];
}
