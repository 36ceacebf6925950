import { sortedKeys, toBase64 } from "../encoding.js";
export class TencentV1Signer {
    #crypto;
    constructor(crypto) {
        this.#crypto = crypto;
    }
    static stringToSign(input) {
        const query = sortedKeys(input.params)
            .map((k) => k + "=" + input.params[k])
            .join("&");
        return (input.method ?? "GET") + input.host + (input.path ?? "/") + "?" + query;
    }
    async sign(input) {
        const stringToSign = TencentV1Signer.stringToSign(input);
        const algorithm = input.signatureMethod === "HmacSHA256" ? "SHA-256" : "SHA-1";
        const signature = toBase64(await this.#crypto.hmac(algorithm, input.secretKey, stringToSign));
        return { stringToSign, signature };
    }
}
