import {
  webCrypto
} from "../chunks/chunk-ZRK4NGLN.js";
export {
  webCrypto
};
