export { debugLogger } from "./index.node.js";
