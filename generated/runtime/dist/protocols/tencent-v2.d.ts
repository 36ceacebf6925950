import { type ProtocolFactory } from "./protocol.js";
export declare const tencentV2Protocol: ProtocolFactory;
