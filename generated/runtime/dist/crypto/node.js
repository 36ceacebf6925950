import {
  nodeCrypto
} from "../chunks/chunk-NXGIKAPI.js";
export {
  nodeCrypto
};
