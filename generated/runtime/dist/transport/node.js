import {
  defaultNodeTransport,
  nodeTransport
} from "../chunks/chunk-EIMCLL2K.js";
export {
  defaultNodeTransport,
  nodeTransport
};
