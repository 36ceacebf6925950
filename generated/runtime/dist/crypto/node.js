export { nodeCrypto } from "../index.node.js";
