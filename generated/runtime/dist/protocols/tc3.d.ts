import { type ProtocolFactory } from "./protocol.js";
export declare const tc3Protocol: ProtocolFactory;
