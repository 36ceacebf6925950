import {
  fetchTransport
} from "../chunks/chunk-KJTVQA6B.js";
export {
  fetchTransport
};
