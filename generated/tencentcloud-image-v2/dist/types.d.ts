/** Members of data in the GetImageShareUinInfo response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface GetImageShareUinInfoResponseData {
    /** 镜像个数。 */
    imageNum?: number | undefined;
    /** 允许共享的镜像最大数量。 */
    maxImgShareNum?: number | undefined;
    /** 共享镜像列表。 */
    imageList?: GetImageShareUinInfoResponseDataImageList[] | undefined;
}
/** Items of data.imageList in the GetImageShareUinInfo response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface GetImageShareUinInfoResponseDataImageList {
    /** 镜像ID。 */
    imageId?: string | undefined;
    /** 共享信息。 */
    shareUinInfo?: GetImageShareUinInfoResponseDataImageListShareUinInfo[] | undefined;
}
/** Items of data.imageList.shareUinInfo in the GetImageShareUinInfo response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface GetImageShareUinInfoResponseDataImageListShareUinInfo {
    /** 共享的账号。 */
    uin?: number | undefined;
    /** 共享时间。 */
    shareTimeStamp?: string | undefined;
}
/** Items of imageSet in the DescribeImages response (the document lists them as flattened names; the structure name is made up from the action and the path). */
export interface DescribeImagesResponseImageSet {
    /** 硬盘镜像 ID，命名格式为“img-xxxxxxxx”，使用此 ID 标识镜像。 */
    unImgId?: string | undefined;
    /** 硬盘镜像名称。 */
    imageName?: string | undefined;
    /** 描述信息。 */
    imageDescription?: string | undefined;
    /** 镜像类型。具体值见上。 */
    imageType?: number | undefined;
    /** 操作系统名称。 */
    osName?: string | undefined;
    /** 创建时间。 */
    createTime?: string | undefined;
    /** 创建者的账号。 */
    creator?: string | undefined;
    /** 镜像的状态。具体值见上。 */
    status?: number | undefined;
}
/** Input of SyncCvmImage: 复制镜像 */
export interface SyncCvmImageRequest {
    /** 源镜像所属地域，填写代号，如gz，sh。可从 DescribeProductRegionList API获取。 */
    srcRegion: string;
    /** 镜像 ID。可通过 DescribeImages  接口返回值中的 unImgId 获取（此接口支持同时传入多个ID。此参数的具体格式可参见 API 简介 的 id.n 一节）。 */
    imgIdList: string[];
    /** 需要同步到的地域，填写代号，如 gz，sh。 */
    dstRegion: string[];
}
/**
 * Output of SyncCvmImage: 复制镜像
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface SyncCvmImageResponse {
}
/** Input of ShareImage: 共享镜像 */
export interface ShareImageRequest {
    /** 镜像 ID，可通过 DescribeImages 接口返回字段中的 unImgId 获取。 */
    imageId: string;
    /** 被共享人的账号（此接口支持同时传入多个ID。此参数的具体格式可参考 API 简介 的 id.n 一节）。 */
    uinList: string[];
}
/**
 * Output of ShareImage: 共享镜像
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ShareImageResponse {
}
/** Input of CancelShareImage: 取消共享镜像 */
export interface CancelShareImageRequest {
    /** 镜像 ID，可通过 DescribeImages 接口返回字段中的 unImgId 获取。 */
    imageId: string;
    /** 被取消共享的账号（此接口支持同时传入多个ID。此参数的具体格式可参考 API 简介 的 id.n 一节）。 */
    uinList: string[];
}
/**
 * Output of CancelShareImage: 取消共享镜像
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CancelShareImageResponse {
}
/** Input of GetImageShareUinInfo: 查询镜像共享的账号信息 */
export interface GetImageShareUinInfoRequest {
    /** 镜像ID，可通过 DescribeImages  接口值中的 unImgId 获取（此接口支持同时传入多个ID。此参数的具体格式可参考 API 简介 的 id.n 一节）。 */
    imageIds: string[];
}
/**
 * Output of GetImageShareUinInfo: 查询镜像共享的账号信息
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface GetImageShareUinInfoResponse {
    /** 镜像分享数据。 */
    data?: GetImageShareUinInfoResponseData | undefined;
}
/** Input of DescribeImages: 查询可用的镜像列表 */
export interface DescribeImagesRequest {
    /** 按照镜像的类型过滤；具体值见上。 */
    imageType: number;
    /** 按照镜像 ID 过滤；如果指定了镜像 ID，imageType 则为必选（此接口支持同时传入多个 ID。此参数的具体格式可参见 API 简介  的 id.n 一节）。 */
    imageIds?: string[] | undefined;
    /** 按照镜像的状态过滤。默认值为0，查询全部镜像。具体值见上。 */
    status?: number | undefined;
    /** 偏移量，默认为0。关于 offset 的更进一步介绍参见 API 简介 中的相关小节。 */
    offset?: number | undefined;
    /** 返回数量，默认 20，最大值 100。关于 limit 的更进一步介绍参见 API 简介 中的相关小节。 */
    limit?: number | undefined;
}
/**
 * Output of DescribeImages: 查询可用的镜像列表
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DescribeImagesResponse {
    /** 符合条件的镜像数量。 */
    totalCount?: number | undefined;
    /** 符合条件的镜像信息。 */
    imageSet?: DescribeImagesResponseImageSet[] | undefined;
}
/** Input of CreateImage: 创建自定义镜像 */
export interface CreateImageRequest {
    /** 待操作的实例 ID。可通过 DescribeInstances API 返回值中的 unInstanceId 获取。 */
    instanceId: string;
    /** 镜像名称，名称不能和已存在的镜像名称重复。命名规则：1-16个英文、数字、连接线“-”。 */
    imageName: string;
    /** 镜像描述信息。命名规则：只能包含0-64个中文、英文、数字、连接线"-"、下划线"_"。 */
    imageDescription?: string | undefined;
}
/**
 * Output of CreateImage: 创建自定义镜像
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface CreateImageResponse {
    /** 任务 ID。 */
    requestId?: number | undefined;
}
/** Input of DeleteImages: 删除镜像 */
export interface DeleteImagesRequest {
    /** 镜像 ID，可通过 DescribeImages  接口返回字段中的 unImgId 获取；此接口支持同时传入多个镜像ID（此接口支持同时传入多个 ID。此参数的具体格式可参见 API 简介 的 id.n 一节）。 */
    imageIds: string[];
}
/**
 * Output of DeleteImages: 删除镜像
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface DeleteImagesResponse {
}
/** Input of ModifyImageAttributes: 修改镜像属性 */
export interface ModifyImageAttributesRequest {
    /** 镜像 ID，可通过 DescribeImages 接口返回字段中的 unImgId 获取。 */
    imageId: string;
    /** 镜像的名称，名称不能重复。如果不修改则传空值或者不传。规则：1-16个英文、数字、连接线“-”。 */
    imageName?: string | undefined;
    /** 镜像的描述，如果不修改则传空值或者不传。规则：0-64个中文、英文、数字、连接线"-"、下划线"_"。 */
    imageDescription?: string | undefined;
}
/**
 * Output of ModifyImageAttributes: 修改镜像属性
 *
 * Without the code/message/codeDesc envelope: a non-zero code is thrown as a ServiceError.
 */
export interface ModifyImageAttributesResponse {
}
