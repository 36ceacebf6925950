// Entry point for Node (package "exports" condition "node"): node:http(s) with keep-alive and
// node:crypto. Same exports as index.ts, plus the Node transport and hashing, the credential sources
// that need a file system or the instance metadata services (shared files, CVM/ECS roles), a
// defaultCredentials that chains them, and DOCS2SDK_DEBUG.
import type { ClientConfig, CredentialsProvider, CryptoProvider, Hooks, ServiceInfo, Transport } from "./types.js";
import { fromEnv, processEnv } from "./credentials.js";
import { CredentialsError } from "./errors.js";
import { BaseClient, type Platform } from "./client.js";
import { nodeCrypto } from "./crypto/node.js";
import { defaultNodeTransport } from "./transport/node.js";
import { Tc3Signer as Tc3SignerBase } from "./signers/tc3.js";
import { TencentV1Signer as TencentV1SignerBase } from "./signers/tencent-v1.js";
import { AliyunRpcSigner as AliyunRpcSignerBase } from "./signers/aliyun-rpc.js";
import { protocolFor } from "./protocols/index.js";
import { tc3ProtocolUsing } from "./protocols/tc3.js";
import { tc3PartsSync } from "./signers/tc3.js";
import { tencentV2Protocol } from "./protocols/tencent-v2.js";
import { aliyunRpcProtocol } from "./protocols/aliyun-rpc.js";

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

/**
 * Loads one of this package's modules on first need, through a specifier bundlers do not follow. A
 * Node process running the package from node_modules gets the module; a bundle carries it only if the
 * application imports it itself. So a one-action bundle does not carry the INI parser and metadata
 * code for a chain it may never walk (the complaint against AWS SDK v3, aws-sdk-js-v3#5563), while an
 * unbundled client still finds ~/.tencentcloud/credentials or the instance role with no code.
 */
const loadOwn = <T>(file: string): Promise<T> => import(new URL(file, import.meta.url).href) as Promise<T>;

function lazyDefaultCredentials(service: ServiceInfo): CredentialsProvider {
  const protocol = service.protocol;
  let chain: Promise<CredentialsProvider> | undefined;
  return async () =>
    (await (chain ??= loadOwn<typeof import("./credentials/node.js")>("credentials/node.js").then(
      (m) => m.defaultCredentials(protocol),
      // In a bundle: the environment only, and an error that says how to bring the rest in.
      () => () =>
        fromEnv(protocol)().catch((e: CredentialsError) => {
          const hint = `files and instance role (bundled: use defaultCredentials("${protocol}"))`;
          e.tried.push(hint);
          e.message += "; " + hint;
          throw e;
        }),
    )))();
}

/** DOCS2SDK_DEBUG=1 logs every attempt of every client to stderr (redacted); DOCS2SDK_DEBUG=bodies adds headers and bodies. */
function envDebugHooks(): Hooks[] {
  const flag = processEnv()?.DOCS2SDK_DEBUG ?? "";
  if (/^(0|false|no|off)?$/i.test(flag)) return [];
  const logger = loadOwn<typeof import("./logger.js")>("logger.js").then(
    (m) => m.debugLoggerFromEnv(flag),
    // In a bundle logger.js is not there: pass hooks: debugLogger() instead.
    (): Hooks => ({}),
  );
  const hooks: Hooks = {};
  for (const name of ["beforeRequest", "afterResponse", "onError"] as const) hooks[name] = async (c) => (await logger)[name]?.(c);
  return [hooks];
}

/**
 * config.fetch on Node: the fetch transport, loaded when first used, so that a Node bundle that does
 * not use it does not carry it (a bundle that does passes `transport: fetchTransport(fetch)`).
 */
function lazyFetchTransport(fetchImpl: typeof fetch): Transport {
  // In a bundle the module is not there to load: the call rejects with the failed import's error.
  // From the browser entry, which has it (its errors are plain, so no class identity is at stake).
  const transport = loadOwn<typeof import("./index.js")>("index.js").then((m) => m.fetchTransport(fetchImpl));
  return { send: async (request) => (await transport).send(request) };
}

// node:crypto is synchronous: TC3 signs without the asynchronous path, which a Node bundle then leaves out.
const tc3Protocol = tc3ProtocolUsing(async (crypto, keys, input) => tc3PartsSync(crypto.sync!, keys, input));

const platform: Platform = {
  crypto: nodeCrypto,
  transport: (config) => (config.fetch ? lazyFetchTransport(config.fetch) : defaultNodeTransport()),
  credentials: lazyDefaultCredentials,
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
