import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { EipV2BaseClient, type EipV2CallOptions, type EipV2ClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 弹性公网IP (tce eip, API v2), with one method per action.
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
     * @example
     * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
     *
     * const client = new EipV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeEip({});
     * console.log(res);
     */
    describeEip(input?: types.DescribeEipRequest, options?: EipV2CallOptions): Promise<types.DescribeEipResponse>;
    /**
     * 查询弹性公网IP配额
     *
     * 查询指定地域弹性公网IP配额。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeEipQuotaErrorCode}.
     * @example
     * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
     *
     * const client = new EipV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeEipQuota({});
     * console.log(res);
     */
    describeEipQuota(input?: types.DescribeEipQuotaRequest, options?: EipV2CallOptions): Promise<types.DescribeEipQuotaResponse>;
    /**
     * 修改弹性公网IP名称
     *
     * 修改弹性公网IP名称。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyEipAttributesErrorCode}.
     * @example
     * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
     *
     * const client = new EipV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyEipAttributes({
     *   eipId: "eip-p2x6wxc0",
     *   eipName: "test1111",
     * });
     * console.log(res);
     */
    modifyEipAttributes(input: types.ModifyEipAttributesRequest, options?: EipV2CallOptions): Promise<types.ModifyEipAttributesResponse>;
    /**
     * 创建弹性公网IP
     *
     * - 创建弹性公网IP (EIP)，弹性公网IP是专为动态云计算设计的静态IP地址。借助弹性公网IP，您可以快速将EIP重新映射到您的另一个实例上，从而屏蔽实例故障。您的弹性公网IP与腾讯云金融专区账户相关联，而不是与某个实例相关联，而且在您选择显式释放该地址，或欠费超过7天之前，它会一直与您的腾讯云金融专区账户保持关联。
     * - 平台对用户每地域能申请的EIP最大配额有所限制。可参见EIP产品简介。上述配额可通过 DescribeEipQuota API 获取。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateEipErrorCode}.
     * @example
     * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
     *
     * const client = new EipV2Client({ region: "ap-guangzhou" });
     * const res = await client.createEip({});
     * console.log(res);
     */
    createEip(input?: types.CreateEipRequest, options?: EipV2CallOptions): Promise<types.CreateEipResponse>;
    /**
     * 释放弹性公网IP
     *
     * 释放弹性公网IP。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteEipErrorCode}.
     * @example
     * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
     *
     * const client = new EipV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteEip({
     *   eipIds: ["eip-gzc5rgr2"],
     * });
     * console.log(res);
     */
    deleteEip(input: types.DeleteEipRequest, options?: EipV2CallOptions): Promise<types.DeleteEipResponse>;
    /**
     * 绑定弹性公网IP
     *
     * 弹性公网IP和服务器或弹性网卡绑定
     * 注意：如待操作服务器带有普通公网IP，绑定过程会把其普通公网IP自动解绑并释放，服务器将绑定所指定的弹性公网IP。
     *
     * @throws {@link ServiceError} whose code is one of {@link EipBindInstanceErrorCode}.
     * @example
     * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
     *
     * const client = new EipV2Client({ region: "ap-guangzhou" });
     * const res = await client.eipBindInstance({
     *   eipId: "eip-mksy14ay",
     *   unInstanceId: "ins-hyvbipjg",
     * });
     * console.log(res);
     */
    eipBindInstance(input: types.EipBindInstanceRequest, options?: EipV2CallOptions): Promise<types.EipBindInstanceResponse>;
    /**
     * 解绑弹性公网IP
     *
     * 弹性公网IP与服务器解绑。
     * 注：平台对用户每地域每日解绑EIP重新分配普通公网IP次数有所限制（可参见EIP产品简介）。上述配额可通过DescribeEipQuota接口获取。
     *
     * @throws {@link ServiceError} whose code is one of {@link EipUnBindInstanceErrorCode}.
     * @example
     * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
     *
     * const client = new EipV2Client({ region: "ap-guangzhou" });
     * const res = await client.eipUnBindInstance({
     *   eipId: "eip-mksy14ay",
     *   allocWanIp: 0,
     * });
     * console.log(res);
     */
    eipUnBindInstance(input?: types.EipUnBindInstanceRequest, options?: EipV2CallOptions): Promise<types.EipUnBindInstanceResponse>;
    /**
     * 普通公网IP转弹性公网IP
     *
     * 普通公网IP转弹性公网IP, 将服务器当前绑定的普通公网IP转换成弹性公网IP, 转换后随着服务器的释放, 该弹性公网IP将会保留。
     *
     * @throws {@link ServiceError} whose code is one of {@link TransformWanIpToEipErrorCode}.
     * @example
     * import { EipV2Client } from "@docs2sdk/tce-eip-v2";
     *
     * const client = new EipV2Client({ region: "ap-guangzhou" });
     * const res = await client.transformWanIpToEip({
     *   unInstanceId: "ins-hyvbipjg",
     * });
     * console.log(res);
     */
    transformWanIpToEip(input: types.TransformWanIpToEipRequest, options?: EipV2CallOptions): Promise<types.TransformWanIpToEipResponse>;
    /**
     * Pages through DescribeEip (查询弹性公网IP列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.eipSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeEip(input?: types.DescribeEipRequest, options?: PaginateOptions & EipV2CallOptions): Paginator<types.DescribeEipResponse, types.DescribeEipResponseDataEipSet>;
}
