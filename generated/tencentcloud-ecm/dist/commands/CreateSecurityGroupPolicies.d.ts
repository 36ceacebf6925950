import type { EcmCallOptions, EcmBaseClient } from "../service.js";
import type { CreateSecurityGroupPoliciesRequest, CreateSecurityGroupPoliciesResponse } from "../types.js";
/**
 * 安全组添加规则
 *
 * 本接口（CreateSecurityGroupPolicies）用于创建安全组规则（SecurityGroupPolicy）。在 SecurityGroupPolicySet 参数中：Version 安全组规则版本号，用户每次更新安全规则版本会自动加1，防止您更新的路由规则已过期，不填不考虑冲突。在创建出站和入站规则（Egress 和 Ingress）时：Protocol 字段支持输入TCP, UDP, ICMP, GRE, ALL。CidrBlock 字段允许输入符合cidr格式标准的任意字符串。在基础网络中，如果 CidrBlock 包含您的账户内的云服务器之外的设备在腾讯云的内网 IP，并不代表此规则允许您访问这些设备，租户之间网络隔离规则优先于安全组中的内网规则。SecurityGroupId 字段允许输入与待修改的安全组位于相同项目中的安全组 ID，包括这个安全组 ID 本身，代表安全组下所有云服务器的内网 IP。使用这个字段时，这条规则用来匹配网络报文的过程中会随着被使用的这个 ID 所关联的云服务器变化而变化，不需要重新修改。Port 字段允许输入一个单独端口号，或者用减号分隔的两个端口号代表端口范围，例如80或8000-8010。只有当 Protocol 字段是 TCP 或 UDP 时，Port 字段才被接受，即 Protocol 字段不是 TCP 或 UDP 时，Protocol 和 Port 排他关系，不允许同时输入，否则会接口报错。Action 字段只允许输入 ACCEPT 或 DROP。CidrBlock, SecurityGroupId, AddressTemplate 是排他关系，不允许同时输入，Protocol + Port 和 ServiceTemplate 二者是排他关系，不允许同时输入。一次请求中只能创建单个方向的规则, 如果需要指定索引（PolicyIndex）参数, 多条规则的索引必须一致。
 *
 * Default rate limit: 20 requests per second.
 *
 * @param client - a client of this service: `new EcmClient(config)` or `createEcmClient(config)`.
 * @param input - the request parameters.
 * @param options - per-call overrides: abort signal, timeout, region, endpoint.
 * @returns the response, unwrapped from the service's envelope.
 * @throws {@link ServiceError} whose code is one of {@link CreateSecurityGroupPoliciesErrorCode}.
 * @see {@link https://console.cloud.tencent.com/api/explorer?Product=ecm&Version=2019-07-19&Action=CreateSecurityGroupPolicies | API Explorer: call CreateSecurityGroupPolicies online}
 * @example
 * import { EcmClient } from "@docs2sdk/tencentcloud-ecm";
 *
 * const client = new EcmClient();
 * const res = await client.createSecurityGroupPolicies({
 *   SecurityGroupId: "esg-ohuuioma",
 *   SecurityGroupPolicySet: {
 *     Version: "1",
 *     Egress: [
 *       {
 *         PolicyIndex: 1,
 *         Protocol: "TCP",
 *         Port: "80",
 *         Action: "accept",
 *         CidrBlock: "10.0.0.0/16",
 *         PolicyDescription: "TestPolicy",
 *       },
 *     ],
 *   },
 * });
 * console.log(res);
 */
export declare function createSecurityGroupPolicies(client: EcmBaseClient, input: CreateSecurityGroupPoliciesRequest, options?: EcmCallOptions): Promise<CreateSecurityGroupPoliciesResponse>;
