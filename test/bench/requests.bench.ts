// Sequential DescribeInstances requests per second against a canned loopback server (127.0.0.1):
// @docs2sdk/runtime's RuntimeClient (node:http keep-alive transport) vs tencentcloud-sdk-nodejs-cvm's
// client (pointed at the server through its endpoint/protocol options) vs a hand-written node:http
// client that signs TC3 inline. Target (issue 4): >= 1.5x the official SDK, close to hand-written.
import { createHash, createHmac } from "node:crypto";
import { createServer, Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { emitRuntime } from "../emit/runtime/emitted-runtime.ts";
import { median, opsPerSecond } from "./signing.bench.ts";

const require = createRequire(import.meta.url);
const { cvm } = require("tencentcloud-sdk-nodejs-cvm") as {
  cvm: { v20170312: { Client: new (config: object) => { DescribeInstances(input: object): Promise<unknown> } } };
};

const RUNS = 7;
const RUN_MS = 400;
const SECRET_ID = "AKIDbenchmark0000000000000000000000";
const SECRET_KEY = "benchmarkSecretKey00000000000000";

const CANNED = JSON.stringify({
  Response: {
    TotalCount: 2,
    InstanceSet: [1, 2].map((i) => ({
      Placement: { Zone: "ap-guangzhou-3", ProjectId: 0 },
      InstanceId: `ins-0000000${i}`,
      InstanceType: "S5.MEDIUM4",
      CPU: 2,
      Memory: 4,
      RestrictState: "NORMAL",
      InstanceName: `实例 ${i}`,
      InstanceChargeType: "POSTPAID_BY_HOUR",
      SystemDisk: { DiskType: "CLOUD_PREMIUM", DiskId: `disk-${i}`, DiskSize: 50 },
      PrivateIpAddresses: [`10.0.0.${i}`],
      PublicIpAddresses: null,
      VirtualPrivateCloud: { VpcId: "vpc-1", SubnetId: "subnet-1", AsVpcGateway: false },
      ImageId: "img-1",
      OsName: "TencentOS Server 3.1",
      SecurityGroupIds: ["sg-1"],
      InstanceState: "RUNNING",
      Tags: [{ Key: "env", Value: "bench" }],
      CreatedTime: "2026-01-01T00:00:00Z",
    })),
    RequestId: "6ef60bec-0242-43af-bb20-270359fb54a7",
  },
});

function handWrittenClient(port: number) {
  const agent = new Agent({ keepAlive: true });
  const h = (k: string | Buffer, m: string) => createHmac("sha256", k).update(m).digest();
  return (action: string, input: object) =>
    new Promise<unknown>((resolve, reject) => {
      const body = JSON.stringify(input);
      const ts = Math.floor(Date.now() / 1000);
      const date = new Date(ts * 1000).toISOString().slice(0, 10);
      const host = `127.0.0.1:${port}`;
      const canonical = `POST\n/\n\ncontent-type:application/json\nhost:${host}\n\ncontent-type;host\n${createHash("sha256").update(body).digest("hex")}`;
      const sts = `TC3-HMAC-SHA256\n${ts}\n${date}/cvm/tc3_request\n${createHash("sha256").update(canonical).digest("hex")}`;
      const signature = createHmac("sha256", h(h(h("TC3" + SECRET_KEY, date), "cvm"), "tc3_request")).update(sts).digest("hex");
      const req = request(
        `http://${host}/`,
        {
          method: "POST",
          agent,
          headers: {
            "Content-Type": "application/json",
            "X-TC-Action": action,
            "X-TC-Version": "2017-03-12",
            "X-TC-Timestamp": String(ts),
            "X-TC-Region": "ap-guangzhou",
            Authorization: `TC3-HMAC-SHA256 Credential=${SECRET_ID}/${date}/cvm/tc3_request, SignedHeaders=content-type;host, Signature=${signature}`,
          },
        },
        (res) => {
          res.setEncoding("utf8");
          let text = "";
          res.on("data", (c: string) => (text += c));
          res.on("end", () => resolve((JSON.parse(text) as { Response: unknown }).Response));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
}

export async function run(): Promise<void> {
  const rt = await emitRuntime();
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(CANNED) });
      res.end(CANNED);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const input = { Limit: 10, Offset: 0, Filters: [{ Name: "zone", Values: ["ap-guangzhou-3"] }] };
    const ours = new rt.node.RuntimeClient(
      { provider: "tencentcloud", service: "cvm", version: "2017-03-12", protocol: "tc3", endpoint: "cvm.tencentcloudapi.com" },
      { credentials: { secretId: SECRET_ID, secretKey: SECRET_KEY }, region: "ap-guangzhou", endpoint: `http://127.0.0.1:${port}` },
    );
    const official = new cvm.v20170312.Client({
      credential: { secretId: SECRET_ID, secretKey: SECRET_KEY },
      region: "ap-guangzhou",
      profile: { httpProfile: { endpoint: `127.0.0.1:${port}`, protocol: "http://" } },
    });
    const hand = handWrittenClient(port);
    const contenders: [string, () => Promise<unknown>][] = [
      ["@docs2sdk/runtime RuntimeClient", () => ours.send("DescribeInstances", input)],
      ["tencentcloud-sdk-nodejs-cvm Client", () => official.DescribeInstances(input)],
      ["hand-written node:http + TC3", () => hand("DescribeInstances", input)],
    ];
    for (const [name, fn] of contenders) {
      const res = (await fn()) as { TotalCount?: number };
      if (res.TotalCount !== 2) throw new Error(`${name}: unexpected response ${JSON.stringify(res)}`);
      await opsPerSecond(fn, 200);
    }
    const results = contenders.map(() => [] as number[]);
    // Interleaved runs, so that load from other processes hits every contender alike.
    for (let r = 0; r < RUNS; r++) for (const [i, [, fn]] of contenders.entries()) results[i]!.push(await opsPerSecond(fn, RUN_MS));
    const medians = results.map(median);
    for (const [i, [name]] of contenders.entries()) console.log(`${name.padEnd(36)} ${medians[i]!.toFixed(0)} requests/s (median of ${RUNS})`);
    console.log(`ratio vs tencentcloud-sdk-nodejs-cvm: ${(medians[0]! / medians[1]!).toFixed(2)}x (target >= 1.5x)`);
    console.log(`ratio vs hand-written node:http:      ${(medians[0]! / medians[2]!).toFixed(2)}x`);
  } finally {
    server.closeAllConnections();
    server.close();
    rt.node.defaultNodeTransport().destroy();
    rt.cleanup();
  }
}
