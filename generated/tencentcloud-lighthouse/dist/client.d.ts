import type { PaginateOptions, Paginator } from "@docs2sdk/runtime";
import { LighthouseBaseClient, type LighthouseCallOptions, type LighthouseClientConfig } from "./service.js";
import type * as types from "./types.js";
/**
 * Client of 轻量应用服务器 (tencentcloud lighthouse, API 2020-03-24), with one method per action.
 *
 * For the smallest bundles, call the standalone commands instead (each action is its own module).
 *
 * @see {@link https://cloud.tencent.com/document/api | Tencent Cloud API documentation}
 */
export declare class LighthouseClient extends LighthouseBaseClient {
    constructor(config?: LighthouseClientConfig);
    /**
     * 创建镜像
     *
     * 本接口 (CreateBlueprint) 用于创建镜像。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateBlueprintErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateBlueprint | API Explorer: call CreateBlueprint online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.createBlueprint({
     *   BlueprintName: "test-blueprint",
     *   InstanceId: "lhins-7ugtz5e1",
     * });
     * console.log(res);
     */
    createBlueprint(input: types.CreateBlueprintRequest, options?: LighthouseCallOptions): Promise<types.CreateBlueprintResponse>;
    /**
     * 查询镜像实例信息
     *
     * 本接口（DescribeBlueprintInstances）用于查询镜像实例信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeBlueprintInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeBlueprintInstances | API Explorer: call DescribeBlueprintInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeBlueprintInstances({
     *   InstanceIds: ["lhins-f4s49nap"],
     * });
     * console.log(res);
     */
    describeBlueprintInstances(input: types.DescribeBlueprintInstancesRequest, options?: LighthouseCallOptions): Promise<types.DescribeBlueprintInstancesResponse>;
    /**
     * 创建镜像询价
     *
     * 本接口 (InquirePriceCreateBlueprint) 用于创建镜像询价。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquirePriceCreateBlueprintErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceCreateBlueprint | API Explorer: call InquirePriceCreateBlueprint online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.inquirePriceCreateBlueprint({
     *   BlueprintCount: 5,
     * });
     * console.log(res);
     */
    inquirePriceCreateBlueprint(input?: types.InquirePriceCreateBlueprintRequest, options?: LighthouseCallOptions): Promise<types.InquirePriceCreateBlueprintResponse>;
    /**
     * 同步镜像
     *
     * 本接口 (SyncBlueprint) 用于将自定义镜像同步到其它地域。支持向多个地域同步。最多10个地域。不支持向源地域同步。只支持NORMAL状态的镜像进行同步。不支持中国大陆地域和非中国大陆地域之间同步。可以通过DescribeBlueprints查询镜像状态，当镜像状态为NORMAL时表示源地域同步结束。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link SyncBlueprintErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=SyncBlueprint | API Explorer: call SyncBlueprint online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.syncBlueprint({
     *   BlueprintId: "lhbp-ls883feh",
     *   DestinationRegions: ["ap-singapore", "ap-hongkong"],
     * });
     * console.log(res);
     */
    syncBlueprint(input: types.SyncBlueprintRequest, options?: LighthouseCallOptions): Promise<types.SyncBlueprintResponse>;
    /**
     * 查询镜像信息
     *
     * 本接口（DescribeBlueprints）用于查询镜像信息。该接口返回的镜像类型有：自定义镜像、共享镜像、公共镜像。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeBlueprintsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeBlueprints | API Explorer: call DescribeBlueprints online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeBlueprints({
     *   BlueprintIds: ["lhbp-lf6jlx98"],
     * });
     * console.log(res);
     */
    describeBlueprints(input?: types.DescribeBlueprintsRequest, options?: LighthouseCallOptions): Promise<types.DescribeBlueprintsResponse>;
    /**
     * 删除镜像
     *
     * 本接口 (DeleteBlueprints) 用于删除镜像。可删除的镜像应满足如下条件：
     * 1、删除镜像接口需要镜像状态为NORMAL（正常）、ISOLATED（已隔离）、CREATEFAILED（创建失败）、SYNCING_FAILED（目的地域同步失败），其他状态下的镜像不支持删除操作。镜像状态，可通过DescribeBlueprints接口返回值中的BlueprintState获取。
     * 2、仅支持删除自定义镜像。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteBlueprintsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteBlueprints | API Explorer: call DeleteBlueprints online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.deleteBlueprints({
     *   BlueprintIds: ["lhbp-1ynlfst1"],
     * });
     * console.log(res);
     */
    deleteBlueprints(input: types.DeleteBlueprintsRequest, options?: LighthouseCallOptions): Promise<types.DeleteBlueprintsResponse>;
    /**
     * 修改镜像属性
     *
     * 本接口 (ModifyBlueprintAttribute) 用于修改镜像属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyBlueprintAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyBlueprintAttribute | API Explorer: call ModifyBlueprintAttribute online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyBlueprintAttribute({
     *   BlueprintId: "lhbp-1ynlfst1",
     *   BlueprintName: "new-blueprint",
     *   Description: "new-blueprint",
     * });
     * console.log(res);
     */
    modifyBlueprintAttribute(input: types.ModifyBlueprintAttributeRequest, options?: LighthouseCallOptions): Promise<types.ModifyBlueprintAttributeResponse>;
    /**
     * 取消镜像跨账号共享
     *
     * 本接口（CancelShareBlueprintAcrossAccounts）用于取消镜像跨账号共享。指定的镜像ID必须为自定义镜像，且指定账号ID必须已进行共享。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CancelShareBlueprintAcrossAccountsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CancelShareBlueprintAcrossAccounts | API Explorer: call CancelShareBlueprintAcrossAccounts online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.cancelShareBlueprintAcrossAccounts({
     *   BlueprintId: "lhbp-6jc6l8yb",
     *   AccountIds: ["700000164995"],
     * });
     * console.log(res);
     */
    cancelShareBlueprintAcrossAccounts(input: types.CancelShareBlueprintAcrossAccountsRequest, options?: LighthouseCallOptions): Promise<types.CancelShareBlueprintAcrossAccountsResponse>;
    /**
     * 跨账号共享镜像
     *
     * 本接口（ShareBlueprintAcrossAccounts）用于跨账号共享镜像。仅支持共享自定义镜像， 且用于共享的镜像状态必须为NORMAL。共享的账号必须为主账号。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ShareBlueprintAcrossAccountsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ShareBlueprintAcrossAccounts | API Explorer: call ShareBlueprintAcrossAccounts online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.shareBlueprintAcrossAccounts({
     *   BlueprintId: "lhbp-6jc6l8yb",
     *   AccountIds: ["700000164995"],
     * });
     * console.log(res);
     */
    shareBlueprintAcrossAccounts(input: types.ShareBlueprintAcrossAccountsRequest, options?: LighthouseCallOptions): Promise<types.ShareBlueprintAcrossAccountsResponse>;
    /**
     * 创建云硬盘备份点
     *
     * 本接口 ( CreateDiskBackup ) 用于创建指定云硬盘（当前只支持数据盘）的备份点。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDiskBackupErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateDiskBackup | API Explorer: call CreateDiskBackup online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.createDiskBackup({
     *   DiskBackupName: "disk-backup-01",
     *   DiskId: "lhdisk-qtovvuzq",
     * });
     * console.log(res);
     */
    createDiskBackup(input: types.CreateDiskBackupRequest, options?: LighthouseCallOptions): Promise<types.CreateDiskBackupResponse>;
    /**
     * 查看云硬盘备份点操作限制列表
     *
     * 本接口（DescribeDiskBackupsDeniedActions）用于查询一个或多个云硬盘备份点的操作限制列表信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDiskBackupsDeniedActionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDiskBackupsDeniedActions | API Explorer: call DescribeDiskBackupsDeniedActions online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDiskBackupsDeniedActions({
     *   DiskBackupIds: ["lhbak-nuen5foj"],
     * });
     * console.log(res);
     */
    describeDiskBackupsDeniedActions(input: types.DescribeDiskBackupsDeniedActionsRequest, options?: LighthouseCallOptions): Promise<types.DescribeDiskBackupsDeniedActionsResponse>;
    /**
     * 修改云硬盘备份点属性
     *
     * 本接口 (ModifyDiskBackupsAttribute) 用于修改云硬盘备份点属性。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDiskBackupsAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDiskBackupsAttribute | API Explorer: call ModifyDiskBackupsAttribute online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyDiskBackupsAttribute({
     *   DiskBackupIds: ["lhbak-l1ghx97r"],
     *   DiskBackupName: "test1",
     * });
     * console.log(res);
     */
    modifyDiskBackupsAttribute(input: types.ModifyDiskBackupsAttributeRequest, options?: LighthouseCallOptions): Promise<types.ModifyDiskBackupsAttributeResponse>;
    /**
     * 回滚云硬盘备份点
     *
     * 本接口（ApplyDiskBackup）用于回滚指定云硬盘的备份点。仅支持回滚到原云硬盘。用于回滚的云硬盘备份点必须处于 NORMAL 状态。云硬盘备份点状态可以通过 DescribeDiskBackups 接口查询。回滚云硬盘备份点时，云硬盘的状态必须为 UNATTACHED或ATTACHED。云硬盘状态可通过 DescribeDisks 接口查询。如果云硬盘处于 ATTACHED状态，相关RUNNING 状态的实例会强制关机，然后回滚云硬盘备份点。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ApplyDiskBackupErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ApplyDiskBackup | API Explorer: call ApplyDiskBackup online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.applyDiskBackup({
     *   DiskBackupId: "lhbak-ounanbtt",
     *   DiskId: "lhdisk-qtovvuzq",
     * });
     * console.log(res);
     */
    applyDiskBackup(input: types.ApplyDiskBackupRequest, options?: LighthouseCallOptions): Promise<types.ApplyDiskBackupResponse>;
    /**
     * 删除云硬盘备份点
     *
     * 本接口（DeleteDiskBackups）用于删除云硬盘备份点。云硬盘备份点必须处于 NORMAL 状态，云硬盘备份点状态可以通过 DescribeDiskBackups接口查询，见输出参数中 DiskBackupState 字段解释。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteDiskBackupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteDiskBackups | API Explorer: call DeleteDiskBackups online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.deleteDiskBackups({
     *   DiskBackupIds: ["lhbak-ounanbtt"],
     * });
     * console.log(res);
     */
    deleteDiskBackups(input: types.DeleteDiskBackupsRequest, options?: LighthouseCallOptions): Promise<types.DeleteDiskBackupsResponse>;
    /**
     * 查看云硬盘备份点列表
     *
     * 本接口（DescribeDiskBackups）用于查询云硬盘备份点的详细信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDiskBackupsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDiskBackups | API Explorer: call DescribeDiskBackups online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDiskBackups({
     *   DiskBackupIds: ["lhbak-nuen5foj"],
     * });
     * console.log(res);
     */
    describeDiskBackups(input?: types.DescribeDiskBackupsRequest, options?: LighthouseCallOptions): Promise<types.DescribeDiskBackupsResponse>;
    /**
     * 添加防火墙规则
     *
     * 本接口（CreateFirewallRules）用于在实例上添加防火墙规则。FirewallVersion 为防火墙版本号，用户每次更新防火墙规则版本会自动加1，防止您更新的规则已过期，不填不考虑冲突。FirewallVersion可通过DescribeFirewallRules接口返回值中的FirewallVersion获取。在 FirewallRules 参数中：Protocol 字段支持输入 TCP，UDP，ICMP，ICMPv6，ALL。Port 字段允许输入 ALL，或者一个单独的端口号，或者用逗号分隔的离散端口号，或者用减号分隔的两个端口号代表的端口范围。当 Port 为范围时，减号分隔的第一个端口号小于第二个端口号。当 Protocol 字段不是 TCP 或 UDP 时，Port 字段只能为空或 ALL。Port 字段长度不得超过 64。CidrBlock 字段允许输入符合 cidr 格式标准的任意字符串。租户之间网络隔离规则优先于防火墙中的内网规则。Action 字段只允许输入 ACCEPT 或 DROP。FirewallRuleDescription 字段长度不得超过 64。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateFirewallRulesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateFirewallRules | API Explorer: call CreateFirewallRules online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.createFirewallRules({
     *   InstanceId: "lhins-aglzynfg",
     *   FirewallRules: [
     *     {
     *       Protocol: "TCP",
     *       Port: "80",
     *     },
     *     {
     *       Protocol: "UDP",
     *       Port: "22,443",
     *     },
     *     {
     *       Protocol: "TCP",
     *       Port: "8000-8080",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createFirewallRules(input: types.CreateFirewallRulesRequest, options?: LighthouseCallOptions): Promise<types.CreateFirewallRulesResponse>;
    /**
     * 删除防火墙规则
     *
     * 本接口（DeleteFirewallRules）用于删除实例的防火墙规则。FirewallVersion 用于指定要操作的防火墙的版本。传入 FirewallVersion 版本号若不等于当前防火墙的最新版本，将返回失败；若不传 FirewallVersion 则直接删除指定的规则。FirewallVersion可通过DescribeFirewallRules接口返回值中的FirewallVersion获取。在 FirewallRules 参数中：Protocol 字段支持输入 TCP，UDP，ICMP，ICMPv6，ALL。Port 字段允许输入 ALL，或者一个单独的端口号，或者用逗号分隔的离散端口号，或者用减号分隔的两个端口号代表的端口范围。当 Port 为范围时，减号分隔的第一个端口号小于第二个端口号。当 Protocol 字段不是 TCP 或 UDP 时，Port 字段只能为空或 ALL。Port 字段长度不得超过 64。CidrBlock 字段允许输入符合 cidr 格式标准的任意字符串。租户之间网络隔离规则优先于防火墙中的内网规则。Action 字段只允许输入 ACCEPT 或 DROP。FirewallRuleDescription 字段长度不得超过 64。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteFirewallRulesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteFirewallRules | API Explorer: call DeleteFirewallRules online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.deleteFirewallRules({
     *   InstanceId: "lhins-aglzynfg",
     *   FirewallRules: [
     *     {
     *       Protocol: "TCP",
     *       Port: "80",
     *     },
     *     {
     *       Protocol: "UDP",
     *       Port: "22,443",
     *     },
     *     {
     *       Protocol: "TCP",
     *       Port: "8000-8081",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    deleteFirewallRules(input: types.DeleteFirewallRulesRequest, options?: LighthouseCallOptions): Promise<types.DeleteFirewallRulesResponse>;
    /**
     * 查询防火墙规则
     *
     * 本接口（DescribeFirewallRules）用于查询实例的防火墙规则。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallRulesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallRules | API Explorer: call DescribeFirewallRules online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeFirewallRules({
     *   InstanceId: "lhins-aglzynfg",
     * });
     * console.log(res);
     */
    describeFirewallRules(input: types.DescribeFirewallRulesRequest, options?: LighthouseCallOptions): Promise<types.DescribeFirewallRulesResponse>;
    /**
     * 查询防火墙规则模板
     *
     * 本接口（DescribeFirewallRulesTemplate）用于查询防火墙规则模板。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallRulesTemplateErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallRulesTemplate | API Explorer: call DescribeFirewallRulesTemplate online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeFirewallRulesTemplate({});
     * console.log(res);
     */
    describeFirewallRulesTemplate(input?: types.DescribeFirewallRulesTemplateRequest, options?: LighthouseCallOptions): Promise<types.DescribeFirewallRulesTemplateResponse>;
    /**
     * 修改防火墙规则描述
     *
     * 本接口（ModifyFirewallRuleDescription）用于修改单条防火墙规则描述。FirewallVersion 用于指定要操作的防火墙的版本。传入 FirewallVersion 版本号若不等于当前防火墙的最新版本，将返回失败；若不传 FirewallVersion 则直接修改防火墙规则备注。FirewallVersion可通过DescribeFirewallRules接口返回值中的FirewallVersion获取。用FirewallRule参数来指定要修改的防火墙规则，使用其中的Protocol， Port， CidrBlock，Action字段来匹配要修改的防火墙规则。在 FirewallRule 参数中：Protocol 字段支持输入 TCP，UDP，ICMP，ICMPv6，ALL。Port 字段允许输入 ALL，或者一个单独的端口号，或者用逗号分隔的离散端口号，或者用减号分隔的两个端口号代表的端口范围。当 Port 为范围时，减号分隔的第一个端口号小于第二个端口号。当 Protocol 字段不是 TCP 或 UDP 时，Port 字段只能为空或 ALL。Port 字段长度不得超过 64。CidrBlock 字段允许输入符合 cidr 格式标准的任意字符串。租户之间网络隔离规则优先于防火墙中的内网规则。Action 字段只允许输入 ACCEPT 或 DROP。FirewallRuleDescription 字段长度不得超过 64。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyFirewallRuleDescriptionErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyFirewallRuleDescription | API Explorer: call ModifyFirewallRuleDescription online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyFirewallRuleDescription({
     *   InstanceId: "lhins-aglzynfg",
     *   FirewallRule: {
     *     Protocol: "TCP",
     *     Port: "80",
     *     FirewallRuleDescription: "'test'",
     *   },
     * });
     * console.log(res);
     */
    modifyFirewallRuleDescription(input: types.ModifyFirewallRuleDescriptionRequest, options?: LighthouseCallOptions): Promise<types.ModifyFirewallRuleDescriptionResponse>;
    /**
     * 修改防火墙规则
     *
     * 本接口（ModifyFirewallRules）用于重置实例防火墙规则。本接口先删除当前实例的所有防火墙规则，然后添加新的规则。FirewallVersion 用于指定要操作的防火墙的版本。传入 FirewallVersion 版本号若不等于当前防火墙的最新版本，将返回失败；若不传 FirewallVersion 则直接重置防火墙规则。可通过DescribeFirewallRules接口返回值中的FirewallVersion获取。在 FirewallRules 参数中：Protocol 字段支持输入 TCP，UDP，ICMP，ICMPv6，ALL。Port 字段允许输入 ALL，或者一个单独的端口号，或者用逗号分隔的离散端口号，或者用减号分隔的两个端口号代表的端口范围。当 Port 为范围时，减号分隔的第一个端口号小于第二个端口号。当 Protocol 字段不是 TCP 或 UDP 时，Port 字段只能为空或 ALL。Port 字段长度不得超过 64。CidrBlock 字段允许输入符合 cidr 格式标准的任意字符串。租户之间网络隔离规则优先于防火墙中的内网规则。Action 字段只允许输入 ACCEPT 或 DROP。FirewallRuleDescription 字段长度不得超过 64。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyFirewallRulesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyFirewallRules | API Explorer: call ModifyFirewallRules online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyFirewallRules({
     *   InstanceId: "lhins-aglzynfg",
     *   FirewallRules: [
     *     {
     *       Protocol: "TCP",
     *       Port: "80",
     *     },
     *     {
     *       Protocol: "UDP",
     *       Port: "22,443",
     *     },
     *     {
     *       Protocol: "TCP",
     *       Port: "8000-8081",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    modifyFirewallRules(input: types.ModifyFirewallRulesRequest, options?: LighthouseCallOptions): Promise<types.ModifyFirewallRulesResponse>;
    /**
     * 应用防火墙模板
     *
     * 本接口 (ApplyFirewallTemplate) 用于应用防火墙模板到多个实例。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ApplyFirewallTemplateErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ApplyFirewallTemplate | API Explorer: call ApplyFirewallTemplate online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.applyFirewallTemplate({
     *   TemplateId: "lhft-s2dxd7iy",
     *   ApplyInstances: [
     *     {
     *       InstanceId: "lhins-wld7xie9",
     *       Region: "ap-guangzhou",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    applyFirewallTemplate(input: types.ApplyFirewallTemplateRequest, options?: LighthouseCallOptions): Promise<types.ApplyFirewallTemplateResponse>;
    /**
     * 创建防火墙模板
     *
     * 本接口 (CreateFirewallTemplate) 用于创建防火墙模板。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateFirewallTemplateErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateFirewallTemplate | API Explorer: call CreateFirewallTemplate online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.createFirewallTemplate({
     *   TemplateName: "test-create",
     *   TemplateRules: [
     *     {
     *       Protocol: "TCP",
     *       Port: "80",
     *       CidrBlock: "0.0.0.0/0",
     *       Action: "ACCEPT",
     *       FirewallRuleDescription: "tcp 80",
     *     },
     *     {
     *       Protocol: "UDP",
     *       Port: "80",
     *       CidrBlock: "0.0.0.0/0",
     *       Action: "DROP",
     *       FirewallRuleDescription: "udp 80",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createFirewallTemplate(input: types.CreateFirewallTemplateRequest, options?: LighthouseCallOptions): Promise<types.CreateFirewallTemplateResponse>;
    /**
     * 查询防火墙模板配额
     *
     * 本接口 (DescribeFirewallTemplateQuota) 用于查询防火墙模板配额。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplateQuotaErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplateQuota | API Explorer: call DescribeFirewallTemplateQuota online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.describeFirewallTemplateQuota({});
     * console.log(res);
     */
    describeFirewallTemplateQuota(input?: types.DescribeFirewallTemplateQuotaRequest, options?: LighthouseCallOptions): Promise<types.DescribeFirewallTemplateQuotaResponse>;
    /**
     * 查询防火墙模板规则配额
     *
     * 本接口 (DescribeFirewallTemplateRuleQuota) 用于查询防火墙模板规则配额。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplateRuleQuotaErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplateRuleQuota | API Explorer: call DescribeFirewallTemplateRuleQuota online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.describeFirewallTemplateRuleQuota({
     *   TemplateId: "lhft-6brh0ciy",
     * });
     * console.log(res);
     */
    describeFirewallTemplateRuleQuota(input: types.DescribeFirewallTemplateRuleQuotaRequest, options?: LighthouseCallOptions): Promise<types.DescribeFirewallTemplateRuleQuotaResponse>;
    /**
     * 创建防火墙模板规则
     *
     * 本接口 (CreateFirewallTemplateRules) 用于创建防火墙模板规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateFirewallTemplateRulesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateFirewallTemplateRules | API Explorer: call CreateFirewallTemplateRules online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.createFirewallTemplateRules({
     *   TemplateId: "lhft-6brh0ciy",
     *   TemplateRules: [
     *     {
     *       Protocol: "TCP",
     *       Port: "81",
     *       CidrBlock: "0.0.0.0/0",
     *       Action: "ACCEPT",
     *       FirewallRuleDescription: "tcp 80",
     *     },
     *     {
     *       Protocol: "UDP",
     *       Port: "81",
     *       CidrBlock: "0.0.0.0/0",
     *       Action: "DROP",
     *       FirewallRuleDescription: "udp 80",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    createFirewallTemplateRules(input: types.CreateFirewallTemplateRulesRequest, options?: LighthouseCallOptions): Promise<types.CreateFirewallTemplateRulesResponse>;
    /**
     * 删除防火墙模板
     *
     * 本接口 (DeleteFirewallTemplate) 用于删除防火墙模板。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteFirewallTemplateErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteFirewallTemplate | API Explorer: call DeleteFirewallTemplate online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.deleteFirewallTemplate({
     *   TemplateId: "lhft-6brh0ciy",
     * });
     * console.log(res);
     */
    deleteFirewallTemplate(input: types.DeleteFirewallTemplateRequest, options?: LighthouseCallOptions): Promise<types.DeleteFirewallTemplateResponse>;
    /**
     * 删除防火墙模板规则
     *
     * 本接口 (DeleteFirewallTemplateRules) 用于删除防火墙模板规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteFirewallTemplateRulesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteFirewallTemplateRules | API Explorer: call DeleteFirewallTemplateRules online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.deleteFirewallTemplateRules({
     *   TemplateId: "lhft-6brh0ciy",
     *   TemplateRuleIds: ["lhftr-baaj68clja", "lhftr-bz6qfqut0i"],
     * });
     * console.log(res);
     */
    deleteFirewallTemplateRules(input: types.DeleteFirewallTemplateRulesRequest, options?: LighthouseCallOptions): Promise<types.DeleteFirewallTemplateRulesResponse>;
    /**
     * 查询防火墙模板应用记录列表
     *
     * 本接口 (DescribeFirewallTemplateApplyRecords) 用于查询防火墙模板应用记录列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplateApplyRecordsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplateApplyRecords | API Explorer: call DescribeFirewallTemplateApplyRecords online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.describeFirewallTemplateApplyRecords({
     *   TemplateId: "lhft-6brh0ciy",
     * });
     * console.log(res);
     */
    describeFirewallTemplateApplyRecords(input: types.DescribeFirewallTemplateApplyRecordsRequest, options?: LighthouseCallOptions): Promise<types.DescribeFirewallTemplateApplyRecordsResponse>;
    /**
     * 查询防火墙模板规则列表
     *
     * 本接口 (DescribeFirewallTemplateRules) 用于查询防火墙模板规则列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplateRulesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplateRules | API Explorer: call DescribeFirewallTemplateRules online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.describeFirewallTemplateRules({
     *   TemplateId: "lhft-6brh0ciy",
     * });
     * console.log(res);
     */
    describeFirewallTemplateRules(input: types.DescribeFirewallTemplateRulesRequest, options?: LighthouseCallOptions): Promise<types.DescribeFirewallTemplateRulesResponse>;
    /**
     * 查询防火墙模板列表
     *
     * 本接口 (DescribeFirewallTemplates) 用于查询防火墙模板列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeFirewallTemplatesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeFirewallTemplates | API Explorer: call DescribeFirewallTemplates online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.describeFirewallTemplates({});
     * console.log(res);
     */
    describeFirewallTemplates(input?: types.DescribeFirewallTemplatesRequest, options?: LighthouseCallOptions): Promise<types.DescribeFirewallTemplatesResponse>;
    /**
     * 修改防火墙模板
     *
     * 本接口 (ModifyFirewallTemplate) 用于修改防火墙模板。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyFirewallTemplateErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyFirewallTemplate | API Explorer: call ModifyFirewallTemplate online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.modifyFirewallTemplate({
     *   TemplateId: "lhft-6brh0ciy",
     *   TemplateName: "test-modify",
     * });
     * console.log(res);
     */
    modifyFirewallTemplate(input: types.ModifyFirewallTemplateRequest, options?: LighthouseCallOptions): Promise<types.ModifyFirewallTemplateResponse>;
    /**
     * 替换防火墙模板规则
     *
     * 本接口 (ReplaceFirewallTemplateRules) 用于替换防火墙模板规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ReplaceFirewallTemplateRuleErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ReplaceFirewallTemplateRule | API Explorer: call ReplaceFirewallTemplateRule online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.replaceFirewallTemplateRule({
     *   TemplateId: "lhft-6brh0ciy",
     *   TemplateRuleId: "lhftr-baaj68clja",
     *   TemplateRule: {
     *     Protocol: "UDP",
     *     Port: "811",
     *     CidrBlock: "0.0.0.0/0",
     *     Action: "DROP",
     *     FirewallRuleDescription: "udp 80",
     *   },
     * });
     * console.log(res);
     */
    replaceFirewallTemplateRule(input: types.ReplaceFirewallTemplateRuleRequest, options?: LighthouseCallOptions): Promise<types.ReplaceFirewallTemplateRuleResponse>;
    /**
     * 重置防火墙模板规则
     *
     * 本接口 (ResetFirewallTemplateRules) 用于重置防火墙模板下所有规则。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetFirewallTemplateRulesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResetFirewallTemplateRules | API Explorer: call ResetFirewallTemplateRules online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.resetFirewallTemplateRules({
     *   TemplateId: "lhft-6brh0ciy",
     *   TemplateRules: [
     *     {
     *       Protocol: "TCP",
     *       Port: "81",
     *       CidrBlock: "0.0.0.0/0",
     *       Action: "ACCEPT",
     *       FirewallRuleDescription: "tcp 80",
     *     },
     *     {
     *       Protocol: "UDP",
     *       Port: "81",
     *       CidrBlock: "0.0.0.0/0",
     *       Action: "DROP",
     *       FirewallRuleDescription: "udp 80",
     *     },
     *   ],
     * });
     * console.log(res);
     */
    resetFirewallTemplateRules(input: types.ResetFirewallTemplateRulesRequest, options?: LighthouseCallOptions): Promise<types.ResetFirewallTemplateRulesResponse>;
    /**
     * 回滚实例快照
     *
     * 本接口（ApplyInstanceSnapshot）用于回滚指定实例的系统盘快照。仅支持回滚到原系统盘。用于回滚的快照必须处于 NORMAL 状态。快照状态可以通过 DescribeSnapshots 接口查询，见输出参数中 SnapshotState 字段解释。回滚快照时，实例的状态必须为 STOPPED 或 RUNNING，可通过 DescribeInstances 接口查询实例状态。处于 RUNNING 状态的实例会强制关机，然后回滚快照。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ApplyInstanceSnapshotErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ApplyInstanceSnapshot | API Explorer: call ApplyInstanceSnapshot online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.applyInstanceSnapshot({
     *   InstanceId: "lhins-k31c771o",
     *   SnapshotId: "lhsnap-nv6aqcv6",
     * });
     * console.log(res);
     */
    applyInstanceSnapshot(input: types.ApplyInstanceSnapshotRequest, options?: LighthouseCallOptions): Promise<types.ApplyInstanceSnapshotResponse>;
    /**
     * 创建实例快照
     *
     * 本接口（CreateInstanceSnapshot）用于创建指定实例的系统盘快照。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateInstanceSnapshotErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateInstanceSnapshot | API Explorer: call CreateInstanceSnapshot online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.createInstanceSnapshot({
     *   InstanceId: "lhins-k31c771o",
     *   SnapshotName: "snap_20200903",
     * });
     * console.log(res);
     */
    createInstanceSnapshot(input: types.CreateInstanceSnapshotRequest, options?: LighthouseCallOptions): Promise<types.CreateInstanceSnapshotResponse>;
    /**
     * 删除快照
     *
     * 本接口（DeleteSnapshots）用于删除快照。快照必须处于 NORMAL 状态，快照状态可以通过 DescribeSnapshots 接口查询，见输出参数中 SnapshotState 字段解释。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteSnapshotsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteSnapshots | API Explorer: call DeleteSnapshots online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.deleteSnapshots({
     *   SnapshotIds: ["lhsnap-nv6aqcv6"],
     * });
     * console.log(res);
     */
    deleteSnapshots(input: types.DeleteSnapshotsRequest, options?: LighthouseCallOptions): Promise<types.DeleteSnapshotsResponse>;
    /**
     * 查看快照列表
     *
     * 本接口（DescribeSnapshots）用于查询快照的详细信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeSnapshots | API Explorer: call DescribeSnapshots online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeSnapshots({
     *   Filters: [
     *     {
     *       Name: "disk-id",
     *       Values: ["lhdisk-f71kc5bh"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeSnapshots(input?: types.DescribeSnapshotsRequest, options?: LighthouseCallOptions): Promise<types.DescribeSnapshotsResponse>;
    /**
     * 查看快照操作限制列表
     *
     * 本接口（DescribeSnapshotsDeniedActions）用于查询一个或多个快照的操作限制列表信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeSnapshotsDeniedActionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeSnapshotsDeniedActions | API Explorer: call DescribeSnapshotsDeniedActions online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeSnapshotsDeniedActions({
     *   SnapshotIds: ["lhsnap-nv6aqcv6"],
     * });
     * console.log(res);
     */
    describeSnapshotsDeniedActions(input: types.DescribeSnapshotsDeniedActionsRequest, options?: LighthouseCallOptions): Promise<types.DescribeSnapshotsDeniedActionsResponse>;
    /**
     * 修改快照信息
     *
     * 本接口（ModifySnapshotAttribute）用于修改指定快照的属性。“快照名称”仅为方便用户自己管理之用。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifySnapshotAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifySnapshotAttribute | API Explorer: call ModifySnapshotAttribute online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifySnapshotAttribute({
     *   SnapshotId: "lhsnap-nv6aqcv6",
     *   SnapshotName: "snap_20200903",
     * });
     * console.log(res);
     */
    modifySnapshotAttribute(input: types.ModifySnapshotAttributeRequest, options?: LighthouseCallOptions): Promise<types.ModifySnapshotAttributeResponse>;
    /**
     * 绑定密钥对
     *
     * 本接口（AssociateInstancesKeyPairs）用于绑定用户指定密钥对到实例。只支持 [RUNNING, STOPPED] 状态的 LINUX_UNIX 操作系统的实例。处于 RUNNING 状态的实例会强制关机，然后绑定。将密钥的公钥写入到实例的 SSH 配置当中，用户就可以通过该密钥的私钥来登录实例。如果实例原来绑定过密钥，那么原来的密钥将失效。如果实例原来是通过密码登录，绑定密钥后无法使用密码登录。支持批量操作。每次请求批量实例的上限为 100。如果批量实例存在不允许操作的实例，操作会以特定错误码返回。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AssociateInstancesKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=AssociateInstancesKeyPairs | API Explorer: call AssociateInstancesKeyPairs online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.associateInstancesKeyPairs({
     *   InstanceIds: ["lhins-ruy9d2tw"],
     *   KeyIds: ["lhkp-f7rjie1q"],
     * });
     * console.log(res);
     */
    associateInstancesKeyPairs(input: types.AssociateInstancesKeyPairsRequest, options?: LighthouseCallOptions): Promise<types.AssociateInstancesKeyPairsResponse>;
    /**
     * 创建密钥对
     *
     * 本接口（CreateKeyPair）用于创建一个密钥对。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateKeyPairErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateKeyPair | API Explorer: call CreateKeyPair online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.createKeyPair({
     *   KeyName: "test_create_1",
     * });
     * console.log(res);
     */
    createKeyPair(input: types.CreateKeyPairRequest, options?: LighthouseCallOptions): Promise<types.CreateKeyPairResponse>;
    /**
     * 删除密钥对
     *
     * 本接口（DeleteKeyPairs）用于删除密钥对。不能删除已被实例或镜像引用的密钥对，删除之前需要确保没有被任何实例和镜像引用。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DeleteKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DeleteKeyPairs | API Explorer: call DeleteKeyPairs online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.deleteKeyPairs({
     *   KeyIds: ["lhkp-1234abcd"],
     * });
     * console.log(res);
     */
    deleteKeyPairs(input: types.DeleteKeyPairsRequest, options?: LighthouseCallOptions): Promise<types.DeleteKeyPairsResponse>;
    /**
     * 查询用户密钥对列表
     *
     * 本接口 (DescribeKeyPairs) 用于查询用户密钥对信息。
     *
     * Default rate limit: 100 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeKeyPairs | API Explorer: call DescribeKeyPairs online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeKeyPairs({
     *   KeyIds: ["lhkp-omd12oc1"],
     * });
     * console.log(res);
     */
    describeKeyPairs(input?: types.DescribeKeyPairsRequest, options?: LighthouseCallOptions): Promise<types.DescribeKeyPairsResponse>;
    /**
     * 解绑密钥对
     *
     * 本接口（DisassociateInstancesKeyPairs）用于解除实例与指定密钥对的绑定关系。只支持 [RUNNING, STOPPED] 状态的 LINUX_UNIX 操作系统的实例。处于 RUNNING 状态的实例会强制关机，然后解绑。解绑密钥后，实例可以通过原来设置的密码登录。如果原来没有设置密码，解绑后将无法使用 SSH 登录。可以调用 ResetInstancesPassword 接口来设置登录密码。支持批量操作。每次请求批量实例的上限为 100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DisassociateInstancesKeyPairsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DisassociateInstancesKeyPairs | API Explorer: call DisassociateInstancesKeyPairs online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.disassociateInstancesKeyPairs({
     *   InstanceIds: ["lhins-ruy9d2tw"],
     *   KeyIds: ["lhkp-f7rjie1q"],
     * });
     * console.log(res);
     */
    disassociateInstancesKeyPairs(input: types.DisassociateInstancesKeyPairsRequest, options?: LighthouseCallOptions): Promise<types.DisassociateInstancesKeyPairsResponse>;
    /**
     * 导入密钥对
     *
     * 本接口（ImportKeyPair）用于导入用户指定密钥对。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ImportKeyPairErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ImportKeyPair | API Explorer: call ImportKeyPair online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.importKeyPair({
     *   KeyName: "test_import",
     *   PublicKey: "<公钥内容>",
     * });
     * console.log(res);
     */
    importKeyPair(input: types.ImportKeyPairRequest, options?: LighthouseCallOptions): Promise<types.ImportKeyPairResponse>;
    /**
     * 查询实例管理终端地址
     *
     * 本接口 ( DescribeInstanceVncUrl ) 用于查询实例管理终端地址，获取的地址可用于实例的 VNC 登录。仅处于 RUNNING，RESCUE_MODE 状态的机器，且当前机器无变更中操作，才可使用此功能。管理终端地址的有效期为 15 秒，调用接口成功后如果 15 秒内不使用该链接进行访问，管理终端地址自动失效，您需要重新查询。管理终端地址一旦被访问，将自动失效，您需要重新查询。如果连接断开，每分钟内重新连接的次数不能超过 30 次。参数 InstanceVncUrl ：调用接口成功后会返回的 InstanceVncUrl 的值。获取到 InstanceVncUrl 后，您需要在链接 https://img.qcloud.com/qcloud/app/active_vnc/index.html? 末尾加上参数 InstanceVncUrl=xxxx。最后组成的 URL 格式如下：https://img.qcloud.com/qcloud/app/active_vnc/index.html?InstanceVncUrl=wss%3A%2F%2Fbjvnc.qcloud.com%3A26789%2Fvnc%3Fs%3DaH pjWnRVMFNhYmxKdDM5MjRHNlVTSVQwajNUSW0wb2tBbmFtREFCTmFrcy8vUUNPMG0wSHZNOUUxRm5PMmUzWmFDcWlOdDJIbUJxSTZDL0RXcHZxYnZZMmRkWWZW cEZia2lyb09XMzdKNmM9
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstanceVncUrlErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstanceVncUrl | API Explorer: call DescribeInstanceVncUrl online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstanceVncUrl({
     *   InstanceId: "lhins-ruy9d2tw",
     * });
     * console.log(res);
     */
    describeInstanceVncUrl(input: types.DescribeInstanceVncUrlRequest, options?: LighthouseCallOptions): Promise<types.DescribeInstanceVncUrlResponse>;
    /**
     * 查看实例操作限制列表
     *
     * 本接口（DescribeInstancesDeniedActions）用于查询一个或多个实例的操作限制列表信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesDeniedActionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstancesDeniedActions | API Explorer: call DescribeInstancesDeniedActions online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesDeniedActions({
     *   InstanceIds: ["lhins-pcynd6zp"],
     * });
     * console.log(res);
     */
    describeInstancesDeniedActions(input: types.DescribeInstancesDeniedActionsRequest, options?: LighthouseCallOptions): Promise<types.DescribeInstancesDeniedActionsResponse>;
    /**
     * 查询实例挂载云硬盘数量
     *
     * 本接口(DescribeInstancesDiskNum)用于查询实例挂载云硬盘数量。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesDiskNumErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstancesDiskNum | API Explorer: call DescribeInstancesDiskNum online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesDiskNum({
     *   InstanceIds: ["lhins-anxwfvxh"],
     * });
     * console.log(res);
     */
    describeInstancesDiskNum(input: types.DescribeInstancesDiskNumRequest, options?: LighthouseCallOptions): Promise<types.DescribeInstancesDiskNumResponse>;
    /**
     * 查询实例是否可退还
     *
     * 本接口（DescribeInstancesReturnable）用于查询实例是否可退还。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesReturnableErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstancesReturnable | API Explorer: call DescribeInstancesReturnable online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesReturnable({
     *   InstanceIds: ["lhins-ruy9d2tw", "lhins-xusdke45"],
     * });
     * console.log(res);
     */
    describeInstancesReturnable(input?: types.DescribeInstancesReturnableRequest, options?: LighthouseCallOptions): Promise<types.DescribeInstancesReturnableResponse>;
    /**
     * 查看实例流量包详情
     *
     * 本接口（DescribeInstancesTrafficPackages）用于查询一个或多个实例的流量包详情。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesTrafficPackagesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstancesTrafficPackages | API Explorer: call DescribeInstancesTrafficPackages online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstancesTrafficPackages({
     *   Limit: 2,
     * });
     * console.log(res);
     */
    describeInstancesTrafficPackages(input?: types.DescribeInstancesTrafficPackagesRequest, options?: LighthouseCallOptions): Promise<types.DescribeInstancesTrafficPackagesResponse>;
    /**
     * 查询实例可变更套餐列表
     *
     * 本接口（DescribeModifyInstanceBundles）用于查询实例可变更套餐列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeModifyInstanceBundlesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeModifyInstanceBundles | API Explorer: call DescribeModifyInstanceBundles online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeModifyInstanceBundles({
     *   InstanceId: "lhins-p6xbekdt",
     * });
     * console.log(res);
     */
    describeModifyInstanceBundles(input: types.DescribeModifyInstanceBundlesRequest, options?: LighthouseCallOptions): Promise<types.DescribeModifyInstanceBundlesResponse>;
    /**
     * 查询重置实例的镜像信息
     *
     * 本接口（DescribeResetInstanceBlueprints）查询重置实例的镜像信息。对于游戏专区实例，该接口只会返回当前镜像，且不支持 Filters 参数。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeResetInstanceBlueprintsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeResetInstanceBlueprints | API Explorer: call DescribeResetInstanceBlueprints online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeResetInstanceBlueprints({
     *   InstanceId: "lhins-euqk4yut",
     * });
     * console.log(res);
     */
    describeResetInstanceBlueprints(input: types.DescribeResetInstanceBlueprintsRequest, options?: LighthouseCallOptions): Promise<types.DescribeResetInstanceBlueprintsResponse>;
    /**
     * 隔离实例
     *
     * 本接口(IsolateInstances)用于退还一个或多个轻量应用服务器实例。只有状态为 RUNNING 或 STOPPED 的实例才可以进行此操作。接口调用成功后，实例会进入SHUTDOWN 状态。支持批量操作。每次请求批量资源（包括实例与数据盘）的上限为 20。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link IsolateInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=IsolateInstances | API Explorer: call IsolateInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.isolateInstances({
     *   InstanceIds: ["lhins-lfdnmikp"],
     * });
     * console.log(res);
     */
    isolateInstances(input: types.IsolateInstancesRequest, options?: LighthouseCallOptions): Promise<types.IsolateInstancesResponse>;
    /**
     * 变更实例套餐
     *
     * 本接口(ModifyInstancesBundle)用于变更一个或多个轻量应用服务器实例套餐。只有状态为 RUNNING，STOPPED的实例才可以进行此操作。支持批量操作。每次请求批量实例的上限为 30。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesBundleErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyInstancesBundle | API Explorer: call ModifyInstancesBundle online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyInstancesBundle({
     *   InstanceIds: ["lhins-1a2b3c"],
     *   BundleId: "bundle_gen_lin_01",
     *   AutoVoucher: true,
     * });
     * console.log(res);
     */
    modifyInstancesBundle(input: types.ModifyInstancesBundleRequest, options?: LighthouseCallOptions): Promise<types.ModifyInstancesBundleResponse>;
    /**
     * 重启实例
     *
     * 本接口（RebootInstances）用于重启实例。只有状态为 RUNNING 的实例才可以进行此操作。接口调用成功时，实例会进入 REBOOTING 状态；重启实例成功时，实例会进入 RUNNING 状态。支持批量操作，每次请求批量实例的上限为 100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RebootInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RebootInstances | API Explorer: call RebootInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.rebootInstances({
     *   InstanceIds: ["lhins-ruy9d2tw", "lhins-rusdke45"],
     * });
     * console.log(res);
     */
    rebootInstances(input: types.RebootInstancesRequest, options?: LighthouseCallOptions): Promise<types.RebootInstancesResponse>;
    /**
     * 续费实例
     *
     * 本接口(RenewInstances)用于续费一个或多个轻量应用服务器实例。只有状态为 RUNNING，STOPPED 或 SHUTDOWN 的实例才可以进行此操作。支持批量操作。每次请求批量实例的上限为 100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RenewInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RenewInstances | API Explorer: call RenewInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.renewInstances({
     *   InstanceIds: ["lhins-1cte6j63", "lhins-oxfq8tad"],
     *   InstanceChargePrepaid: {
     *     Period: 1,
     *   },
     *   AutoVoucher: true,
     *   RenewDataDisk: true,
     * });
     * console.log(res);
     */
    renewInstances(input: types.RenewInstancesRequest, options?: LighthouseCallOptions): Promise<types.RenewInstancesResponse>;
    /**
     * 重装系统
     *
     * 本接口（ResetInstance）用于重装指定实例上的镜像。仅RUNNING，STOPPED状态的机器，且当前机器无变更中的操作，才支持重装系统。如果指定了 BlueprintId 参数，则使用指定的镜像重装，否则按照当前实例使用的镜像进行重装。非中国大陆地域的实例不支持使用该接口实现LIUNX_UNIX和WINDOWS操作系统切换。系统盘将会被格式化，并重置，请确保系统盘中无重要文件。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。对于游戏专区实例，仅支持重装当前镜像。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstanceErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResetInstance | API Explorer: call ResetInstance online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.resetInstance({
     *   InstanceId: "lhins-ruy9d2tw",
     *   BlueprintId: "lhbp-5e8807lo",
     * });
     * console.log(res);
     */
    resetInstance(input: types.ResetInstanceRequest, options?: LighthouseCallOptions): Promise<types.ResetInstanceResponse>;
    /**
     * 重置实例密码
     *
     * 本接口（ResetInstancesPassword）用于将实例操作系统的密码重置为用户指定的密码。只修改管理员账号的密码。实例的操作系统不同，管理员账号也会不一样（Windows 为 Administrator，Ubuntu 为 ubuntu ，其它系统为 root）。支持批量操作。将多个实例操作系统的密码重置为相同的密码。每次请求批量实例的上限为 100。建议对运行中的实例先手动关机，然后再进行密码重置。如实例处于运行中状态，本接口操作过程中会对实例进行关机操作，尝试正常关机失败后进行强制关机。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。注意：强制关机的效果等同于关闭物理计算机的电源开关。强制关机可能会导致数据丢失或文件系统损坏。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetInstancesPasswordErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResetInstancesPassword | API Explorer: call ResetInstancesPassword online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.resetInstancesPassword({
     *   InstanceIds: ["lhins-ruy9d2tw"],
     *   Password: "xxxxxxxxxxx",
     * });
     * console.log(res);
     */
    resetInstancesPassword(input: types.ResetInstancesPasswordRequest, options?: LighthouseCallOptions): Promise<types.ResetInstancesPasswordResponse>;
    /**
     * 启动实例
     *
     * 本接口（StartInstances）用于启动一个或多个实例。只有状态为 STOPPED 的实例才可以进行此操作。接口调用成功时，实例会进入 STARTING 状态；启动实例成功时，实例会进入 RUNNING 状态。支持批量操作。每次请求批量实例的上限为 100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link StartInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=StartInstances | API Explorer: call StartInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.startInstances({
     *   InstanceIds: ["lhins-ruy9d2tw", "lhins-rusdke45"],
     * });
     * console.log(res);
     */
    startInstances(input: types.StartInstancesRequest, options?: LighthouseCallOptions): Promise<types.StartInstancesResponse>;
    /**
     * 关闭实例
     *
     * 本接口（StopInstances）用于关闭一个或多个实例。只有状态为 RUNNING 的实例才可以进行此操作。接口调用成功时，实例会进入 STOPPING 状态；关闭实例成功时，实例会进入 STOPPED 状态。支持批量操作。每次请求批量实例的上限为 100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果实例的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link StopInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=StopInstances | API Explorer: call StopInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.stopInstances({
     *   InstanceIds: ["lhins-ruy9d2tw", "lhins-rusdke45"],
     * });
     * console.log(res);
     */
    stopInstances(input: types.StopInstancesRequest, options?: LighthouseCallOptions): Promise<types.StopInstancesResponse>;
    /**
     * 修改实例的属性
     *
     * 本接口（ModifyInstancesAttribute）用于修改实例的属性。“实例名称”仅为方便用户自己管理之用。支持批量操作。每次请求批量实例的上限为 100。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyInstancesAttribute | API Explorer: call ModifyInstancesAttribute online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyInstancesAttribute({
     *   InstanceIds: ["lhins-rfiuey9w"],
     *   InstanceName: "new-instance-name",
     * });
     * console.log(res);
     */
    modifyInstancesAttribute(input: types.ModifyInstancesAttributeRequest, options?: LighthouseCallOptions): Promise<types.ModifyInstancesAttributeResponse>;
    /**
     * 修改实例续费标识
     *
     * 本接口 (ModifyInstancesRenewFlag) 用于修改包年包月实例续费标识。实例被标识为自动续费后，每次在实例到期时，会自动续费一个月。支持批量操作。每次请求批量实例的上限为100。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyInstancesRenewFlagErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyInstancesRenewFlag | API Explorer: call ModifyInstancesRenewFlag online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyInstancesRenewFlag({
     *   InstanceIds: ["lhins-ruy9d2tw"],
     *   RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     * });
     * console.log(res);
     */
    modifyInstancesRenewFlag(input: types.ModifyInstancesRenewFlagRequest, options?: LighthouseCallOptions): Promise<types.ModifyInstancesRenewFlagResponse>;
    /**
     * 创建实例
     *
     * 本接口(CreateInstances)用于创建一个或多个指定套餐的轻量应用服务器实例。*创建实例时，如指定实例访问域名信息时，本次创建请求，仅支持购买一台实例。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateInstances | API Explorer: call CreateInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.createInstances({
     *   BundleId: "bundle_gen_03",
     *   BlueprintId: "lhbp-g0tn7djh",
     *   InstanceChargePrepaid: {
     *     Period: 1,
     *     RenewFlag: "NOTIFY_AND_MANUAL_RENEW",
     *   },
     * });
     * console.log(res);
     */
    createInstances(input: types.CreateInstancesRequest, options?: LighthouseCallOptions): Promise<types.CreateInstancesResponse>;
    /**
     * 查看实例列表
     *
     * 本接口（DescribeInstances）用于查询一个或多个实例的详细信息。可以根据实例 ID、实例名称或者实例的内网 IP 查询实例的详细信息。过滤信息详细请见过滤器 Filters 。如果参数为空，返回当前用户一定数量（Limit 所指定的数量，默认为 20）的实例。支持查询实例的最新操作（LatestOperation）以及最新操作状态（LatestOperationState）。
     *
     * Default rate limit: 100 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeInstances | API Explorer: call DescribeInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeInstances({
     *   Limit: 1,
     * });
     * console.log(res);
     */
    describeInstances(input?: types.DescribeInstancesRequest, options?: LighthouseCallOptions): Promise<types.DescribeInstancesResponse>;
    /**
     * 销毁实例
     *
     * 本接口 (TerminateInstances) 用于销毁实例。处于 SHUTDOWN 状态的实例，可通过本接口销毁，且不可恢复。支持批量操作，每次请求批量实例的上限为100。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。实例操作结果可以通过调用 DescribeInstances 接口查询，如果返回列表中不存在该实例，则代表操作成功。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link TerminateInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=TerminateInstances | API Explorer: call TerminateInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.terminateInstances({
     *   InstanceIds: ["lhins-ruy9d2tw"],
     * });
     * console.log(res);
     */
    terminateInstances(input: types.TerminateInstancesRequest, options?: LighthouseCallOptions): Promise<types.TerminateInstancesResponse>;
    /**
     * 关联云联网
     *
     * 本接口 (AttachCcn) 用于建立与云联网的关联。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachCcnErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=AttachCcn | API Explorer: call AttachCcn online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.attachCcn({
     *   CcnId: "ccn-pf78xmcp",
     * });
     * console.log(res);
     */
    attachCcn(input: types.AttachCcnRequest, options?: LighthouseCallOptions): Promise<types.AttachCcnResponse>;
    /**
     * 查询云联网关联的实例信息
     *
     * 本接口 (DescribeCcnAttachedInstances) 用于查询云联网关联的实例信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeCcnAttachedInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeCcnAttachedInstances | API Explorer: call DescribeCcnAttachedInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeCcnAttachedInstances({});
     * console.log(res);
     */
    describeCcnAttachedInstances(input?: types.DescribeCcnAttachedInstancesRequest, options?: LighthouseCallOptions): Promise<types.DescribeCcnAttachedInstancesResponse>;
    /**
     * 解关联云联网
     *
     * 本接口 (DetachCcn) 用于解除与云联网的关联。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachCcnErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DetachCcn | API Explorer: call DetachCcn online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.detachCcn({
     *   CcnId: "ccn-pf78xmcp",
     * });
     * console.log(res);
     */
    detachCcn(input: types.DetachCcnRequest, options?: LighthouseCallOptions): Promise<types.DetachCcnResponse>;
    /**
     * 重新申请关联云联网
     *
     * 本接口 (ResetAttachCcn) 用于关联云联网实例申请过期时，重新申请关联操作。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResetAttachCcnErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResetAttachCcn | API Explorer: call ResetAttachCcn online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.resetAttachCcn({
     *   CcnId: "ccn-pf78xmcp",
     * });
     * console.log(res);
     */
    resetAttachCcn(input: types.ResetAttachCcnRequest, options?: LighthouseCallOptions): Promise<types.ResetAttachCcnResponse>;
    /**
     * 挂载云硬盘
     *
     * 本接口（AttachDisks）用于挂载一个或多个云硬盘。只能挂载磁盘状态（DiskState）处于待挂载（UNATTACHED）状态的云硬盘，磁盘状态可通过接口查询云硬盘（DescribeDisks）获取
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link AttachDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=AttachDisks | API Explorer: call AttachDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.attachDisks({
     *   DiskIds: ["lhdisk-5vmz00i3"],
     *   InstanceId: "lhins-qg08np8l",
     * });
     * console.log(res);
     */
    attachDisks(input: types.AttachDisksRequest, options?: LighthouseCallOptions): Promise<types.AttachDisksResponse>;
    /**
     * 查看云硬盘配置
     *
     * 本接口（DescribeDiskConfigs）用于查询云硬盘配置。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDiskConfigsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDiskConfigs | API Explorer: call DescribeDiskConfigs online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDiskConfigs({
     *   Filters: [
     *     {
     *       Name: "zone",
     *       Values: ["ap-guangzhou-2"],
     *     },
     *   ],
     * });
     * console.log(res);
     */
    describeDiskConfigs(input?: types.DescribeDiskConfigsRequest, options?: LighthouseCallOptions): Promise<types.DescribeDiskConfigsResponse>;
    /**
     * 查询云硬盘折扣信息
     *
     * 本接口(DescribeDiskDiscount)用于查询云硬盘折扣信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDiskDiscountErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDiskDiscount | API Explorer: call DescribeDiskDiscount online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDiskDiscount({
     *   DiskType: "CLOUD_PREMIUM",
     *   DiskSize: 50,
     * });
     * console.log(res);
     */
    describeDiskDiscount(input: types.DescribeDiskDiscountRequest, options?: LighthouseCallOptions): Promise<types.DescribeDiskDiscountResponse>;
    /**
     * 查询云硬盘操作限制列表信息
     *
     * 本接口（DescribeDisksDeniedActions）用于查询一个或多个云硬盘的操作限制列表信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDisksDeniedActionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDisksDeniedActions | API Explorer: call DescribeDisksDeniedActions online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDisksDeniedActions({
     *   DiskIds: ["lhdisk-eobj8huv"],
     * });
     * console.log(res);
     */
    describeDisksDeniedActions(input: types.DescribeDisksDeniedActionsRequest, options?: LighthouseCallOptions): Promise<types.DescribeDisksDeniedActionsResponse>;
    /**
     * 查看云硬盘是否可退还
     *
     * 本接口（DescribeDisksReturnable）用于查询云硬盘是否可退还。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDisksReturnableErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDisksReturnable | API Explorer: call DescribeDisksReturnable online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDisksReturnable({
     *   DiskIds: ["lhdisk-eobj8huv"],
     * });
     * console.log(res);
     */
    describeDisksReturnable(input?: types.DescribeDisksReturnableRequest, options?: LighthouseCallOptions): Promise<types.DescribeDisksReturnableResponse>;
    /**
     * 卸载云硬盘
     *
     * 本接口（DetachDisks）用于卸载一个或多个云硬盘。该操作目前仅支持云硬盘类型为数据盘的云硬盘。支持批量操作，卸载挂载在同一主机上的多块云硬盘。如果多块云硬盘中存在不允许卸载的云硬盘，则操作不执行，返回特定的错误码。本接口为异步接口，当请求成功返回时，云硬盘并未立即卸载，可通过接口DescribeDisks来查询对应云硬盘的状态，如果云硬盘的状态由“ATTACHED”变为“UNATTACHED”，则为卸载成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DetachDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DetachDisks | API Explorer: call DetachDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.detachDisks({
     *   DiskIds: ["lhdisk-eobj8huv"],
     * });
     * console.log(res);
     */
    detachDisks(input: types.DetachDisksRequest, options?: LighthouseCallOptions): Promise<types.DetachDisksResponse>;
    /**
     * 新购云硬盘询价
     *
     * 本接口（InquirePriceCreateDisks）用于新购云硬盘询价。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquirePriceCreateDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceCreateDisks | API Explorer: call InquirePriceCreateDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.inquirePriceCreateDisks({
     *   DiskSize: 20,
     *   DiskType: "CLOUD_SSD",
     *   DiskChargePrepaid: {
     *     Period: 1,
     *   },
     * });
     * console.log(res);
     */
    inquirePriceCreateDisks(input: types.InquirePriceCreateDisksRequest, options?: LighthouseCallOptions): Promise<types.InquirePriceCreateDisksResponse>;
    /**
     * 续费云硬盘询价
     *
     * 本接口（InquirePriceRenewDisks）用于续费云硬盘询价。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquirePriceRenewDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceRenewDisks | API Explorer: call InquirePriceRenewDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.inquirePriceRenewDisks({
     *   DiskIds: ["lhdisk-5vmz00i3"],
     *   RenewDiskChargePrepaid: {
     *     Period: 1,
     *   },
     * });
     * console.log(res);
     */
    inquirePriceRenewDisks(input: types.InquirePriceRenewDisksRequest, options?: LighthouseCallOptions): Promise<types.InquirePriceRenewDisksResponse>;
    /**
     * 修改云硬盘属性
     *
     * 本接口(ModifyDisksAttribute)用于修改云硬盘属性。云硬盘必须处于以下状态: ATTACHED（已挂载）UNATTACHED（待挂载）
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDisksAttributeErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDisksAttribute | API Explorer: call ModifyDisksAttribute online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyDisksAttribute({
     *   DiskIds: ["lhdisk-djn43yh1"],
     *   DiskName: "test1",
     * });
     * console.log(res);
     */
    modifyDisksAttribute(input: types.ModifyDisksAttributeRequest, options?: LighthouseCallOptions): Promise<types.ModifyDisksAttributeResponse>;
    /**
     * 修改云硬盘续费标识
     *
     * 本接口（ModifyDisksRenewFlag）用于修改云硬盘续费标识。云硬盘需要处于以下状态：ATTACHED （已挂载）UNATTACHED （待挂载）ATTACHING （挂载中）DETACHING （卸载中）
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDisksRenewFlagErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDisksRenewFlag | API Explorer: call ModifyDisksRenewFlag online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyDisksRenewFlag({
     *   DiskIds: ["lhdisk-qx45d7ik"],
     *   RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     * });
     * console.log(res);
     */
    modifyDisksRenewFlag(input: types.ModifyDisksRenewFlagRequest, options?: LighthouseCallOptions): Promise<types.ModifyDisksRenewFlagResponse>;
    /**
     * 查询云硬盘
     *
     * 本接口（DescribeDisks）用于查询云硬盘信息。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDisks | API Explorer: call DescribeDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDisks({
     *   DiskIds: ["lhdisk-p1zflrif"],
     * });
     * console.log(res);
     */
    describeDisks(input?: types.DescribeDisksRequest, options?: LighthouseCallOptions): Promise<types.DescribeDisksResponse>;
    /**
     * 销毁云硬盘
     *
     * 本接口（TerminateDisks）用于销毁一个或多个云硬盘。云硬盘状态必须处于SHUTDOWN（已隔离）状态。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link TerminateDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=TerminateDisks | API Explorer: call TerminateDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.terminateDisks({
     *   DiskIds: ["lhdisk-p1zflrif"],
     * });
     * console.log(res);
     */
    terminateDisks(input: types.TerminateDisksRequest, options?: LighthouseCallOptions): Promise<types.TerminateDisksResponse>;
    /**
     * 创建云硬盘
     *
     * 本接口(CreateDisks)用于创建一个或多个云硬盘。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link CreateDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=CreateDisks | API Explorer: call CreateDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.createDisks({
     *   DiskCount: 1,
     *   DiskChargePrepaid: {
     *     Period: 1,
     *     TimeUnit: "m",
     *   },
     *   DiskName: "disk_for_softwares",
     *   DiskType: "CLOUD_PREMIUM",
     *   DiskSize: 20,
     *   Zone: "ap-hongkong-2",
     *   DiskBackupQuota: 1,
     * });
     * console.log(res);
     */
    createDisks(input: types.CreateDisksRequest, options?: LighthouseCallOptions): Promise<types.CreateDisksResponse>;
    /**
     * 隔离云硬盘
     *
     * 本接口(IsolateDisks)用于退还一个或多个轻量应用服务器云硬盘。只有状态为 UNATTACHED 的数据盘才可以进行此操作。接口调用成功后，云硬盘会进入SHUTDOWN 状态。支持批量操作。每次请求批量资源的上限为 20。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。云硬盘操作结果可以通过调用 DescribeDisks 接口查询，如果云硬盘的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link IsolateDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=IsolateDisks | API Explorer: call IsolateDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.isolateDisks({
     *   DiskIds: ["lhdisk-ovav4qmi"],
     * });
     * console.log(res);
     */
    isolateDisks(input: types.IsolateDisksRequest, options?: LighthouseCallOptions): Promise<types.IsolateDisksResponse>;
    /**
     * 调整云硬盘备份点配额
     *
     * 本接口(ModifyDisksBackupQuota)用于调整云硬盘备份点配额。该操作目前仅支持云硬盘类型为数据盘且状态是ATTACHED（已挂载）或 UNATTACHED（待挂载）的云硬盘。支持批量操作。每次批量请求云硬盘数量上限为15个。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDisksBackupQuotaErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDisksBackupQuota | API Explorer: call ModifyDisksBackupQuota online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyDisksBackupQuota({
     *   DiskIds: ["lhdisk-guzg7nsa"],
     *   DiskBackupQuota: 0,
     * });
     * console.log(res);
     */
    modifyDisksBackupQuota(input: types.ModifyDisksBackupQuotaRequest, options?: LighthouseCallOptions): Promise<types.ModifyDisksBackupQuotaResponse>;
    /**
     * 续费云硬盘
     *
     * 本接口(RenewDisks)用于续费一个或多个轻量应用服务器云硬盘。只有状态为 ATTACHED，UNATTACHED 或 SHUTDOWN 的数据盘才可以进行此操作。支持批量操作。每次请求批量云硬盘的上限为 50。本接口为异步接口，请求发送成功后会返回一个 RequestId，此时操作并未立即完成。云硬盘操作结果可以通过调用 DescribeDisks 接口查询，如果云硬盘的最新操作状态（LatestOperationState）为“SUCCESS”，则代表操作成功。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RenewDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RenewDisks | API Explorer: call RenewDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.renewDisks({
     *   DiskIds: ["lhdisk-ovav4qmi"],
     *   RenewDiskChargePrepaid: {
     *     CurInstanceDeadline: "2023-09-09 23:59:59",
     *   },
     *   AutoVoucher: true,
     * });
     * console.log(res);
     */
    renewDisks(input: types.RenewDisksRequest, options?: LighthouseCallOptions): Promise<types.RenewDisksResponse>;
    /**
     * 扩容云硬盘
     *
     * 本接口(ResizeDisks)用于扩容云硬盘。该操作目前仅支持云硬盘类型为数据盘且状态处于ATTACHED（已挂载）或 UNATTACHED（待挂载）的云硬盘。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ResizeDisksErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ResizeDisks | API Explorer: call ResizeDisks online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.resizeDisks({
     *   DiskIds: ["lhdisk-guzg7nsa"],
     *   DiskSize: 40,
     * });
     * console.log(res);
     */
    resizeDisks(input: types.ResizeDisksRequest, options?: LighthouseCallOptions): Promise<types.ResizeDisksResponse>;
    /**
     * 查询全地域使用场景列表
     *
     * 本接口(DescribeAllScenes)用于查询全地域使用场景列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeAllScenesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeAllScenes | API Explorer: call DescribeAllScenes online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.describeAllScenes({
     *   Limit: 10,
     *   Offset: 0,
     * });
     * console.log(res);
     */
    describeAllScenes(input?: types.DescribeAllScenesRequest, options?: LighthouseCallOptions): Promise<types.DescribeAllScenesResponse>;
    /**
     * 查看使用场景列表
     *
     * 本接口(DescribeScenes)用于查看使用场景列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeScenesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeScenes | API Explorer: call DescribeScenes online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeScenes({
     *   Limit: 10,
     *   Offset: 0,
     * });
     * console.log(res);
     */
    describeScenes(input?: types.DescribeScenesRequest, options?: LighthouseCallOptions): Promise<types.DescribeScenesResponse>;
    /**
     * 查询套餐折扣
     *
     * 本接口（DescribeBundleDiscount）用于查询套餐折扣信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeBundleDiscountErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeBundleDiscount | API Explorer: call DescribeBundleDiscount online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeBundleDiscount({
     *   BundleId: "bundle2022_gen_01",
     * });
     * console.log(res);
     */
    describeBundleDiscount(input: types.DescribeBundleDiscountRequest, options?: LighthouseCallOptions): Promise<types.DescribeBundleDiscountResponse>;
    /**
     * 查询套餐
     *
     * 本接口（DescribeBundles）用于查询套餐信息。
     *
     * Default rate limit: 5 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeBundlesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeBundles | API Explorer: call DescribeBundles online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeBundles({
     *   BundleIds: ["bundle_ntp_small1_500", "bundle_bw_small1_1"],
     * });
     * console.log(res);
     */
    describeBundles(input?: types.DescribeBundlesRequest, options?: LighthouseCallOptions): Promise<types.DescribeBundlesResponse>;
    /**
     * 查询Docker活动列表
     *
     * 查询实例内的Docker活动列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDockerActivitiesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDockerActivities | API Explorer: call DescribeDockerActivities online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDockerActivities({
     *   ActivityIds: ["lhda-nn82v77w"],
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    describeDockerActivities(input: types.DescribeDockerActivitiesRequest, options?: LighthouseCallOptions): Promise<types.DescribeDockerActivitiesResponse>;
    /**
     * 查询Docker容器配置信息
     *
     * 查询实例内的Docker容器配置信息
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDockerContainerConfigurationErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDockerContainerConfiguration | API Explorer: call DescribeDockerContainerConfiguration online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDockerContainerConfiguration({
     *   ContainerId: "809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415",
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    describeDockerContainerConfiguration(input: types.DescribeDockerContainerConfigurationRequest, options?: LighthouseCallOptions): Promise<types.DescribeDockerContainerConfigurationResponse>;
    /**
     * 查询Docker容器详情
     *
     * 查询实例内的Docker容器详情
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDockerContainerDetailErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDockerContainerDetail | API Explorer: call DescribeDockerContainerDetail online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDockerContainerDetail({
     *   ContainerId: "809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415",
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    describeDockerContainerDetail(input: types.DescribeDockerContainerDetailRequest, options?: LighthouseCallOptions): Promise<types.DescribeDockerContainerDetailResponse>;
    /**
     * 查询容器列表
     *
     * 查询实例内的容器列表。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeDockerContainersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeDockerContainers | API Explorer: call DescribeDockerContainers online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeDockerContainers({
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    describeDockerContainers(input: types.DescribeDockerContainersRequest, options?: LighthouseCallOptions): Promise<types.DescribeDockerContainersResponse>;
    /**
     * 修改实例内的Docker容器
     *
     * 修改实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询重建情况。请注意：本接口会重新创建并运行实例内的Docker容器。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link ModifyDockerContainerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=ModifyDockerContainer | API Explorer: call ModifyDockerContainer online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.modifyDockerContainer({
     *   Command: "ls -l",
     *   Envs: [
     *     {
     *       Key: "Key1",
     *       Value: "Value1",
     *     },
     *   ],
     *   PublishPorts: [
     *     {
     *       ContainerPort: 80,
     *       HostPort: 8081,
     *     },
     *   ],
     *   Volumes: [
     *     {
     *       ContainerPath: "/data/container",
     *       HostPath: "/data/host",
     *     },
     *   ],
     *   ContainerId: "809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415",
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    modifyDockerContainer(input: types.ModifyDockerContainerRequest, options?: LighthouseCallOptions): Promise<types.ModifyDockerContainerResponse>;
    /**
     * 删除Docker容器
     *
     * 删除实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询删除情况。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RemoveDockerContainersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RemoveDockerContainers | API Explorer: call RemoveDockerContainers online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.removeDockerContainers({
     *   ContainerIds: ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415"],
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    removeDockerContainers(input: types.RemoveDockerContainersRequest, options?: LighthouseCallOptions): Promise<types.RemoveDockerContainersResponse>;
    /**
     * 重命名Docker容器
     *
     * 重命名实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询重命名情况。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RenameDockerContainerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RenameDockerContainer | API Explorer: call RenameDockerContainer online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.renameDockerContainer({
     *   ContainerId: "809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415",
     *   ContainerName: "test-rename-hello",
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    renameDockerContainer(input: types.RenameDockerContainerRequest, options?: LighthouseCallOptions): Promise<types.RenameDockerContainerResponse>;
    /**
     * 重新创建并运行Docker容器
     *
     * 重新创建并运行实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询重建情况。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RerunDockerContainerErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RerunDockerContainer | API Explorer: call RerunDockerContainer online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.rerunDockerContainer({
     *   ContainerConfiguration: {
     *     Command: "ls -l",
     *     ContainerImage: "nginx",
     *     ContainerName: "mynginx",
     *     Envs: [
     *       {
     *         Key: "Key1",
     *         Value: "Value1",
     *       },
     *     ],
     *     PublishPorts: [
     *       {
     *         ContainerPort: 80,
     *         HostPort: 8081,
     *       },
     *     ],
     *     Volumes: [
     *       {
     *         ContainerPath: "/data/container",
     *         HostPath: "/data/host",
     *       },
     *     ],
     *   },
     *   ContainerId: "809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415",
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    rerunDockerContainer(input: types.RerunDockerContainerRequest, options?: LighthouseCallOptions): Promise<types.RerunDockerContainerResponse>;
    /**
     * 重启Docker容器
     *
     * 重启实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询重启情况。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RestartDockerContainersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RestartDockerContainers | API Explorer: call RestartDockerContainers online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.restartDockerContainers({
     *   ContainerIds: ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415"],
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    restartDockerContainers(input: types.RestartDockerContainersRequest, options?: LighthouseCallOptions): Promise<types.RestartDockerContainersResponse>;
    /**
     * 创建并运行Docker容器
     *
     * 创建并运行多个Docker容器，之后可以通过返回的ActivityIds调用DescribeDockerActivities接口查询创建情况。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link RunDockerContainersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=RunDockerContainers | API Explorer: call RunDockerContainers online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.runDockerContainers({
     *   Containers: [
     *     {
     *       Command: "ls -l",
     *       ContainerImage: "nginx",
     *       ContainerName: "mynginx",
     *       Envs: [
     *         {
     *           Key: "Key1",
     *           Value: "Value1",
     *         },
     *       ],
     *       PublishPorts: [
     *         {
     *           ContainerPort: 80,
     *           HostPort: 8081,
     *         },
     *       ],
     *       Volumes: [
     *         {
     *           ContainerPath: "/data/container",
     *           HostPath: "/data/host",
     *         },
     *       ],
     *     },
     *   ],
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    runDockerContainers(input: types.RunDockerContainersRequest, options?: LighthouseCallOptions): Promise<types.RunDockerContainersResponse>;
    /**
     * 启动Docker容器
     *
     * 启动实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询启动情况。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link StartDockerContainersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=StartDockerContainers | API Explorer: call StartDockerContainers online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.startDockerContainers({
     *   ContainerIds: ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415"],
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    startDockerContainers(input: types.StartDockerContainersRequest, options?: LighthouseCallOptions): Promise<types.StartDockerContainersResponse>;
    /**
     * 停止Docker容器
     *
     * 停止实例内的Docker容器，之后可以通过返回的ActivityId调用DescribeDockerActivities接口查询停止情况。
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link StopDockerContainersErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=StopDockerContainers | API Explorer: call StopDockerContainers online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.stopDockerContainers({
     *   ContainerIds: ["809e9d4014f08811779c07639ec13a53ee70ba166201611298611c883e553415"],
     *   InstanceId: "lhins-nwycpjl3",
     * });
     * console.log(res);
     */
    stopDockerContainers(input: types.StopDockerContainersRequest, options?: LighthouseCallOptions): Promise<types.StopDockerContainersResponse>;
    /**
     * 查询通用资源配额信息
     *
     * 本接口（DescribeGeneralResourceQuotas）用于查询通用资源配额信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeGeneralResourceQuotasErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeGeneralResourceQuotas | API Explorer: call DescribeGeneralResourceQuotas online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeGeneralResourceQuotas({
     *   ResourceNames: ["GENERAL_BUNDLE_INSTANCE"],
     * });
     * console.log(res);
     */
    describeGeneralResourceQuotas(input: types.DescribeGeneralResourceQuotasRequest, options?: LighthouseCallOptions): Promise<types.DescribeGeneralResourceQuotasResponse>;
    /**
     * 查询地域列表
     *
     * 本接口（DescribeRegions）用于查询地域信息。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeRegionsErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeRegions | API Explorer: call DescribeRegions online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient();
     * const res = await client.describeRegions({});
     * console.log(res);
     */
    describeRegions(input?: types.DescribeRegionsRequest, options?: LighthouseCallOptions): Promise<types.DescribeRegionsResponse>;
    /**
     * 查询可用区列表
     *
     * 查询地域下可用区
     *
     * Default rate limit: 20 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link DescribeZonesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=DescribeZones | API Explorer: call DescribeZones online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.describeZones({});
     * console.log(res);
     */
    describeZones(input?: types.DescribeZonesRequest, options?: LighthouseCallOptions): Promise<types.DescribeZonesResponse>;
    /**
     * 创建实例询价
     *
     * 本接口（InquiryPriceCreateInstances）用于创建实例询价。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquirePriceCreateInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceCreateInstances | API Explorer: call InquirePriceCreateInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.inquirePriceCreateInstances({
     *   BundleId: "bundle_ntp_small1_500",
     *   InstanceChargePrepaid: {
     *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     *     Period: 1,
     *   },
     *   InstanceCount: 2,
     * });
     * console.log(res);
     */
    inquirePriceCreateInstances(input: types.InquirePriceCreateInstancesRequest, options?: LighthouseCallOptions): Promise<types.InquirePriceCreateInstancesResponse>;
    /**
     * 续费实例询价
     *
     * 本接口（InquirePriceRenewInstances）用于续费实例询价。
     *
     * Default rate limit: 10 requests per second.
     *
     * @throws {@link ServiceError} whose code is one of {@link InquirePriceRenewInstancesErrorCode}.
     * @see {@link https://console.cloud.tencent.com/api/explorer?Product=lighthouse&Version=2020-03-24&Action=InquirePriceRenewInstances | API Explorer: call InquirePriceRenewInstances online}
     * @example
     * import { LighthouseClient } from "@docs2sdk/tencentcloud-lighthouse";
     *
     * const client = new LighthouseClient({ region: "ap-guangzhou" });
     * const res = await client.inquirePriceRenewInstances({
     *   InstanceChargePrepaid: {
     *     RenewFlag: "NOTIFY_AND_AUTO_RENEW",
     *     Period: 1,
     *   },
     *   InstanceIds: ["lhins-iqrj7783"],
     * });
     * console.log(res);
     */
    inquirePriceRenewInstances(input: types.InquirePriceRenewInstancesRequest, options?: LighthouseCallOptions): Promise<types.InquirePriceRenewInstancesResponse>;
    /**
     * Pages through DescribeBlueprints (查询镜像信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's BlueprintSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeBlueprints(input?: types.DescribeBlueprintsRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeBlueprintsResponse, types.Blueprint>;
    /**
     * Pages through DescribeDiskBackups (查看云硬盘备份点列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DiskBackupSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDiskBackups(input?: types.DescribeDiskBackupsRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeDiskBackupsResponse, types.DiskBackup>;
    /**
     * Pages through DescribeFirewallRules (查询防火墙规则): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's FirewallRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeFirewallRules(input: types.DescribeFirewallRulesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeFirewallRulesResponse, types.FirewallRuleInfo>;
    /**
     * Pages through DescribeFirewallTemplateRules (查询防火墙模板规则列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's TemplateRuleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeFirewallTemplateRules(input: types.DescribeFirewallTemplateRulesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeFirewallTemplateRulesResponse, types.FirewallTemplateRuleInfo>;
    /**
     * Pages through DescribeFirewallTemplates (查询防火墙模板列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's TemplateSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeFirewallTemplates(input?: types.DescribeFirewallTemplatesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeFirewallTemplatesResponse, types.FirewallTemplate>;
    /**
     * Pages through DescribeSnapshots (查看快照列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SnapshotSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeSnapshots(input?: types.DescribeSnapshotsRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeSnapshotsResponse, types.Snapshot>;
    /**
     * Pages through DescribeKeyPairs (查询用户密钥对列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's KeyPairSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeKeyPairs(input?: types.DescribeKeyPairsRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeKeyPairsResponse, types.KeyPair>;
    /**
     * Pages through DescribeInstancesReturnable (查询实例是否可退还): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceReturnableSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstancesReturnable(input?: types.DescribeInstancesReturnableRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeInstancesReturnableResponse, types.InstanceReturnable>;
    /**
     * Pages through DescribeInstancesTrafficPackages (查看实例流量包详情): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceTrafficPackageSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstancesTrafficPackages(input?: types.DescribeInstancesTrafficPackagesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeInstancesTrafficPackagesResponse, types.InstanceTrafficPackage>;
    /**
     * Pages through DescribeModifyInstanceBundles (查询实例可变更套餐列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's ModifyBundleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeModifyInstanceBundles(input: types.DescribeModifyInstanceBundlesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeModifyInstanceBundlesResponse, types.ModifyBundle>;
    /**
     * Pages through DescribeResetInstanceBlueprints (查询重置实例的镜像信息): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's ResetInstanceBlueprintSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeResetInstanceBlueprints(input: types.DescribeResetInstanceBlueprintsRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeResetInstanceBlueprintsResponse, types.ResetInstanceBlueprint>;
    /**
     * Pages through DescribeInstances (查看实例列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's InstanceSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeInstances(input?: types.DescribeInstancesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeInstancesResponse, types.Instance>;
    /**
     * Pages through DescribeDisksReturnable (查看云硬盘是否可退还): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DiskReturnableSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDisksReturnable(input?: types.DescribeDisksReturnableRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeDisksReturnableResponse, types.DiskReturnable>;
    /**
     * Pages through DescribeDisks (查询云硬盘): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DiskSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDisks(input?: types.DescribeDisksRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeDisksResponse, types.Disk>;
    /**
     * Pages through DescribeAllScenes (查询全地域使用场景列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SceneInfoSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeAllScenes(input?: types.DescribeAllScenesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeAllScenesResponse, types.SceneInfo>;
    /**
     * Pages through DescribeScenes (查看使用场景列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's SceneSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeScenes(input?: types.DescribeScenesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeScenesResponse, types.Scene>;
    /**
     * Pages through DescribeBundles (查询套餐): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's BundleSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeBundles(input?: types.DescribeBundlesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeBundlesResponse, types.Bundle>;
    /**
     * Pages through DescribeDockerActivities (查询Docker活动列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DockerActivitySet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDockerActivities(input: types.DescribeDockerActivitiesRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeDockerActivitiesResponse, types.DockerActivity>;
    /**
     * Pages through DescribeDockerContainers (查询容器列表): Offset is advanced (page size in Limit) until TotalCount is reached; the items are the response's DockerContainerSet.
     *
     * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
     */
    paginateDescribeDockerContainers(input: types.DescribeDockerContainersRequest, options?: PaginateOptions & LighthouseCallOptions): Paginator<types.DescribeDockerContainersResponse, types.DockerContainer>;
}
