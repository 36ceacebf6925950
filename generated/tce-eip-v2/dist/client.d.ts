import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { EipV2BaseClient, type EipV2CallOptions, type EipV2ClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 弹性公网IP (tce eip, API v2), with one method per action.
 *
 * Legacy V2 API: every response is a flat JSON object whose `code` (0 = success, otherwise a common error code listed in errors) and `message` fields sit beside the action's own fields; there is no Response wrapper and no RequestId. Requests are GET eip.api.qcloud.com/v2/index.php with the public parameters in the query string. The document describes these actions together with the vpc API (vpc.api.qcloud.com).
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 */
export declare class EipV2Client extends EipV2BaseClient {
    constructor(config?: EipV2ClientConfig);
    /**
     * 查询弹性公网IP列表
     *
     * 查询弹性公网IP。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeEipErrorCode}.
     * @see spec/sources/tce-vpc.txt
     */
    describeEip(input?: types.DescribeEipRequest, options?: EipV2CallOptions): Promise<types.DescribeEipResponse>;
    /**
     * 查询弹性公网IP配额
     *
     * 查询指定地域弹性公网IP配额。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeEipQuotaErrorCode}.
     * @see spec/sources/tce-vpc.txt
     */
    describeEipQuota(input?: types.DescribeEipQuotaRequest, options?: EipV2CallOptions): Promise<types.DescribeEipQuotaResponse>;
    /**
     * 修改弹性公网IP名称
     *
     * 修改弹性公网IP名称。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyEipAttributesErrorCode}.
     * @see spec/sources/tce-vpc.txt
     */
    modifyEipAttributes(input: types.ModifyEipAttributesRequest, options?: EipV2CallOptions): Promise<types.ModifyEipAttributesResponse>;
    /**
     * 创建弹性公网IP
     *
     * - 创建弹性公网IP (EIP)，弹性公网IP是专为动态云计算设计的静态IP地址。借助弹性公网IP，您可以快速将EIP重新映射到您的另一个实例上，从而屏蔽实例故障。您的弹性公网IP与腾讯云金融专区账户相关联，而不是与某个实例相关联，而且在您选择显式释放该地址，或欠费超过7天之前，它会一直与您的腾讯云金融专区账户保持关联。
     * - 平台对用户每地域能申请的EIP最大配额有所限制。可参见EIP产品简介。上述配额可通过 DescribeEipQuota API 获取。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateEipErrorCode}.
     * @see spec/sources/tce-vpc.txt
     */
    createEip(input?: types.CreateEipRequest, options?: EipV2CallOptions): Promise<types.CreateEipResponse>;
    /**
     * 释放弹性公网IP
     *
     * 释放弹性公网IP。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteEipErrorCode}.
     * @see spec/sources/tce-vpc.txt
     */
    deleteEip(input: types.DeleteEipRequest, options?: EipV2CallOptions): Promise<types.DeleteEipResponse>;
    /**
     * 绑定弹性公网IP
     *
     * 弹性公网IP和服务器或弹性网卡绑定
     * 注意：如待操作服务器带有普通公网IP，绑定过程会把其普通公网IP自动解绑并释放，服务器将绑定所指定的弹性公网IP。
     *
     * @throws {@link ServiceError} whose code is one of {@link EipBindInstanceErrorCode}.
     * @see spec/sources/tce-vpc.txt
     */
    eipBindInstance(input: types.EipBindInstanceRequest, options?: EipV2CallOptions): Promise<types.EipBindInstanceResponse>;
    /**
     * 解绑弹性公网IP
     *
     * 弹性公网IP与服务器解绑。
     * 注：平台对用户每地域每日解绑EIP重新分配普通公网IP次数有所限制（可参见EIP产品简介）。上述配额可通过DescribeEipQuota接口获取。
     *
     * @throws {@link ServiceError} whose code is one of {@link EipUnBindInstanceErrorCode}.
     * @see spec/sources/tce-vpc.txt
     */
    eipUnBindInstance(input?: types.EipUnBindInstanceRequest, options?: EipV2CallOptions): Promise<types.EipUnBindInstanceResponse>;
    /**
     * 普通公网IP转弹性公网IP
     *
     * 普通公网IP转弹性公网IP, 将服务器当前绑定的普通公网IP转换成弹性公网IP, 转换后随着服务器的释放, 该弹性公网IP将会保留。
     *
     * @throws {@link ServiceError} whose code is one of {@link TransformWanIpToEipErrorCode}.
     * @see spec/sources/tce-vpc.txt
     */
    transformWanIpToEip(input: types.TransformWanIpToEipRequest, options?: EipV2CallOptions): Promise<types.TransformWanIpToEipResponse>;
    /**
     * Pages through DescribeEip (查询弹性公网IP列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     *
     * @see spec/sources/tce-vpc.txt
     */
    paginateDescribeEip(input?: types.DescribeEipRequest, options?: PaginateOptions & EipV2CallOptions): Paginator<types.DescribeEipResponse, types.DescribeEipResponseData>;
}
