import type { EcsCallOptions, EcsBaseClient } from "../service.js";
import type { CreateInstanceRequest, CreateInstanceResponse } from "../types.js";
/**
 * 创建 ECS 实例
 *
 * 调用CreateInstance创建一台实例。
 * - 在创建实例时，您必须选择镜像，以确定新创建实例的系统盘配置。镜像包含操作系统以及应用软件配置，基于镜像创建实例后，实例的系统盘配置即为此镜像的完全克隆。
 * - 创建实例时必须指定加入一个安全组，您需要预先创建安全组。属于同一个安全组的实例内网互通。不同安全组之间默认有防火墙隔离，不可相互访问，但您可以通过安全组授权设置安全组的防火墙权限。
 * 同一个安全组内的实例数量不能超过1000个。如果安全组内实例数量超出限制，创建实例时不能指定该安全组。
 * - 创建实例时，您可以通过IoOptimized选择是否为I/O优化实例。
 * - 实例创建时，系统会根据您指定的镜像为分配一个相应大小的系统盘，您也可以通过SystemDisk.Category和SystemDisk.Size指定磁盘类型和大小。
 * - 单块普通云盘（cloud）容量最大不能超过2000 GiB，单块高效云盘（cloud_efficiency）容量最大不超过32 TiB（32768 GiB），单块SSD云盘（cloud_ssd）容量最大不能超过32 TiB（32768 GiB）。
 * - 随实例创建的系统盘，其Portable属性为false，即不支持卸载和挂载操作。所有系统盘的DeleteWithInstance属性为true。
 * - 随实例创建的类型为高效云盘（cloud_efficiency）或SSD云盘（cloud_ssd）的数据盘，其Portable属性为true，即支持卸载和挂载操作。如果数据盘随实例的释放而释放，则DeleteWithInstance的属性默认为true；如果数据盘不随实例的释放而释放，则DeleteWithInstance的属性的默认值为false。
 * - Windows 32位操作系统最高支持4 vCPU。如果创建内存4 GiB以上的云服务器，请选择64位操作系统（32位操作系统存在4 GiB的内存寻址限制）。
 * - 您只能在创建实例时指定网络类型为专有网络，专有网络实例必须且只能属于一个交换机。
 * - 指定VSwitchId创建实例时，SecurityGroupId和VSwitchId要属于同一个专有网络。
 * - 同时指定VSwitchId和PrivateIpAddress时，PrivateIpAddress要包含在交换机的CidrBlock之内。
 * - PrivateIpAddress依赖于VSwitchId，不能单独指定PrivateIpAddress。
 * - 若实例满足使用实例自定义数据的限制，您可传入UserData信息。UserData以Base64的方式编码。UserData将以不加密的方式传入，所以请不要以明文方式传入机密的信息（例如密码、私钥数据等）。如果必须传入，建议加密后，然后以Base64的方式编码后再传入，在实例内部以同样的方式反解密。
 *
 * @param client - a client of this service: `new EcsClient(config)` or `createEcsClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateInstanceErrorCode}.
 */
export declare function createInstance(client: EcsBaseClient, input: CreateInstanceRequest, options?: EcsCallOptions): Promise<CreateInstanceResponse>;
