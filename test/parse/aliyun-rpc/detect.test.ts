// Unit tests of the Alibaba RPC detector (generator/parse/aliyun-rpc/detect.ts) on small documents
// laid out like spec/sources/aliyun-apsara-ecs-2014-05-26.txt (004): cover, 目录 (004:43),
// chapter `1.API参考` (004:269) with 公共参数 (004:711-730) and action sections whose request
// table starts with an Action row (004:794-795), then the SDK chapter `2.SDK参考` (004:9830).
import { describe, expect, it } from "vitest";
import { DIALECT, REQUEST_HEADER, detectAliyunRpc } from "../../../generator/parse/aliyun-rpc/detect.ts";
import type { SourceDocument } from "../../../generator/parse/document.ts";

const doc = (lines: string[]): SourceDocument => ({ file: "guide.txt", lines });

const COVER = ["", "云服务器ECS", "开发指南", ""];
const TOC = ["目录", "", "1. API参考\t12", "1.4. 公共参数\t25", "1.5. 实例\t26", "1.5.1. RunInstances\t26", "1.5.3. StartInstance\t51", "2.SDK参考\t319", ""];
const PUBLIC = [
  "1.4. 公共参数",
  "",
  "名称\t类型\t是否必须\t描述",
  "Format\tString\t否\t返回值的类型，支持JSON与XML。默认为XML。",
  "AccessKeyId\tString\t是\t阿里云颁发给用户的访问服务所用的密钥 ID。",
  "SignatureNonce\tString\t是\t唯一随机数，用于防止网络重放攻击。",
  "",
];
const RUN = ["1.5. 实例", "", "1.5.1. RunInstances", "", "请求参数", "", "名称\t类型\t是否必须\t描述", "Action\tString\t是\t系统规定参数。取值： <code>RunInstances</code> 。", "RegionId\tString\t是\t实例所属的地域ID。", ""];
const START = ["1.5.3. StartInstance", "", "名称\t类型\t是否必需\t描述", "", "Action\tString\t是\t系统规定参数。取值：StartInstance。", ""];
const SDK = ["2.SDK参考", "", "名称\t类型\t是否必须\t描述", "Action\tString\t是\tSDK 示例中的参数。", "AccessKeyId\tString\t是\t密钥 ID。"];

/** Lines 1-4 cover, 5-13 目录, 14 `1.API参考`, 15 blank, 16-22 公共参数, 23-32 RunInstances, 33-38 StartInstance, 39-43 SDK. */
const GUIDE = [...COVER, ...TOC, "1.API参考", "", ...PUBLIC, ...RUN, ...START, ...SDK];

describe("detectAliyunRpc", () => {
  it("claims from the 目录 line to the end of the chapter holding the first request table, not the SDK chapter", () => {
    expect(GUIDE[4]).toBe("目录");
    expect(GUIDE[38]).toBe("2.SDK参考");
    expect(detectAliyunRpc(doc(GUIDE))).toEqual([
      {
        dialect: DIALECT,
        startLine: 5,
        endLine: 38,
        evidence:
          "3 request tables 名称⇥类型⇥是否必须⇥描述 starting with an Action row (first at line 29), " +
          'RPC signature parameters in a public parameter table (line 20), chapter "1. API参考" (lines 14-38)',
      },
    ]);
    expect(DIALECT).toBe("aliyun-rpc");
  });

  it("counts a request table whose Action row follows one blank line (是否必需 header), but not one further down", () => {
    const [part] = detectAliyunRpc(doc(GUIDE));
    expect(part!.evidence).toMatch(/^3 request tables/);
    const far = [...GUIDE];
    far.splice(36, 0, ""); // StartInstance: header, two blank lines, Action row
    expect(far[34]).toBe("名称\t类型\t是否必需\t描述");
    expect(far[37]).toMatch(/^Action\t/);
    expect(detectAliyunRpc(doc(far))[0]!.evidence).toMatch(/^2 request tables/);
  });

  it("claims nothing without a request table that starts with an Action row", () => {
    const noAction = GUIDE.map((l) => l.replace(/^Action\t/, "ActionName\t"));
    expect(detectAliyunRpc(doc(noAction))).toEqual([]);
    // Response tables (名称⇥类型⇥描述) with an Action row are not request tables.
    expect(detectAliyunRpc(doc([...PUBLIC, "名称\t类型\t描述", "Action\tString\t接口名。"]))).toEqual([]);
  });

  it("claims nothing without an RPC signature parameter (AccessKeyId, SignatureNonce, SignatureMethod, SignatureVersion)", () => {
    const noSignature = GUIDE.filter((l) => !/^(AccessKeyId|SignatureNonce)\t/.test(l));
    expect(detectAliyunRpc(doc(noSignature))).toEqual([]);
    const method = [...noSignature, "SignatureMethod\tString\t是\t签名方式，目前支持HMAC-SHA1。"];
    expect(detectAliyunRpc(doc(method))[0]!.evidence).toContain(`(line ${method.length})`);
  });

  it("claims the whole document, without a chapter in the evidence, when there is no table of contents", () => {
    const lines = [...COVER, ...PUBLIC, ...RUN];
    const [part] = detectAliyunRpc(doc(lines));
    expect(part).toMatchObject({ dialect: "aliyun-rpc", startLine: 1, endLine: lines.length });
    expect(part!.evidence).toBe(
      "1 request tables 名称⇥类型⇥是否必须⇥描述 starting with an Action row (first at line 18), RPC signature parameters in a public parameter table (line 9)",
    );
  });

  it("reads rows with stray surrounding spaces (trailing double spaces of 004)", () => {
    const spaced = GUIDE.map((l) => (l.includes("\t") ? `${l}  ` : l));
    expect(detectAliyunRpc(doc(spaced))[0]).toMatchObject({ startLine: 5, endLine: 38 });
  });
});

describe("REQUEST_HEADER", () => {
  it("matches the request headers of 004 (是否必须 98×, 是否必需 30×) and no other table header", () => {
    expect(["名称\t类型\t是否必须\t描述", "名称\t类型\t是否必需\t描述", "名称\t类型\t是否必选\t描述"].every((h) => REQUEST_HEADER.test(h))).toBe(true);
    expect(["名称\t类型\t描述", "错误代码\t描述\tHttp 状态码\t语义", "参数名称\t必选\t类型\t描述", "名称\t是否必须\t类型\t描述"].some((h) => REQUEST_HEADER.test(h))).toBe(false);
  });
});
