export { debugLogger, debugLoggerFromEnv } from "./index.node.js";
