import { type ProtocolFactory } from "./protocol.js";
export declare const aliyunRpcProtocol: ProtocolFactory;
