export { fetchTransport } from "../index.js";
