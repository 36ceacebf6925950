// Dialect: Alibaba Cloud RPC APIs as the Apsara Stack developer guides document them (ECS 2014-05-26).
import type { Dialect } from "../dialect.ts";
import { DIALECT, detectAliyunRpc } from "./detect.ts";
import { parseAliyunRpc } from "./parse.ts";

export const aliyunRpcDialect: Dialect = {
  name: DIALECT,
  detect: detectAliyunRpc,
  parse: parseAliyunRpc,
};
