// The registry of dialects. Order matters only for reporting; parts must not overlap.
import type { Dialect } from "./dialect.ts";
import { tceApi3Dialect } from "./tce-api3/index.ts";
import { tencentV2Dialect } from "./tencent-v2/index.ts";
import { tencentApi3Dialect } from "./tencent-api3/index.ts";
import { aliyunRpcDialect } from "./aliyun-rpc/index.ts";
import { tencent2017PdfDialect, tencentV2PdfDialect } from "./tencent-v2-pdf/index.ts";

export const dialects: Dialect[] = [
  tceApi3Dialect,
  tencentV2Dialect,
  tencentApi3Dialect,
  aliyunRpcDialect,
  tencent2017PdfDialect,
  tencentV2PdfDialect,
];
