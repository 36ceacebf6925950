import type { Protocol } from "../types.js";
import type { ProtocolFactory } from "./protocol.js";
import { tc3Protocol } from "./tc3.js";
import { tencentV2Protocol } from "./tencent-v2.js";
import { aliyunRpcProtocol } from "./aliyun-rpc.js";

export const PROTOCOLS: Record<Protocol, ProtocolFactory> = {
  tc3: tc3Protocol,
  "tencent-v2": tencentV2Protocol,
  "aliyun-rpc": aliyunRpcProtocol,
};

export function protocolFor(protocol: Protocol): ProtocolFactory {
  const factory = PROTOCOLS[protocol];
  if (!factory) throw new TypeError(`Unknown protocol "${protocol}"`);
  return factory;
}
