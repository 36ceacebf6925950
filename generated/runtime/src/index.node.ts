// Entry point for Node (package "exports" condition "node"): node:http(s) with keep-alive and
// node:crypto. Same exports as index.ts, plus the Node transport and hashing.
import type { ClientConfig, CryptoProvider, ServiceInfo } from "./types.js";
import { BaseClient, type Platform } from "./client.js";
import { nodeCrypto } from "./crypto/node.js";
import { defaultNodeTransport } from "./transport/node.js";
import { Tc3Signer as Tc3SignerBase } from "./signers/tc3.js";
import { TencentV1Signer as TencentV1SignerBase } from "./signers/tencent-v1.js";
import { AliyunRpcSigner as AliyunRpcSignerBase } from "./signers/aliyun-rpc.js";
import { protocolFor } from "./protocols/index.js";
import { tc3Protocol } from "./protocols/tc3.js";
import { tencentV2Protocol } from "./protocols/tencent-v2.js";
import { aliyunRpcProtocol } from "./protocols/aliyun-rpc.js";

export * from "./common.js";
export { nodeCrypto } from "./crypto/node.js";
export { nodeTransport, defaultNodeTransport, type NodeTransport, type NodeTransportOptions } from "./transport/node.js";

const platform: Platform = { crypto: nodeCrypto, transport: defaultNodeTransport };

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
  constructor(crypto: CryptoProvider = nodeCrypto) {
    super(crypto);
  }
}

export class TencentV1Signer extends TencentV1SignerBase {
  constructor(crypto: CryptoProvider = nodeCrypto) {
    super(crypto);
  }
}

export class AliyunRpcSigner extends AliyunRpcSignerBase {
  constructor(crypto: CryptoProvider = nodeCrypto) {
    super(crypto);
  }
}
