// Unit tests of cell text and identifier repair (generator/parse/aliyun-rpc/cells.ts), on cells and
// lines copied from spec/sources/aliyun-apsara-ecs-2014-05-26.txt (seed 004); `⇥` in comments is a TAB.
import { describe, expect, it } from "vitest";
import { cellText, proseText, repairIdentifier, Vocabulary } from "../../../generator/parse/aliyun-rpc/cells.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

describe("cellText", () => {
  // The row of `npm run bench -- parse` (issue 20 item 8): unclosed <code> tags around emphasis.
  const unclosed: { given: string; want: string }[] = [
    { given: "<code>*x* <code>*y*", want: "x y" },
    { given: "见 <code>*x* <code>*y*  end", want: "见 x y end" },
    { given: "<code>*x* ".repeat(40_000), want: "x ".repeat(40_000).trim() },
  ];
  it.each(unclosed.map((row) => ({ ...row, shown: row.given.slice(0, 40) })))("reads unclosed <code> tags: $shown", ({ given, want }) => {
    expect(cellText(given)).toBe(want);
  });

  it("turns an unclosed `<ul>` with `•` bullets into `- item` lines (004:8354, AvailableResourceCreationType.ResourceTypes)", () => {
    const cell = '资源类型如下： <ul style="list-style-type: none"> • Instance：支持实例创建。 • IoOptimized：支持IO优化的实例创建。 • Disk：支持磁盘创建。 • VSwitch：支持专有网络创建。';
    expect(cellText(cell)).toBe("资源类型如下：\n- Instance：支持实例创建。\n- IoOptimized：支持IO优化的实例创建。\n- Disk：支持磁盘创建。\n- VSwitch：支持专有网络创建。");
  });

  it("drops `*emphasis*` but keeps the wildcards of `<code>*SshKey*</code>` (004:786, 004:7014)", () => {
    expect(cellText("- 创建实例前，您需要确保您已经有可用的安全组。更多详情，请参见[CreateSecurityGroup](#)和 *ECS用户指南*中的创建安全组。")).toBe(
      "- 创建实例前，您需要确保您已经有可用的安全组。更多详情，请参见CreateSecurityGroup和 ECS用户指南中的创建安全组。",
    );
    const cell = "使用 <code>*</code> 匹配子表达式，示例： <ul style=\"list-style-type: none\"> <code>*SshKey</code>：查询以 SshKey 结尾的密钥对名称。 <code>SshKey*</code>：查询以 SshKey 开头的密钥对名称。 <code>*SshKey*</code>：查询名称中间有 SshKey 的密钥对。";
    const text = cellText(cell);
    expect(text).toContain("*SshKey ：查询以 SshKey 结尾");
    expect(text).toContain(" SshKey* ：查询以 SshKey 开头");
    expect(text).toContain(" *SshKey* ：查询名称中间");
  });

  it("keeps the break before a continuation row that readTables folded into the cell (004:6589-6590)", () => {
    const cell = "跨账户设置安全组规则时，源端安全组所属的阿里云账户 ID。 如果SourceGroupOwnerId 及SourceGroupOwnerAccount 均未设置，则认为是设置您其他安全组的访问权限。\n如果您已经设置参数SourceCidrIp，则参数SourceGroup OwnerId 无效。";
    expect(cellText(cell).split("\n")).toEqual([
      "跨账户设置安全组规则时，源端安全组所属的阿里云账户 ID。 如果SourceGroupOwnerId 及SourceGroupOwnerAccount 均未设置，则认为是设置您其他安全组的访问权限。",
      "如果您已经设置参数SourceCidrIp，则参数SourceGroup OwnerId 无效。",
    ]);
    expect(cellText("<p>第一段</p>\n<ul><li>a</li></ul>")).toBe("第一段\n- a");
  });

  it("drops `<code>` wrappers and keeps their text inline (004:8392, BandwidthPackageItemType.Name)", () => {
    const cell = "实例的显示名称, [2, 128] 英文或中文字符, 必须以大小写字母或中文开头, 可包含数字、小数点(.)、下划线(_)或短横线(-)。不能以 <code>http://</code> 和 <code>https://</code> 开头。";
    expect(cellText(cell)).toBe("实例的显示名称, [2, 128] 英文或中文字符, 必须以大小写字母或中文开头, 可包含数字、小数点(.)、下划线(_)或短横线(-)。不能以 http:// 和 https:// 开头。");
  });

  it("unescapes markdown `\\$` (004:639, RAM 鉴权 AllocatePublicIpAddress⇥acs:ecs: \\$regionid…)", () => {
    expect(cellText("acs:ecs: \\$regionid:\\$accountid:instance/\\$instanceid")).toBe("acs:ecs: $regionid:$accountid:instance/$instanceid");
  });

  it('unescapes `\\"` in error messages (004:4685, MissingParameter)', () => {
    expect(cellText('An input parameter \\"RegionId\\" that is mandatory for processing the request is not supplied.')).toBe(
      'An input parameter "RegionId" that is mandatory for processing the request is not supplied.',
    );
  });

  it("keeps the text of a dead link `[x](#)` (004:428) and drops bold markers (004:505)", () => {
    expect(cellText("ECS API的服务接入地址为：tjv3ecs.example.com。关于如何获取产品的endpoint，请参见[获取endpoint](#)。")).toBe(
      "ECS API的服务接入地址为：tjv3ecs.example.com。关于如何获取产品的endpoint，请参见获取endpoint。",
    );
    expect(cellText(" **说明** 当使用GET方法提交请求时，这些参数就是请求URI中的参数部分（即URI中? 之后由&连接的部分）。")).toBe(
      "说明 当使用GET方法提交请求时，这些参数就是请求URI中的参数部分（即URI中? 之后由&连接的部分）。",
    );
  });

  it("keeps a `-1:` enumeration inside a bullet-less list as one item (004:8829, AutoSnapshotPolicyType.RetentionDays)", () => {
    expect(cellText('指定自动快照的保留时间，单位为天。 <ul style="list-style-type: none"> -1: 永久保存 1~65536: 指定保存天数')).toBe("指定自动快照的保留时间，单位为天。\n- -1: 永久保存 1~65536: 指定保存天数");
  });

  it("leaves plain text alone and gives '' for an empty cell", () => {
    expect(cellText("VPC 的虚拟交换机 ID。")).toBe("VPC 的虚拟交换机 ID。");
    expect(cellText("")).toBe("");
    expect(cellText("  ")).toBe("");
  });
});

