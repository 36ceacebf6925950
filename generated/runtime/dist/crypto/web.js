export { webCrypto } from "../index.js";
