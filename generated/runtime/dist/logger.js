import {
  debugLogger
} from "./chunks/chunk-ZPG3I5QZ.js";
export {
  debugLogger
};
