import { describe, expect, it } from "vitest";
import { nameCues, voteActionName } from "../../../generator/parse/tencent-v2/action-name.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

describe("nameCues", () => {
  it("reads every way a V2 section names its action", () => {
    expect(nameCues("本接口 (DeleteVpc) 用于删除私有网络。", 1).map((c) => c.name)).toEqual(["DeleteVpc"]);
    expect(nameCues("用于创建跨地域对等连接的接口。域名：`vpc.api.qcloud.com` 接口名：`CreateVpcPeeringConnectionEx`", 2).map((c) => c.name)).toEqual(["CreateVpcPeeringConnectionEx"]);
    expect(nameCues("其中，此接口的Action字段为CreateVpc。", 3)).toEqual([{ where: "Action字段", name: "CreateVpc", line: 3 }]);
  });
});

describe("voteActionName", () => {
  it("takes the majority and reports the disagreement (002:6495, DeteleSubnetAclRule)", () => {
    const diag = new Diagnostics("doc.txt");
    const name = voteActionName(
      [
        { where: "overview", name: "DeleteSubnetAclRule", line: 4423 },
        { where: "本接口(X)", name: "DeteleSubnetAclRule", line: 6501 },
        { where: "Action字段", name: "DeteleSubnetAclRule", line: 6505 },
        { where: "example URL", name: "DeteleSubnetAclRule", line: 6531 },
      ],
      diag,
      6495,
      "网络ACL解绑子网",
    );
    expect(name).toBe("DeteleSubnetAclRule");
    expect(diag.items).toHaveLength(1);
    expect(diag.items[0]).toMatchObject({ code: "action.name-mismatch", line: 6495 });
  });
  it("breaks a tie in favour of the first source (the overview: ModifySecurityGroupPolicys, 002:12523)", () => {
    const diag = new Diagnostics("doc.txt");
    const name = voteActionName(
      [
        { where: "overview", name: "ModifySecurityGroupPolicys", line: 1 },
        { where: "example URL", name: "ModifySecurityGroupPolicys", line: 2 },
        { where: "本接口(X)", name: "ModifySecurityGroupPolicies", line: 3 },
        { where: "Action字段", name: "ModifySecurityGroupPolicies", line: 4 },
      ],
      diag,
      1,
      "修改安全组规则",
    );
    expect(name).toBe("ModifySecurityGroupPolicys");
  });
  it("is silent when all agree, and undefined without sources", () => {
    const diag = new Diagnostics("doc.txt");
    expect(voteActionName([{ where: "overview", name: "A", line: 1 }, { where: "本接口(X)", name: "A", line: 2 }], diag, 1, "t")).toBe("A");
    expect(voteActionName([], diag, 1, "t")).toBeUndefined();
    expect(diag.items).toEqual([]);
  });
});
