import { percentEncode, sortedKeys, toBase64 } from "../encoding.js";
export class AliyunRpcSigner {
    #crypto;
    constructor(crypto) {
        this.#crypto = crypto;
    }
    /** The sorted, percent-encoded query; it is also the query string to send (plus Signature). */
    static canonicalQuery(params) {
        return sortedKeys(params)
            .map((k) => percentEncode(k) + "=" + percentEncode(params[k]))
            .join("&");
    }
    async sign(input) {
        const canonicalQuery = AliyunRpcSigner.canonicalQuery(input.params);
        const stringToSign = (input.method ?? "GET") + "&%2F&" + percentEncode(canonicalQuery);
        const signature = toBase64(await this.#crypto.hmac("SHA-1", input.accessKeySecret + "&", stringToSign));
        return { canonicalQuery, stringToSign, signature };
    }
}
