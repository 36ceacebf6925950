// Entry point for Node (package "exports" condition "node"): node:http(s) with keep-alive and
// node:crypto. Same exports as index.ts, plus the Node transport and hashing, the credential sources
// that need a file system or the instance metadata services (shared files, CVM/ECS roles), a
// defaultCredentials that chains them, and DOCS2SDK_DEBUG.
import type { ClientConfig, CryptoProvider, Hooks, ServiceInfo } from "./types.js";
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
import { defaultCredentials } from "./credentials/node.js";
import { debugLogger } from "./logger.js";

export * from "./common.js";
export {
  defaultCredentials,
  fromTencentProfile,
  fromAlibabaProfile,
  fromAliyunCliProfile,
  fromTencentCvmRole,
  fromAlibabaEcsRole,
  nodeFiles,
  type DefaultCredentialsOptions,
} from "./credentials/node.js";
export type { AlibabaProfileOptions, FileSource, ProfileOptions } from "./credentials/files.js";
export type { InstanceRoleOptions } from "./credentials/metadata.js";
export { parseIni, type IniFile } from "./credentials/ini.js";
export { nodeCrypto } from "./crypto/node.js";
export { nodeTransport, defaultNodeTransport, type NodeTransport, type NodeTransportOptions } from "./transport/node.js";

/** DOCS2SDK_DEBUG=1 logs every attempt of every client to stderr (redacted); DOCS2SDK_DEBUG=bodies adds headers and bodies. */
function envDebugHooks(): Hooks[] {
  const flag = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.DOCS2SDK_DEBUG ?? "";
  if (flag === "" || /^(0|false|no|off)$/i.test(flag)) return [];
  return [debugLogger({ logger: { debug: (line) => console.error(line) }, bodies: /bodies/i.test(flag) })];
}

const platform: Platform = {
  crypto: nodeCrypto,
  transport: defaultNodeTransport,
  credentials: (service) => defaultCredentials(service.protocol),
  hooks: envDebugHooks,
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
