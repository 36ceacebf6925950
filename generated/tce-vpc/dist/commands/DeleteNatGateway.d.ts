import type { VpcCallOptions, VpcBaseClient } from "../service.js";
import type { DeleteNatGatewayRequest, DeleteNatGatewayResponse } from "../types.js";
/**
 * 删除NAT网关
 *
 * 本接口 (DeleteNatGateway) 用于删除NAT网关。删除 NAT 网关后，系统会自动删除路由表中包含此 NAT 网关的路由项，同时也会解绑弹性公网IP (EIP)。
 *
 * Default rate limit: 100 requests per second.
 *
 * 接口只验签名不鉴权
 *
 * @param client - a client of this service: `new VpcClient(config)` or `createVpcClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DeleteNatGatewayErrorCode}.
 */
export declare function deleteNatGateway(client: VpcBaseClient, input: DeleteNatGatewayRequest, options?: VpcCallOptions): Promise<DeleteNatGatewayResponse>;
