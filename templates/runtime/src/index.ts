// Entry point for browsers, Deno, edge workers (package "exports" condition "default"):
// fetch transport and WebCrypto hashing.
import type { ClientConfig, CryptoProvider, ServiceInfo } from "./types.js";
import { BaseClient, type Platform } from "./client.js";
import { fromEnv } from "./credentials.js";
import { webCrypto } from "./crypto/web.js";
import { fetchTransport } from "./transport/fetch.js";
import { Tc3Signer as Tc3SignerBase } from "./signers/tc3.js";
import { TencentV1Signer as TencentV1SignerBase } from "./signers/tencent-v1.js";
import { AliyunRpcSigner as AliyunRpcSignerBase } from "./signers/aliyun-rpc.js";
import { protocolFor } from "./protocols/index.js";
import { tc3Protocol } from "./protocols/tc3.js";
import { tencentV2Protocol } from "./protocols/tencent-v2.js";
import { aliyunRpcProtocol } from "./protocols/aliyun-rpc.js";

export * from "./common.js";

// The default chain here is the environment alone (Deno, workers with process.env); defaultCredentials
// would wrap it in a chain of one, which a bundle would carry for nothing.
const platform: Platform = {
  crypto: webCrypto,
  transport: (config) => fetchTransport(config.fetch),
  credentials: (service) => fromEnv(service.protocol),
  hooks: () => [],
};

/** A client for any protocol, picked by service.protocol. */
export class RuntimeClient extends BaseClient {
  constructor(service: ServiceInfo, config: ClientConfig = {}) {
    super(service, config, platform, protocolFor(service.protocol));
  }
}

// One class per protocol: a package extending one of these bundles only that protocol's code.
export class Tc3Client extends BaseClient {
  constructor(service: ServiceInfo, config: ClientConfig = {}) {
    super(service, config, platform, tc3Protocol);
  }
}

export class TencentV2Client extends BaseClient {
  constructor(service: ServiceInfo, config: ClientConfig = {}) {
    super(service, config, platform, tencentV2Protocol);
  }
}

export class AliyunRpcClient extends BaseClient {
  constructor(service: ServiceInfo, config: ClientConfig = {}) {
    super(service, config, platform, aliyunRpcProtocol);
  }
}

export class Tc3Signer extends Tc3SignerBase {
  constructor(crypto: CryptoProvider = webCrypto) {
    super(crypto);
  }
}

export class TencentV1Signer extends TencentV1SignerBase {
  constructor(crypto: CryptoProvider = webCrypto) {
    super(crypto);
  }
}

export class AliyunRpcSigner extends AliyunRpcSignerBase {
  constructor(crypto: CryptoProvider = webCrypto) {
    super(crypto);
  }
}
