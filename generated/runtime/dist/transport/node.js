export { defaultNodeTransport, nodeTransport } from "../index.node.js";
