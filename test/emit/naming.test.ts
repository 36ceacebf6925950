// Tests generator/emit/naming.ts, the names every emitter shares.
import { describe, expect, it } from "vitest";
import type { Service } from "../../generator/spec/types.ts";
import {
  clientClassName,
  clientMethodName,
  commandFunctionName,
  errorCodeTypeName,
  packageDir,
  packageName,
  requestTypeName,
  responseTypeName,
  runtimeClientClass,
  structTypeNames,
  baseClientClassName,
  callOptionsTypeName,
  clientConfigTypeName,
  paginatorFunctionName,
  regionTypeName,
} from "../../generator/emit/naming.ts";

const spec = (provider: Service["provider"], service: string, protocol: Service["protocol"]) => ({ provider, service, protocol });

describe("package and client names (CONVENTIONS.md)", () => {
  it.each([
    [spec("tencentcloud", "cvm", "tc3"), "tencentcloud-cvm", "CvmClient"],
    [spec("tce", "vpc", "tc3"), "tce-vpc", "VpcClient"],
    [spec("tce", "vpc", "tencent-v2"), "tce-vpc-v2", "VpcV2Client"],
    [spec("aliyun", "ecs", "aliyun-rpc"), "aliyun-ecs", "EcsClient"],
    [spec("tencentcloud", "cvm", "tencent-v2"), "tencentcloud-cvm-v2", "CvmV2Client"],
    [spec("tencentcloud", "cloud-audit", "tc3"), "tencentcloud-cloud-audit", "CloudAuditClient"],
  ])("%o -> %s, %s", (s, dir, client) => {
    expect(packageDir(s)).toBe(dir);
    expect(packageName(s)).toBe(`@docs2sdk/${dir}`);
    expect(clientClassName(s)).toBe(client);
  });

  it("builds each package on its protocol's runtime class", () => {
    expect(runtimeClientClass({ protocol: "tc3" })).toBe("Tc3Client");
    expect(runtimeClientClass({ protocol: "tencent-v2" })).toBe("TencentV2Client");
    expect(runtimeClientClass({ protocol: "aliyun-rpc" })).toBe("AliyunRpcClient");
  });

  it("derives per-action names", () => {
    const a = { name: "DescribeInstances" };
    expect([commandFunctionName(a), requestTypeName(a), responseTypeName(a), errorCodeTypeName(a)]).toEqual([
      "describeInstances",
      "DescribeInstancesRequest",
      "DescribeInstancesResponse",
      "DescribeInstancesErrorCode",
    ]);
    expect(commandFunctionName({ name: "Delete" })).toBe("deleteAction");
    expect(commandFunctionName({ name: "Import" })).toBe("importAction");
    // The client class inherits send/sendRaw/service from RuntimeClient: its methods must not shadow them.
    expect(clientMethodName({ name: "DescribeInstances" })).toBe("describeInstances");
    expect(clientMethodName({ name: "Send" })).toBe("sendAction");
    expect(commandFunctionName({ name: "Send" })).toBe("send");
    expect(clientMethodName({ name: "Service" })).toBe("serviceAction");
  });
});

describe("names of the package's feature symbols", () => {
  it.each([
    [spec("tencentcloud", "cvm", "tc3"), "CvmBaseClient", "CvmClientConfig", "CvmCallOptions", "CvmRegion"],
    [spec("tce", "vpc", "tencent-v2"), "VpcV2BaseClient", "VpcV2ClientConfig", "VpcV2CallOptions", "VpcV2Region"],
  ])("%o", (s, base, config, call, region) => {
    expect([baseClientClassName(s), clientConfigTypeName(s), callOptionsTypeName(s), regionTypeName(s)]).toEqual([base, config, call, region]);
  });

  it("names a paginator after its action", () => {
    expect(paginatorFunctionName({ name: "DescribeInstances" })).toBe("paginateDescribeInstances");
  });
});

describe("structTypeNames", () => {
  const service = (types: string[], actions: string[]) => ({
    ...spec("tencentcloud", "cvm", "tc3"),
    actions: actions.map((name) => ({ name, title: "", description: "", input: [], output: [], errors: [], examples: [] })),
    types: types.map((name) => ({ name, description: "", fields: [] })),
  });

  it("keeps free names and suffixes the colliding ones, whatever their order", () => {
    const names = structTypeNames(service(["RunRequest", "Filter", "RunRequestStruct", "string", "Promise", "CvmClient", "RunErrorCode"], ["Run"]));
    expect(Object.fromEntries(names)).toEqual({
      RunRequest: "RunRequestStruct2",
      Filter: "Filter",
      RunRequestStruct: "RunRequestStruct",
      string: "stringStruct",
      Promise: "PromiseStruct",
      CvmClient: "CvmClientStruct",
      RunErrorCode: "RunErrorCodeStruct",
    });
  });

  it("renames a structure that would clash with the package entry's feature exports, never a documented one like RegionInfo", () => {
    const names = structTypeNames(service(["RegionInfo", "Region", "Paginator", "CvmRegion", "CvmBaseClient", "CvmClientConfig", "RequestValidator"], ["Run"]));
    expect(Object.fromEntries(names)).toEqual({
      RegionInfo: "RegionInfo",
      Region: "Region",
      Paginator: "PaginatorStruct",
      CvmRegion: "CvmRegionStruct",
      CvmBaseClient: "CvmBaseClientStruct",
      CvmClientConfig: "CvmClientConfigStruct",
      RequestValidator: "RequestValidatorStruct",
    });
  });

  it("gives every structure a distinct name", () => {
    const names = structTypeNames(service(["A", "AStruct", "ARequest", "ARequestStruct", "ARequestStruct2"], ["A"]));
    expect(new Set(names.values()).size).toBe(names.size);
  });
});
