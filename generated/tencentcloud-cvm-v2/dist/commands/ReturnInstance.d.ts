import type { CvmV2CallOptions, CvmV2BaseClient } from "../service.js";
import type { ReturnInstanceRequest, ReturnInstanceResponse } from "../types.js";
/**
 * 退还实例（按量计费）
 *
 * 本接口 (ReturnInstance) 用于主动退还实例。按量付费的实例，如不主动销毁将一直运行；在不使用该实例时，需要主动退还。只能支持主动退还按量计费类型的实例，包年包月实例如有误创建需要退还的情况还请发 工单系统 。
 *
 * @param client - a client of this service: `new CvmV2Client(config)` or `createCvmV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ReturnInstanceErrorCode}.
 * @example
 * import { CvmV2Client } from "@docs2sdk/tencentcloud-cvm-v2";
 *
 * const client = new CvmV2Client({ region: "ap-guangzhou" });
 * const res = await client.returnInstance({
 *   instanceId: "qcvm8e7bf56c115c53ce2d2a1ac2ea6e657a",
 * });
 * console.log(res);
 */
export declare function returnInstance(client: CvmV2BaseClient, input: ReturnInstanceRequest, options?: CvmV2CallOptions): Promise<ReturnInstanceResponse>;