describe("proseText", () => {
  it("makes each non-empty source line one line of the text (004:428, 004:505 with a blank between)", () => {
    const lines = ["ECS API的服务接入地址为：tjv3ecs.example.com。关于如何获取产品的endpoint，请参见[获取endpoint](#)。", "", " **说明** 当使用GET方法提交请求时，这些参数就是请求URI中的参数部分。"];
    expect(proseText(lines)).toBe("ECS API的服务接入地址为：tjv3ecs.example.com。关于如何获取产品的endpoint，请参见获取endpoint。\n说明 当使用GET方法提交请求时，这些参数就是请求URI中的参数部分。");
    expect(proseText(["", "   "])).toBe("");
  });
});

describe("Vocabulary", () => {
  it("knows every word-like token of the document, case-sensitively, and nothing else", () => {
    // 004:847 and 004:7273
    const v = new Vocabulary(["InstanceId\tString\t全局唯一的实例ID，是访问实例的唯一标识。", "Instancel d\tString\t否\t弹性网卡当前关联的实例 ID。"]);
    expect(v.has("InstanceId")).toBe(true);
    expect(v.has("Instancel")).toBe(true);
    expect(v.has("d")).toBe(true);
    expect(v.has("String")).toBe(true);
    expect(v.has("instanceid")).toBe(false);
    expect(v.has("Instanceld")).toBe(false);
    expect(v.has("ID")).toBe(true);
  });
});

describe("repairIdentifier", () => {
  // 004:7267-7274 (DescribeNetworkInterfaces request parameters, VSwitchId and Type left out) and 004:847 (a correct InstanceId).
  const DOC = [
    "RegionId\tString\t是\t所在地域 ID。",
    "PrimaryIp Address\tString\t否\t弹性网卡主私有 IP 地址。",
    "SecurityG roupId\tString\t否\t安全组 ID。",
    "NetworkI nterface Name\tString\t否\t弹性网卡的名称。",
    "Instancel d\tString\t否\t弹性网卡当前关联的实例 ID。",
    "NetworkI nterfaceI d.N\tString\t否\t弹性网卡 ID。一次最多查看 100 个。",
    "InstanceId\tString\t全局唯一的实例ID，是访问实例的唯一标识。",
  ];
  const repair = (raw: string, lines = DOC, line = 7273) => {
    const diag = new Diagnostics("ecs.txt");
    const name = repairIdentifier(raw, new Vocabulary(lines), diag, line, "parameter name");
    return { name, diag: diag.items.map((d) => [d.severity, d.code, d.line, d.message]) };
  };

  it("returns a clean identifier or dotted path unchanged, without a diagnostic", () => {
    expect(repair("RegionId")).toEqual({ name: "RegionId", diag: [] });
    expect(repair("  SecurityGroupIds.N ")).toEqual({ name: "SecurityGroupIds.N", diag: [] });
  });

  it("removes the spaces the PDF put inside a name and says so (004:7269-7271)", () => {
    expect(repair("PrimaryIp Address", DOC, 7269)).toEqual({
      name: "PrimaryIpAddress",
      diag: [["warning", "name.repaired", 7269, 'parameter name "PrimaryIp Address" has spaces inside (PDF extraction); read as "PrimaryIpAddress"']],
    });
    expect(repair("SecurityG roupId").name).toBe("SecurityGroupId");
    expect(repair("NetworkI nterface Name").name).toBe("NetworkInterfaceName");
  });

  it("reads an `l` before a break as `I` when the document spells the name that way elsewhere (004:7273 `Instancel d`)", () => {
    expect(repair("Instancel d")).toEqual({
      name: "InstanceId",
      diag: [["warning", "name.repaired", 7273, 'parameter name "Instancel d" has spaces inside (PDF extraction); read as "InstanceId"']],
    });
  });

  it("keeps the plain join when the document never spells the `I` reading", () => {
    const withoutInstanceId = DOC.slice(0, -1);
    expect(repair("Instancel d", withoutInstanceId).name).toBe("Instanceld");
  });

  it("repairs each segment of a dotted path and keeps the `.N` index (004:7274)", () => {
    expect(repair("NetworkI nterfaceI d.N", DOC, 7274).name).toBe("NetworkInterfaceId.N");
  });

  it("returns undefined, silently, for text that is no identifier", () => {
    expect(repair("安全组 ID")).toEqual({ name: undefined, diag: [] });
    expect(repair("------")).toEqual({ name: undefined, diag: [] });
    // No space to blame: a broken character is not repaired.
    expect(repair("Instance-Id")).toEqual({ name: undefined, diag: [] });
    // Spaces, but the joined text is still no identifier.
    expect(repair("Instance Id。")).toEqual({ name: undefined, diag: [] });
  });
});
