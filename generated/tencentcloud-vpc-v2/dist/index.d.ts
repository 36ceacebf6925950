export { VpcV2Client } from "./client.js";
export { SERVICE_INFO, createVpcV2Client, VpcV2BaseClient, type VpcV2ClientConfig, type VpcV2CallOptions, type RequestValidator, } from "./service.js";
export type { VpcV2Region } from "./regions.js";
export { isServiceErrorFrom, type CommonErrorCode, type ErrorCodes } from "./errors.js";
export { ServiceError, PaginationLimitError, type CallOptions, type ClientConfig, type Credentials, type PaginateOptions, type Paginator, } from "@docs2sdk/runtime";
export { attachNetworkInterface } from "./commands/AttachNetworkInterface.js";
export type { AttachNetworkInterfaceErrorCode } from "./errors.js";
export type { AttachNetworkInterfaceRequest, AttachNetworkInterfaceResponse, AttachNetworkInterfaceResponseData, } from "./types.js";
