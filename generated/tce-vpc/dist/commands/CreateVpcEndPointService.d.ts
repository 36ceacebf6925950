import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { CreateVpcEndPointServiceRequest, CreateVpcEndPointServiceResponse } from "../types.js";
/**
 * 创建终端节点服务
 *
 * 創建終端節點服務。
 *
 * Default rate limit: 20 requests per second.
 *
 * 接口只驗簽名不鑒權
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateVpcEndPointServiceErrorCode}.
 */
export declare function createVpcEndPointService(client: VpcBaseClient, input: CreateVpcEndPointServiceRequest, options?: VpcCallOptions): Promise<CreateVpcEndPointServiceResponse>;
