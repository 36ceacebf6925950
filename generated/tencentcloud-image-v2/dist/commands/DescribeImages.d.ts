import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type { DescribeImagesRequest, DescribeImagesResponse } from "../types.js";
/**
 * 查询可用的镜像列表
 *
 * 本接口 (DescribeImages) 用于获取用户能够使用的镜像，可以使用这些镜像来创建 CVM 实例。可以通过镜像 ID 进行查询（最多指定10个镜像 ID）；同时，也可以根据镜像的状态或者类型来进行过滤。镜像拥有5个状态，用户可以根据需要来进行过滤：1: 创建中2: 正常3: 使用中4: 同步中5: 复制中镜像拥有4个类型，用户可以根据需要来进行过滤：1: 私有镜像 (本账户创建的镜像) 2: 公共镜像 (腾讯云官方镜像) 3: 服务市场 (服务市场提供的镜像) 4: 共享镜像(其他账户共享给本账户的镜像)北美地区不支持服务市场。常用公共镜像 ID 一览：镜像名称 unImgId/unImageId CentOS 5.8 32位 img-7br3ouzr CentOS 5.8 64位 img-4cq5l3u1 CentOS 5.11 32位 img-ko6c8e6f CentOS 5.11 64位 img-ailu7ftt CentOS 6.2 64位 img-50mr2ow7 CentOS 6.3 32位 img-1afi29f3 CentOS 6.3 64位 img-4w43a15z CentOS 6.4 32位 img-k09t26i1 CentOS 6.4 64位 img-jlo93805 CentOS 6.5 32位 img-7uq6rrhr CentOS 6.5 64位 img-7fwdvfur CentOS 6.6 32位 img-5jbd8jxn CentOS 6.6 64位 img-h5le2uy5 CentOS 6.7 32位 img-ljriodz5 CentOS 6.7 64位 img-9iwld2rx CentOS 7.0 64位 img-b1ve77s9 CentOS 7.1 64位 img-9q2lxkar CentOS 7.2 64位 img-31tjrtph其中 imageSet 存储了镜像具体的信息，构成如下：Debian 7.4 64位 img-c1l6bgb1 Debian 7.8 32位 img-2p1g2wjv Debian 7.8 64位 img-feqctcrx Debian 8.2 32位 img-ez7jwngr Debian 8.2 64位 img-hi93l4ht Ubuntu Server 12.04 LTS 64位 (Docker) img-aa9z7opt Ubuntu Server 14.04.1 LTS 32位 img-qpxvpujt Ubuntu Server 14.04.1 LTS 64位 img-3wnd9xpl openSUSE 12.3 32位 img-8bf2kz5x openSUSE 12.3 64位 img-1p6m0vz5 openSUSE 13.2 64位 img-pmhtrjdx SUSE Linux Enterprise Server 11 SP3 64位 img-mg89zx1h SUSE Linux Enterprise Server 12 64位 img-d5304izr FreeBSD 10.1 64位 img-871lthrb CoreOS 717.3.0 64位 img-6mre94jv Windows Server 2012 R2 标准版 64位英文版 img-lkxqa4kj Windows Server 2012 R2 标准版 64位中文版 img-egif9bvl Windows Server 2012 R2 数据中心版 64位英文版 img-2tddq003 Ubuntu 16.04.1 LTS 64位中文版 img-pyqx34y1 Windows Server 2016 R2 数据中心版 64位中文版 img-9id7emv7
 *
 * @param client - a client of this service: `new ImageV2Client(config)` or `createImageV2Client(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
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
export declare function describeImages(client: ImageV2BaseClient, input: DescribeImagesRequest, options?: ImageV2CallOptions): Promise<DescribeImagesResponse>;
