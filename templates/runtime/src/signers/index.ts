import type { CryptoProvider } from "../types.js";
import { Tc3Signer } from "./tc3.js";
import { TencentV1Signer } from "./tencent-v1.js";
import { AliyunRpcSigner } from "./aliyun-rpc.js";

export interface Signers {
  tc3: Tc3Signer;
  tencentV1: TencentV1Signer;
  aliyunRpc: AliyunRpcSigner;
}

export function createSigners(crypto: CryptoProvider): Signers {
  return { tc3: new Tc3Signer(crypto), tencentV1: new TencentV1Signer(crypto), aliyunRpc: new AliyunRpcSigner(crypto) };
}
