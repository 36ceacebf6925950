import type { CryptoProvider } from "../types.js";
export declare const nodeCrypto: CryptoProvider;
