// Tencent Cloud's v1 signature (HmacSHA1 / HmacSHA256), used by the V2 APIs and accepted by API 3.0:
// METHOD + host + path + "?" + the parameters sorted by name, joined raw (no percent-encoding).
import type { CryptoProvider } from "../types.js";
import { sortedKeys, toBase64 } from "../encoding.js";

export type TencentSignatureMethod = "HmacSHA1" | "HmacSHA256";

export interface TencentV1SignInput {
  secretKey: string;
  method?: "GET" | "POST";
  host: string;
  /** "/" for API 3.0, "/v2/index.php" for the V2 APIs. */
  path?: string;
  /** Every request parameter except Signature, flattened ("InstanceIds.0"). */
  params: Record<string, string>;
  signatureMethod?: TencentSignatureMethod;
}

export interface TencentV1Signature {
  stringToSign: string;
  /** Base64; percent-encode it when putting it into a URL. */
  signature: string;
}

export class TencentV1Signer {
  readonly #crypto: CryptoProvider;

  constructor(crypto: CryptoProvider) {
    this.#crypto = crypto;
  }

  static stringToSign(input: Omit<TencentV1SignInput, "secretKey">): string {
    const query = sortedKeys(input.params)
      .map((k) => k + "=" + input.params[k])
      .join("&");
    return (input.method ?? "GET") + input.host + (input.path ?? "/") + "?" + query;
  }

  async sign(input: TencentV1SignInput): Promise<TencentV1Signature> {
    const stringToSign = TencentV1Signer.stringToSign(input);
    const algorithm = input.signatureMethod === "HmacSHA256" ? "SHA-256" : "SHA-1";
    const signature = toBase64(await this.#crypto.hmac(algorithm, input.secretKey, stringToSign));
    return { stringToSign, signature };
  }
}
