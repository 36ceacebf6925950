export { VpcV2Client } from "./client.js";
export { SERVICE_INFO, createVpcV2Client } from "./service.js";
export { isServiceErrorFrom, type CommonErrorCode, type ErrorCodes } from "./errors.js";
export { ServiceError, type CallOptions, type ClientConfig, type Credentials } from "@docs2sdk/runtime";
export { attachNetworkInterface } from "./commands/AttachNetworkInterface.js";
export type { AttachNetworkInterfaceErrorCode } from "./errors.js";
export type { AttachNetworkInterfaceRequest, AttachNetworkInterfaceResponse, AttachNetworkInterfaceResponseData, } from "./types.js";
