import type { LighthouseCallOptions, LighthouseBaseClient } from "../service.js";
import type { DisassociateInstancesKeyPairsRequest, DisassociateInstancesKeyPairsResponse } from "../types.js";
/**
 * 解绑密钥对
 *
 * 本接口（DisassociateInstancesKeyPairs）用于解除实例与指定密钥对的绑定关系。只支持 [RUNNING, STOPPED] 状态的 LINUX_UNIX 操作系统的实例。处于 RUNNING 状态的实例会强制关机，然后解绑。解绑密钥后，实例可以通过原来设置的密码登录。如果原来没有设置密码，解绑后将无法使用 SSH 登录。可以调用 ResetInstancesPassword 接口来设置登录密码。支持批量操作。每次请求批量实例的上限为 100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new LighthouseClient(config)` or `createLighthouseClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link DisassociateInstancesKeyPairsErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DisassociateInstancesKeyPairs | API Explorer: call DisassociateInstancesKeyPairs online}
 * @example
 * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
 *
 * const client = new LighthouseClient({ region: "ap-guangzhou" });
 * const res = await client.disassociateInstancesKeyPairs({
 *   InstanceIds: ["lhins-ruy9d2tw"],
 *   KeyIds: ["lhkp-f7rjie1q"],
 * });
 * console.log(res);
 */
export declare function disassociateInstancesKeyPairs(client: LighthouseBaseClient, input: DisassociateInstancesKeyPairsRequest, options?: LighthouseCallOptions): Promise<DisassociateInstancesKeyPairsResponse>;
