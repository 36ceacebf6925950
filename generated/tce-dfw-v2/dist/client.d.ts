import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { DfwV2BaseClient, type DfwV2CallOptions, type DfwV2ClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 安全组 (tce dfw, API v2), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 */
export declare class DfwV2Client extends DfwV2BaseClient {
    constructor(config?: DfwV2ClientConfig);
    /**
     * 查询安全组关联的网卡列表
     *
     * 本接口 (DescribeNetworkInterfacesOfSecurityGroup) 用于查询已关联指定的安全组的弹性网卡。 1)一个网卡允许关联多个安全组, 在不同安全组的查询结果中可能有重复的网卡实例 ID。 2)网卡列表以列表方式返回, 列表成员是网卡的实例 ID。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeNetworkInterfacesOfSecurityGroupErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeNetworkInterfacesOfSecurityGroup({
     *   sgId: "sg-33ocnj9n",
     * });
     * console.log(res);
     */
    describeNetworkInterfacesOfSecurityGroup(input: types.DescribeNetworkInterfacesOfSecurityGroupRequest, options?: DfwV2CallOptions): Promise<types.DescribeNetworkInterfacesOfSecurityGroupResponse>;
    /**
     * 修改弹性网卡关联的安全组
     *
     * 本接口 (ModifySecurityGroupsOfNetworkInterface) 用于修改指定弹性网卡关联的安全组。 1)此接口的操作以网卡为索引, 每个网卡需要独立设置要关联到的安全组ID列表。2)此接口调用后, 新的安全组关联关系将覆盖网卡之前的关联关系。假如您的网卡现在关联了安全组A和B, 希望再关联安全组C, 但保留原来的A和B, 则输入的sgIds参数需要包含A、B和C。移出某个安全组时, 输入的sgIds参数需要包含剩余的安全组ID列表。3)与安全组内规则类似, 同一个网卡关联的多个安全组有顺序, 按照此接口中输入的sgIds顺序生效。当您的安全组规则内包含action = DROP时, 不同的顺序有可能带来不同的网络防护效果, 需要谨慎修改。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupsOfNetworkInterfaceErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifySecurityGroupsOfNetworkInterface({
     *   networkInterfaceSet: [
     *     {
     *       networkInterfaceId: "eni-3056glfn",
     *       sgIds: ["sg-1sdj39df", "sg-o8sk37is"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifySecurityGroupsOfNetworkInterface(input: types.ModifySecurityGroupsOfNetworkInterfaceRequest, options?: DfwV2CallOptions): Promise<types.ModifySecurityGroupsOfNetworkInterfaceResponse>;
    /**
     * 删除安全组
     *
     * 本接口 (DeleteSecurityGroup) 用于删除新的安全组。 1)安全组可以通过系统生成的唯一ID (前缀为sg的字符串) 为索引来进行删除。只有当前账号下的安全组允许被删除。 2)安全组ID如果在其他安全组的规则中被引用, 则无法直接删除。这种情况下, 需要调用DescribeAssociateSecurityGroups查询出这些安全组，进行规则修改，再删除原来的安全组。删除的安全组无法再找回，请谨慎调用。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteSecurityGroup({
     *   sgId: "sg-c3y9ak17",
     * });
     * console.log(res);
     */
    deleteSecurityGroup(input: types.DeleteSecurityGroupRequest, options?: DfwV2CallOptions): Promise<types.DeleteSecurityGroupResponse>;
    /**
     * 修改安全组名称
     *
     * 本接口 (ModifySecurityGroupAttributes) 用于修改已经存在的安全组的属性信息, 包括名称和描述。 1)安全组的名称或描述可以通过系统生成的唯一ID (前缀为sg的字符串) 为索引来进行修改。只有当前账号下的安全组允许被修改。 2)修改后的安全组名称不能与同项目中其他安全组相同, 不超过25个UTF-8字符; 修改后的安全组描述不超过100个UTF-8字符。 3)修改安全组属性信息不影响已绑定的云服务器上的网络安全策略
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupAttributesErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifySecurityGroupAttributes({
     *   sgId: "sg-o1wkaolh",
     *   sgName: "测试1",
     * });
     * console.log(res);
     */
    modifySecurityGroupAttributes(input: types.ModifySecurityGroupAttributesRequest, options?: DfwV2CallOptions): Promise<types.ModifySecurityGroupAttributesResponse>;
    /**
     * 查询安全组规则
     *
     * 本接口 (DescribeSecurityGroupPolicys) 用于查询已经存在的安全组的规则。 1)返回数据包含 ingress (入站) 和 egress (出站) 两个列表 2)安全组的每条规则最多可包含四个有效字段 : ipProtocol、cidrIp 或 sgId (两者是排他关系 , 不会同时出现)、portRange 和 action。 action 字段是必然存在的 ,其他字段如果不出现，代表这条规则处理网络报文时，不考虑这个字段而全部匹配。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupPolicysErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeSecurityGroupPolicys({
     *   sgId: "sg-33ocnj9n",
     * });
     * console.log(res);
     */
    describeSecurityGroupPolicys(input: types.DescribeSecurityGroupPolicysRequest, options?: DfwV2CallOptions): Promise<types.DescribeSecurityGroupPolicysResponse>;
    /**
     * 修改安全组规则
     *
     * 本接口 (ModifySecurityGroupPolicies) 用于修改已经存在的安全组的规则。
     * 1)安全组的进站规则和出站规则分别通过ingress和egress两个列表输入, 每个方向的规则数量限制。系统默认的最后生效的全部DROP的规则不需要输入, 也不计入规则数限制中。 2)进站或出站方向包含多条规则时, 规则按照输入列表的顺序生效, 覆盖该安全组原有规则。 3)规则描述 4)安全组的每条规则最多可包含四个有效字段:
     * ipProtocol、cidrIp或sgId (两者是排他关系, 不允许同时输入)、portRange和action。action字段是必需的, 其他字段如果不出现, 代表这条规则处理网络报文时, 不考虑这个字段而全部匹配。 5)ipProtocol字段支持输入tcp、udp和icmp, 不区分大小写。 6)cidrIp字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中, 如果cidrIp包含您的账户内的云服务器之外的设备在腾讯云金融专区的内网IP, 并不代表此规则允许您访问这些设备, 租户之间网络隔离规则优先于安全组中的内网规则。 7)sgId字段允许输入与待修改的安全组位于相同项目中的安全组ID, 包括这个安全组ID本身, 代表安全组下所有云服务器的内网IP。使用这个字段时, 这条规则用来匹配网络报文的的过程中会随着被使用的这个ID所关联的云服务器变化而变化, 不需要重新修改。 8)portRange字段允许输入一个单独端口号, 或者用减号分隔的两个端口号代表端口范围, 例如80或8000-8010。只有当ipProtocol字段是tcp或udp时, portRange字段才被接受。 9)action字段允许输入ACCEPT或DROP字符串, 不区分大小写。 10)desc字段允许输入单条规则的描述语, 不超过50个UTF-8字符。 11)输入的规则字段如果违反了以上约束, 整个调用将不被应用并返回错误, 您实际的安全组规则将保持调用之前的状态。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupPolicysErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifySecurityGroupPolicys({
     *   sgId: "sg-33ocnj9n",
     *   ingress: [
     *     {
     *       ipProtocol: "tcp",
     *       cidrIp: "10.0.0.0/8",
     *       action: "ACCEPT",
     *       portRange: "22",
     *       desc: "内网入流量tcp协议22端口禁止访问",
     *     },
     *   ],
     *   egress: [
     *     {
     *       action: "ACCEPT",
     *       ipProtocol: "tcp",
     *       desc: "内网tcp出流量放通",
     *       cidrIp: "10.0.0.0/8",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifySecurityGroupPolicys(input: types.ModifySecurityGroupPolicysRequest, options?: DfwV2CallOptions): Promise<types.ModifySecurityGroupPolicysResponse>;
    /**
     * 查询安全组关联的云服务器列表
     *
     * 本接口 (DescribeInstancesOfSecurityGroup) 用于查询已关联指定的安全组的云服务器。 1)此接口允许查询云服务器列表中的一部分成员信息,使用offset和limit两个输入字段控制。不输入时,默认查询前20台云服务器。 2)一台云服务器允许关联多个安全组,在不同安全组的查询结果中可能有重复的云服务器实例ID。 3)云服务器列表以列表方式返回,列表成员是云服务器的实例ID。
     * 特别提示: 为提供更丰富的按安全组查询绑定实例的需求,建议客户使用各类云资源的实例查询接口,在这些接口中使用安全组ID过滤条件。以云服务器为例, DescribeInstances 接口可以使用安全组ID作过滤条件,查询出更为完整的实例信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesOfSecurityGroupErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesOfSecurityGroup({
     *   sgId: "sg-56p1yd1o",
     * });
     * console.log(res);
     */
    describeInstancesOfSecurityGroup(input: types.DescribeInstancesOfSecurityGroupRequest, options?: DfwV2CallOptions): Promise<types.DescribeInstancesOfSecurityGroupResponse>;
    /**
     * 修改云服务器关联的安全组
     *
     * 本接口 (ModifySecurityGroupsOfInstance) 用于修改指定云服务器关联的安全组。(本接口将在合适时间下线, 建议使用CVM::ModifyInstancesAttribute接口来替代本接口的功能) 1)此接口的操作以云服务器为索引, 每个云服务器需要独立设置要关联到的安全组ID列表。 2)欠费的云服务器, 或正在进行迁移、变更等流程中的云服务器不允许进行关联安全组操作, 直到状态恢复正常。 3)对于绑定了多网卡云服务器, 此接口修改云服务器的主网卡所关联的安全组,其他弹性网卡绑定的安全组保持不变。如果需要修改弹性网卡的安全组, 请使用ModifySecurityGroupsOfNetworkInterface。 4)此接口调用后, 新的安全组关联关系将覆盖云服务器之前的关联关系。假如您的云服务器现在关联了安全组A和B, 希望再关联安全组C, 但保留原来的A和B, 则输入的sgIds参数需要包含A、B和C。移出某个安全组时, 输入的sgIds参数需要包含剩余的安全组ID列表。 5)与安全组内规则类似, 同一个云服务器关联的多个安全组有顺序, 按照此接口中输入的sgIds顺序生效。当您的安全组规则内包含action = drop时, 不同的顺序有可能带来不同的网络防护效果, 需要谨慎修改。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySecurityGroupsOfInstanceErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifySecurityGroupsOfInstance({
     *   instanceSet: [
     *     {
     *       instanceId: "ins-4q118hl2",
     *       sgIds: ["sg-1sdj39df", "sg-o8sk37is"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifySecurityGroupsOfInstance(input: types.ModifySecurityGroupsOfInstanceRequest, options?: DfwV2CallOptions): Promise<types.ModifySecurityGroupsOfInstanceResponse>;
    /**
     * 查询与安全组关联的安全组列表
     *
     * 本接口 (DescribeAssociateSecurityGroups) 查询有哪些安全组的出站或入站规则中包含了输入的安全组 ID。 1)如果某个安全组 ID 的查询结果非空, 那么这个安全组不能被直接删除, 需要先修改引用了这个 ID 的其他安全组规则。安全组的规则如果包含了自身的 ID, 不会在查询结果中出现。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAssociateSecurityGroupsErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeAssociateSecurityGroups({
     *   sgIds: ["sg-5ua9adfv"],
     * });
     * console.log(res);
     */
    describeAssociateSecurityGroups(input: types.DescribeAssociateSecurityGroupsRequest, options?: DfwV2CallOptions): Promise<types.DescribeAssociateSecurityGroupsResponse>;
    /**
     * 添加安全组规则
     *
     * 本接口 (CreateSecurityGroupPolicy) 用于添加安全组规则。
     * 1)规则描述 2)安全组的每条规则最多可包含四个有效字段：ipProtocol、cidrIp或sgId（两者是排他关系，不允许同时输入）、portRange和action。action字段是必需的，其他字段如果不出现，代表这条规则处理网络报文时，不考虑这个字段而全部匹配。3)ipProtocol字段支持输入tcp、udp和icmp，不区分大小写。4)cidrIp字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中，如果cidrIp包含您的账户内的云服务器之外的设备在腾讯云金融专区的内网IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。5)sgId字段允许输入与待修改的安全组位于相同项目中的安全组ID，包括这个安全组ID本身，代表安全组下所有云服务器的内网IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化，不需要重新修改。6)portRange字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当ipProtocol字段是tcp或udp时，portRange字段才被接受。7)action字段允许输入ACCEPT或DROP字符串，不区分大小写。8)desc字段允许输入单条规则的描述语，不超过50个UTF-8字符。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupPolicyErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.createSecurityGroupPolicy({
     *   sgId: "sg-33ocnj9n",
     *   version: 2,
     *   direction: "ingress",
     *   index: 0,
     *   policies: [
     *     {
     *       ipProtocol: "tcp",
     *       cidrIp: "10.0.0.0/8",
     *       action: "ACCEPT",
     *       portRange: "22",
     *       desc: "内网tcp出流量放通",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createSecurityGroupPolicy(input: types.CreateSecurityGroupPolicyRequest, options?: DfwV2CallOptions): Promise<types.CreateSecurityGroupPolicyResponse>;
    /**
     * 编辑单条安全组规则
     *
     * 本接口 (ModifySingleSecurityGroupPolicy) 用于编辑单条安全组规则。
     * 1)规则描述 2)安全组的每条规则最多可包含四个有效字段: ipProtocol、cidrIp或sgId (两者是排他关系, 不允许同时输入)、portRange和action。action字段是必需的, 其他字段如果不出现, 代表这条规则处理网络报文时, 不考虑这个字段而全部匹配。 3)ipProtocol字段支持输入tcp、udp和icmp, 不区分大小写。 4)cidrIp字段允许输入符合cidr格式标准的任意字符串。(展开)在基础网络中, 如果cidrIp包含您的账户内的云服务器之外的设备在腾讯云金融专区的内网IP, 并不代表此规则允许您访问这些设备, 租户之间网络隔离规则优先于安全组中的内网规则。 5)sgId字段允许输入与待修改的安全组位于相同项目中的安全组ID, 包括这个安全组ID本身, 代表安全组下所有云服务器的内网IP。使用这个字段时, 这条规则用来匹配网络报文的过程中会随着被使用的这个ID所关联的云服务器变化而变化, 不需要重新修改。 6)portRange字段允许输入一个单独端口号, 或者用减号分隔的两个端口号代表端口范围, 例如80或8000-8010。只有当ipProtocol字段是tcp或udp时, portRange字段才被接受。 7)action字段允许输入ACCEPT或DROP字符串, 不区分大小写。 8)desc字段允许输入单条规则的描述语, 不超过50个UTF-8字符。
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySingleSecurityGroupPolicyErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.modifySingleSecurityGroupPolicy({
     *   sgId: "sg-33ocnj9n",
     *   version: 2,
     *   direction: "ingress",
     *   index: 0,
     *   policys: {
     *     ipProtocol: "tcp",
     *     cidrIp: "10.0.0.0/8",
     *     action: "ACCEPT",
     *     portRange: "22",
     *     desc: "内网入流量tcp协议22端口允许访问",
     *   },
     * });
     * console.log(res);
     */
    modifySingleSecurityGroupPolicy(input: types.ModifySingleSecurityGroupPolicyRequest, options?: DfwV2CallOptions): Promise<types.ModifySingleSecurityGroupPolicyResponse>;
    /**
     * 查询安全组列表
     *
     * 本接口 (DescribeSecurityGroupEx) 用于根据多种索引查询一个或多个安全组的基本信息。
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSecurityGroupExErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.describeSecurityGroupEx({});
     * console.log(res);
     */
    describeSecurityGroupEx(input?: types.DescribeSecurityGroupExRequest, options?: DfwV2CallOptions): Promise<types.DescribeSecurityGroupExResponse>;
    /**
     * 创建安全组
     *
     * 本接口 (CreateSecurityGroup) 用于创建新的安全组。 1)每个账户下每个地域的每个项目的安全组数量限制。 2)安全组的唯一ID由系统自动生成;安全组名(输入的sgName字段)由您指定,最多25个UTF-8字符;安全组备注(输入的sgRemark字段)也由您指定,最多100个UTF-8字符,允许重复;如果您有多个项目,可以在创建安全组时选择项目ID(输入的projectId字段),不选择时即在您的默认项目中创建。新建的安全组的入站和出站规则默认都是全部拒绝,在创建后通常您需要再调用ModifySecurityGroupPolicys将安全组的规则设置为需要的规则。
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.createSecurityGroup({
     *   projectId: 1000379,
     *   sgName: "组1",
     * });
     * console.log(res);
     */
    createSecurityGroup(input?: types.CreateSecurityGroupRequest, options?: DfwV2CallOptions): Promise<types.CreateSecurityGroupResponse>;
    /**
     * 删除安全组规则
     *
     * 本接口 (DeleteSecurityGroupPolicy) 用于删除安全组规则。
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSecurityGroupPolicyErrorCode}.
     * @example
     * import { DfwV2Client } from "@docs2sdk/tce-dfw-v2";
     *
     * const client = new DfwV2Client({ region: "ap-guangzhou" });
     * const res = await client.deleteSecurityGroupPolicy({
     *   sgId: "sg-8pmkv2xx",
     *   version: 2,
     *   direction: "ingress",
     *   indexes: ["0"],
     * });
     * console.log(res);
     */
    deleteSecurityGroupPolicy(input: types.DeleteSecurityGroupPolicyRequest, options?: DfwV2CallOptions): Promise<types.DeleteSecurityGroupPolicyResponse>;
    /**
     * Pages through DescribeInstancesOfSecurityGroup (查询安全组关联的云服务器列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's data.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstancesOfSecurityGroup(input: types.DescribeInstancesOfSecurityGroupRequest, options?: PaginateOptions & DfwV2CallOptions): Paginator<types.DescribeInstancesOfSecurityGroupResponse, types.DescribeInstancesOfSecurityGroupResponseData>;
}
