// Entry point for browsers, Deno, edge workers (package "exports" condition "default"):
// fetch transport and WebCrypto hashing.
import type { ClientConfig, CryptoProvider, ServiceInfo } from "./types.js";
import { BaseClient, type Platform } from "./client.js";
import { webCrypto } from "./crypto/web.js";
import { fetchTransport } from "./transport/fetch.js";
import { Tc3Signer as Tc3SignerBase } from "./signers/tc3.js";
import { TencentV1Signer as TencentV1SignerBase } from "./signers/tencent-v1.js";
import { AliyunRpcSigner as AliyunRpcSignerBase } from "./signers/aliyun-rpc.js";

export * from "./common.js";

const platform: Platform = { crypto: webCrypto, transport: () => fetchTransport() };

export class RuntimeClient extends BaseClient {
  constructor(service: ServiceInfo, config: ClientConfig = {}) {
    super(service, config, platform);
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
