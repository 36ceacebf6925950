import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { CreateLaunchTemplateRequest, CreateLaunchTemplateResponse } from "../types.js";
/**
 * 创建实例启动模板
 *
 * 本接口（CreateLaunchTemplate）用于创建实例启动模板。实例启动模板是一种配置数据并可用于创建实例，其内容包含创建实例所需的配置，比如实例类型，数据盘和系统盘的类型和大小，以及安全组等信息。初次创建实例模板后，其模板版本为默认版本1，新版本的创建可使用 CreateLaunchTemplateVersion 创建，版本号递增。默认情况下，在RunInstances 中指定实例启动模板，若不指定模板版本号，则使用默认版本。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateLaunchTemplateErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplate | API Explorer: call CreateLaunchTemplate online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.createLaunchTemplate({
 *   LaunchTemplateName: "myTemplate",
 *   Placement: {
 *     Zone: "ap-guangzhou-2",
 *   },
 *   ImageId: "img-pmqg1cw7",
 * });
 * console.log(res);
 */
export declare function createLaunchTemplate(client: CvmBaseClient, input: CreateLaunchTemplateRequest, options?: CvmCallOptions): Promise<CreateLaunchTemplateResponse>;
