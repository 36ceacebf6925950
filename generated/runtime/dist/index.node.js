import {
  defaultCredentials,
  fromAlibabaEcsRole,
  fromAlibabaProfile,
  fromAliyunCliProfile,
  fromTencentCvmRole,
  fromTencentProfile,
  nodeFiles,
  parseIni
} from "./chunks/chunk-7GOCDWDD.js";
import {
  nodeCrypto
} from "./chunks/chunk-NXGIKAPI.js";
import {
  AliyunRpcSigner,
  BaseClient,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_RETRIES,
  PaginationLimitError,
  Tc3Signer,
  TencentV1Signer,
  ValidationError,
  aliyunRpcProtocol,
  backoffDelay,
  createRequestValidator,
  deriveTc3Keys,
  getPath,
  pageItems,
  paginate,
  protocolFor,
  resolveEndpoint,
  sleep,
  tc3Protocol,
  tencentV2Protocol,
  utcDate
} from "./chunks/chunk-QYD23BFL.js";
import {
  CredentialsError,
  DEFAULT_REFRESH_BEFORE,
  RequestError,
  ServiceError,
  credentialChain,
  credentialFamily,
  envNames,
  fromEnv,
  fromValue,
  isRetryableCode,
  redactSecrets,
  refreshingCredentials
} from "./chunks/chunk-EHMTFJRQ.js";
import {
  flattenParams,
  percentEncode,
  toBase64,
  toHex,
  webCrypto
} from "./chunks/chunk-ZRK4NGLN.js";
import {
  debugLogger,
  maskId,
  redactBody,
  redactRequest,
  redactResponse
} from "./chunks/chunk-ZPG3I5QZ.js";
import {
  fetchTransport
} from "./chunks/chunk-KJTVQA6B.js";
import {
  defaultNodeTransport,
  nodeTransport
} from "./chunks/chunk-EIMCLL2K.js";

// docs2sdk-dist:dist/index.node.js
async function loadOwn(file) {
  return await import(new URL(file, import.meta.url).href);
}
var NOT_BUNDLED = (protocol) => `shared files and instance role (not in this bundle: pass credentials: defaultCredentials("${protocol}"))`;
function lazyDefaultCredentials(service) {
  let chain;
  return async () => {
    chain ??= loadOwn("credentials/node.js").then((m) => m.defaultCredentials(service.protocol), () => credentialChain(fromEnv(service.protocol), async () => {
      throw new CredentialsError(NOT_BUNDLED(service.protocol), [NOT_BUNDLED(service.protocol)]);
    }));
    return (await chain)();
  };
}
function envDebugHooks() {
  const flag = globalThis.process?.env?.DOCS2SDK_DEBUG ?? "";
  if (flag === "" || /^(0|false|no|off)$/i.test(flag))
    return [];
  const logger = loadOwn("logger.js").then((m) => m.debugLogger({ logger: { debug: (line) => console.error(line) }, bodies: /bodies/i.test(flag) }), () => (console.error("docs2sdk: DOCS2SDK_DEBUG needs hooks: debugLogger() in a bundle"), {}));
  const hooks = {};
  for (const name of ["beforeRequest", "afterResponse", "onError"])
    hooks[name] = async (c) => (await logger)[name]?.(c);
  return [hooks];
}
var platform = {
  crypto: nodeCrypto,
  transport: defaultNodeTransport,
  credentials: lazyDefaultCredentials,
  hooks: envDebugHooks
};
var RuntimeClient = class extends BaseClient {
  constructor(service, config = {}) {
    super(service, config, platform, protocolFor(service.protocol));
  }
};
var Tc3Client = class extends BaseClient {
  constructor(service, config = {}) {
    super(service, config, platform, tc3Protocol);
  }
};
var TencentV2Client = class extends BaseClient {
  constructor(service, config = {}) {
    super(service, config, platform, tencentV2Protocol);
  }
};
var AliyunRpcClient = class extends BaseClient {
  constructor(service, config = {}) {
    super(service, config, platform, aliyunRpcProtocol);
  }
};
var Tc3Signer2 = class extends Tc3Signer {
  constructor(crypto = nodeCrypto) {
    super(crypto);
  }
};
var TencentV1Signer2 = class extends TencentV1Signer {
  constructor(crypto = nodeCrypto) {
    super(crypto);
  }
};
var AliyunRpcSigner2 = class extends AliyunRpcSigner {
  constructor(crypto = nodeCrypto) {
    super(crypto);
  }
};
export {
  AliyunRpcClient,
  AliyunRpcSigner2 as AliyunRpcSigner,
  BaseClient,
  CredentialsError,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_REFRESH_BEFORE,
  PaginationLimitError,
  RequestError,
  RuntimeClient,
  ServiceError,
  Tc3Client,
  Tc3Signer2 as Tc3Signer,
  TencentV1Signer2 as TencentV1Signer,
  TencentV2Client,
  ValidationError,
  backoffDelay,
  createRequestValidator,
  credentialChain,
  credentialFamily,
  debugLogger,
  defaultCredentials,
  defaultNodeTransport,
  deriveTc3Keys,
  envNames,
  fetchTransport,
  flattenParams,
  fromAlibabaEcsRole,
  fromAlibabaProfile,
  fromAliyunCliProfile,
  fromEnv,
  fromTencentCvmRole,
  fromTencentProfile,
  fromValue,
  getPath,
  isRetryableCode,
  maskId,
  nodeCrypto,
  nodeFiles,
  nodeTransport,
  pageItems,
  paginate,
  parseIni,
  percentEncode,
  redactBody,
  redactRequest,
  redactResponse,
  redactSecrets,
  refreshingCredentials,
  resolveEndpoint,
  sleep,
  toBase64,
  toHex,
  utcDate,
  webCrypto
};
