// Alibaba Cloud RPC signature, SignatureVersion 1.0 (HMAC-SHA1):
// METHOD & %2F & percentEncode(sorted, percent-encoded query), keyed with AccessKeySecret + "&".
import type { CryptoProvider } from "../types.js";
import { percentEncode, sortedKeys, toBase64 } from "../encoding.js";

export interface AliyunRpcSignInput {
  accessKeySecret: string;
  method?: "GET" | "POST";
  /** Every request parameter except Signature, flattened ("Tag.1.Key"). */
  params: Record<string, string>;
}

export interface AliyunRpcSignature {
  canonicalQuery: string;
  stringToSign: string;
  signature: string;
}

export class AliyunRpcSigner {
  readonly #crypto: CryptoProvider;

  constructor(crypto: CryptoProvider) {
    this.#crypto = crypto;
  }

  /** The sorted, percent-encoded query; it is also the query string to send (plus Signature). */
  static canonicalQuery(params: Record<string, string>): string {
    return sortedKeys(params)
      .map((k) => percentEncode(k) + "=" + percentEncode(params[k]!))
      .join("&");
  }

  async sign(input: AliyunRpcSignInput): Promise<AliyunRpcSignature> {
    const canonicalQuery = AliyunRpcSigner.canonicalQuery(input.params);
    const stringToSign = (input.method ?? "GET") + "&%2F&" + percentEncode(canonicalQuery);
    const signature = toBase64(await this.#crypto.hmac("SHA-1", input.accessKeySecret + "&", stringToSign));
    return { canonicalQuery, stringToSign, signature };
  }
}
