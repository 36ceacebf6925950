import {
  defaultNodeTransport,
  nodeTransport
} from "../chunks/chunk-KBDF5G4H.js";
export {
  defaultNodeTransport,
  nodeTransport
};
