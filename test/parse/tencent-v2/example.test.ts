import { describe, expect, it } from "vitest";
import { decodeV2Request, decodeV2Response, restoreCommasAtBreaks, stripGluedPrefix } from "../../../generator/parse/tencent-v2/example.ts";

describe("decodeV2Request", () => {
  it("strips the glued link-rewrite prefix, drops public parameters and placeholders, nests flattened names (002:4713-4721)", () => {
    const r = decodeV2Request([
      "http://imgcache.finance.cloud.tencent.com:80vpc.api.qcloud.com/v2/index.php?Action=CreateVpc",
      "&<公共请求参数>",
      "&vpcName=bbbttest",
      "&subnetSet.0.subnetName=wikitest  ",
      "&subnetSet.0.zoneId=800001",
    ]);
    expect(r).toEqual({ host: "vpc.api.qcloud.com", path: "/v2/index.php", action: "CreateVpc", input: { vpcName: "bbbttest", subnetSet: [{ subnetName: "wikitest", zoneId: "800001" }] } });
  });
  it("drops a placeholder glued to a value (002:10749) and a cut-off one (`&<`, 002:11806)", () => {
    expect(decodeV2Request(["vpc.api.qcloud.com/v2/index.php?Action=ModifyNatGateway<公共请求参数>", "&natId=nat-1"])).toMatchObject({ action: "ModifyNatGateway", input: { natId: "nat-1" } });
    expect(decodeV2Request(["eip.api.qcloud.com/v2/index.php?", "&<"])).toMatchObject({ input: {} });
  });
  it("drops the placeholder written without brackets (002:9020), unclosed (002:6423) or spaced (002:11130)", () => {
    const r = decodeV2Request(["vpc.api.qcloud.com/v2/index.php?Action=DeleteLocalIPTranslationNatRule", "&vpcId=vpc-1", "&localIPTranslation.0.originalIP=10.100.10.2  ", "&公共请求参数"]);
    expect(r).toMatchObject({ input: { vpcId: "vpc-1", localIPTranslation: [{ originalIP: "10.100.10.2" }] } });
    expect(Object.keys((r as { input: object }).input)).toEqual(["vpcId", "localIPTranslation"]);
    expect(decodeV2Request(["vpc.api.qcloud.com/v2/index.php?Action=ModifyNetworkAclEntry", "&<公共请求参数", "&vpcId=vpc-e"])).toMatchObject({ input: { vpcId: "vpc-e" } });
    expect(decodeV2Request(["vpc.api.qcloud.com/v2/index.php?Action=X", "&< 公共请求参数 >", "&natId=n"])).toEqual({ host: "vpc.api.qcloud.com", path: "/v2/index.php", action: "X", input: { natId: "n" } });
  });
  it("reads literal `.n.` indexes as array positions (002:9227)", () => {
    expect(decodeV2Request(["d/v2/index.php?Action=X&aclRules.n.protocol=tcp"])).toMatchObject({ input: { aclRules: [{ protocol: "tcp" }] } });
  });
  it("reports an empty example", () => {
    expect(decodeV2Request(["  "])).toEqual({ error: "the request example is empty" });
  });
  it("leaves a URL without the artefact alone", () => {
    expect(stripGluedPrefix("https://vpc.api.qcloud.com/v2/index.php")).toBe("https://vpc.api.qcloud.com/v2/index.php");
  });
});

describe("decodeV2Response", () => {
  it("puts back the comma a page break ate between two pieces (002:11516)", () => {
    const lines = ["{", '  "code": 0,', '  "message": ""', '"codeDesc": "Success",', '"data": { "taskId": 16284 }', "}"];
    expect(restoreCommasAtBreaks(lines, [0, 3])[2]).toBe('  "message": "",');
    expect(decodeV2Response(lines, [0, 3])).toEqual({ value: { code: 0, message: "", codeDesc: "Success", data: { taskId: 16284 } }, repaired: true });
  });
  it("removes trailing commas (002:6589)", () => {
    expect(decodeV2Response(["{", '"code": 0,', '"message" : "ok",', "}"])).toEqual({ value: { code: 0, message: "ok" }, repaired: true });
  });
  it("reports JSON that stays broken, with the line index", () => {
    const r = decodeV2Response(["{", '"data": [', "1221,", "1212,", "787", "},", "}"]);
    expect("error" in r && r.error).toMatch(/not JSON|never closes/);
  });
});
