import type { CryptoProvider } from "../types.js";
export declare const webCrypto: CryptoProvider;
