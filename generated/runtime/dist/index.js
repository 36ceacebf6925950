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
  defaultCredentials,
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

// docs2sdk-dist:dist/index.js
var platform = { crypto: webCrypto, transport: () => fetchTransport(), credentials: (service) => fromEnv(service.protocol) };
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
  constructor(crypto = webCrypto) {
    super(crypto);
  }
};
var TencentV1Signer2 = class extends TencentV1Signer {
  constructor(crypto = webCrypto) {
    super(crypto);
  }
};
var AliyunRpcSigner2 = class extends AliyunRpcSigner {
  constructor(crypto = webCrypto) {
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
  deriveTc3Keys,
  envNames,
  fetchTransport,
  flattenParams,
  fromEnv,
  fromValue,
  getPath,
  isRetryableCode,
  maskId,
  pageItems,
  paginate,
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
