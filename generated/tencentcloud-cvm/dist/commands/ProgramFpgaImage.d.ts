import type { CvmCallOptions, CvmBaseClient } from "../service.js";
import type { ProgramFpgaImageRequest, ProgramFpgaImageResponse } from "../types.js";
/**
 * 在线烧录FPGA镜像
 *
 * 本接口(ProgramFpgaImage)用于在线烧录由客户提供的FPGA镜像文件到指定实例的指定FPGA卡上。只支持对单个实例发起在线烧录FPGA镜像的操作。支持对单个实例的多块FPGA卡同时烧录FPGA镜像，DBDFs参数为空时，默认对指定实例的所有FPGA卡进行烧录。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new CvmClient(config)` or `createCvmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link ProgramFpgaImageErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ProgramFpgaImage | API Explorer: call ProgramFpgaImage online}
 * @example
 * import { CvmClient } from "@docs2sdk/tencentcloud-cvm";
 *
 * const client = new CvmClient({ region: "ap-guangzhou" });
 * const res = await client.programFpgaImage({
 *   InstanceId: "ins-r8hr2upy",
 *   FPGAUrl: "fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin",
 *   DBDFs: ["0000:00:08.0", "0000:00:09.0"],
 * });
 * console.log(res);
 */
export declare function programFpgaImage(client: CvmBaseClient, input: ProgramFpgaImageRequest, options?: CvmCallOptions): Promise<ProgramFpgaImageResponse>;
