import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { ImageV2BaseClient, type ImageV2CallOptions, type ImageV2ClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 云服务器 (tencentcloud image, API v2), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 *
 * @see {@link https://cloud.tencent.com/document/api | Tencent Cloud API documentation}
 */
export declare class ImageV2Client extends ImageV2BaseClient {
    constructor(config?: ImageV2ClientConfig);
    /**
     * 复制镜像
     *
     * 本接口 (SyncCvmImage) 用于将自定义镜像同步到其它地区。镜像服务目前免费。用户可以把自定义镜像同步到不同地区。每个地域最多只支持创建10个自定义镜像。可以通过 DescribeImages  接口查询镜像同步情况，对于其中 status 为 4 和 5 的情况，则分别表示同步（目的地域）和复制中（源地域）的镜像。不支持北美地区。
     *
     * @throws {@link ServiceError} whose code is one of {@link SyncCvmImageErrorCode}.
     * @example
     * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
     *
     * const client = new ImageV2Client({ region: "ap-guangzhou" });
     * const res = await client.syncCvmImage({
     *   srcRegion: "gz",
     *   imgIdList: ["1"],
     *   dstRegion: ["sh"],
     *   desRegion: ["hk"],
     * });
     * console.log(res);
     */
    syncCvmImage(input: types.SyncCvmImageRequest, options?: ImageV2CallOptions): Promise<types.SyncCvmImageResponse>;
    /**
     * 共享镜像
     *
     * 本接口 (ShareImage) 用于共享镜像。共享镜像后，镜像的共享人可以通过这个镜像创建实例。每个自定义镜像最多可共享给50个账户。共享镜像无法更改名称，描述，仅可用于创建实例。只支持共享到对方账户相同地域内。
     *
     * @throws {@link ServiceError} whose code is one of {@link ShareImageErrorCode}.
     * @example
     * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
     *
     * const client = new ImageV2Client({ region: "ap-guangzhou" });
     * const res = await client.shareImage({
     *   imageId: "img-apatyoed",
     *   uinList: ["909619400"],
     * });
     * console.log(res);
     */
    shareImage(input: types.ShareImageRequest, options?: ImageV2CallOptions): Promise<types.ShareImageResponse>;
    /**
     * 取消共享镜像
     *
     * 本接口 (CancelShareImage) 用于取消共享镜像。镜像服务目前免费。每个自定义镜像最多可共享给50个账户；取消共享可以释放账户的配额。要完全取消分享，请先 查询共享人  获取该镜像共享给的全部账户，并在调用时全部指定。
     *
     * @throws {@link ServiceError} whose code is one of {@link CancelShareImageErrorCode}.
     * @example
     * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
     *
     * const client = new ImageV2Client({ region: "ap-guangzhou" });
     * const res = await client.cancelShareImage({
     *   imageId: "img-jgggrva9",
     *   uinList: ["877354327"],
     * });
     * console.log(res);
     */
    cancelShareImage(input: types.CancelShareImageRequest, options?: ImageV2CallOptions): Promise<types.CancelShareImageResponse>;
    /**
     * 查询镜像共享的账号信息
     *
     * 本接口 (GetImageShareUinInfo) 用于查询本账户的镜像共享情况，包括共享的账户列表。可以通过镜像ID进行查询，最多10个。
     *
     * @throws {@link ServiceError} whose code is one of {@link GetImageShareUinInfoErrorCode}.
     * @example
     * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
     *
     * const client = new ImageV2Client({ region: "ap-guangzhou" });
     * const res = await client.getImageShareUinInfo({
     *   imageIds: ["img-jgggrva9"],
     * });
     * console.log(res);
     */
    getImageShareUinInfo(input: types.GetImageShareUinInfoRequest, options?: ImageV2CallOptions): Promise<types.GetImageShareUinInfoResponse>;
    /**
     * 查询可用的镜像列表
     *
     * 本接口 (DescribeImages) 用于获取用户能够使用的镜像，可以使用这些镜像来创建 CVM 实例。可以通过镜像 ID 进行查询（最多指定10个镜像 ID）；同时，也可以根据镜像的状态或者类型来进行过滤。镜像拥有5个状态，用户可以根据需要来进行过滤：1: 创建中2: 正常3: 使用中4: 同步中5: 复制中镜像拥有4个类型，用户可以根据需要来进行过滤：1: 私有镜像 (本账户创建的镜像) 2: 公共镜像 (腾讯云官方镜像) 3: 服务市场 (服务市场提供的镜像) 4: 共享镜像(其他账户共享给本账户的镜像)北美地区不支持服务市场。常用公共镜像 ID 一览：镜像名称 unImgId/unImageId CentOS 5.8 32位 img-7br3ouzr CentOS 5.8 64位 img-4cq5l3u1 CentOS 5.11 32位 img-ko6c8e6f CentOS 5.11 64位 img-ailu7ftt CentOS 6.2 64位 img-50mr2ow7 CentOS 6.3 32位 img-1afi29f3 CentOS 6.3 64位 img-4w43a15z CentOS 6.4 32位 img-k09t26i1 CentOS 6.4 64位 img-jlo93805 CentOS 6.5 32位 img-7uq6rrhr CentOS 6.5 64位 img-7fwdvfur CentOS 6.6 32位 img-5jbd8jxn CentOS 6.6 64位 img-h5le2uy5 CentOS 6.7 32位 img-ljriodz5 CentOS 6.7 64位 img-9iwld2rx CentOS 7.0 64位 img-b1ve77s9 CentOS 7.1 64位 img-9q2lxkar CentOS 7.2 64位 img-31tjrtph其中 imageSet 存储了镜像具体的信息，构成如下：Debian 7.4 64位 img-c1l6bgb1 Debian 7.8 32位 img-2p1g2wjv Debian 7.8 64位 img-feqctcrx Debian 8.2 32位 img-ez7jwngr Debian 8.2 64位 img-hi93l4ht Ubuntu Server 12.04 LTS 64位 (Docker) img-aa9z7opt Ubuntu Server 14.04.1 LTS 32位 img-qpxvpujt Ubuntu Server 14.04.1 LTS 64位 img-3wnd9xpl openSUSE 12.3 32位 img-8bf2kz5x openSUSE 12.3 64位 img-1p6m0vz5 openSUSE 13.2 64位 img-pmhtrjdx SUSE Linux Enterprise Server 11 SP3 64位 img-mg89zx1h SUSE Linux Enterprise Server 12 64位 img-d5304izr FreeBSD 10.1 64位 img-871lthrb CoreOS 717.3.0 64位 img-6mre94jv Windows Server 2012 R2 标准版 64位英文版 img-lkxqa4kj Windows Server 2012 R2 标准版 64位中文版 img-egif9bvl Windows Server 2012 R2 数据中心版 64位英文版 img-2tddq003 Ubuntu 16.04.1 LTS 64位中文版 img-pyqx34y1 Windows Server 2016 R2 数据中心版 64位中文版 img-9id7emv7
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeImagesErrorCode}.
     * @example
     * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
     *
     * const client = new ImageV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeImages({
     *   imageType: 1,
     * });
     * console.log(res);
     */
    describeImages(input: types.DescribeImagesRequest, options?: ImageV2CallOptions): Promise<types.DescribeImagesResponse>;
    /**
     * 创建自定义镜像
     *
     * 本接口 (CreateImage) 用于将实例系统盘的当前状态制作成全新的镜像，使用此镜像可以快速创建实例。镜像服务目前免费。目标实例需要在关机状态下才可以创建自定义镜像。每个地域最多只支持创建10个自定义镜像。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateImageErrorCode}.
     * @example
     * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
     *
     * const client = new ImageV2Client({ region: "ap-guangzhou" });
     * const res = await client.createImage({
     *   instanceId: "ins-12345678",
     *   imageName: "test",
     *   imageDescription: "desc",
     * });
     * console.log(res);
     */
    createImage(input: types.CreateImageRequest, options?: ImageV2CallOptions): Promise<types.CreateImageResponse>;
    /**
     * 删除镜像
     *
     * 本接口 (DeleteImages) 用于删除一个或者多个镜像。参见： 批量异步任务接口返回格式 。当镜像状态为创建中和使用中状态时, 不可以删除。每个地域最多只支持创建10个自定义镜像，删除镜像可以释放账户的配额。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteImagesErrorCode}.
     */
    deleteImages(input: types.DeleteImagesRequest, options?: ImageV2CallOptions): Promise<types.DeleteImagesResponse>;
    /**
     * 修改镜像属性
     *
     * 本接口 (ModifyImageAttributes) 用于修改镜像的名称和描述等信息。不支持修改共享镜像。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyImageAttributesErrorCode}.
     * @example
     * import { ImageV2Client } from "@docs2sdk/tencentcloud-image-v2";
     *
     * const client = new ImageV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifyImageAttributes({
     *   imageId: "img-12345678",
     *   imageName: "testName",
     *   imageDescription: "descrip",
     * });
     * console.log(res);
     */
    modifyImageAttributes(input: types.ModifyImageAttributesRequest, options?: ImageV2CallOptions): Promise<types.ModifyImageAttributesResponse>;
    /**
     * Pages through DescribeImages (查询可用的镜像列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's imageSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeImages(input: types.DescribeImagesRequest, options?: PaginateOptions & ImageV2CallOptions): Paginator<types.DescribeImagesResponse, types.DescribeImagesResponseImageSet>;
}
