import { type PaginateOptions, type Paginator } from "@docs2sdk/runtime";
import type { ImageV2CallOptions, ImageV2BaseClient } from "../service.js";
import type * as types from "../types.js";
/**
 * Pages through DescribeImages (查询可用的镜像列表): offset is advanced (page size in limit) until totalCount is reached; the items are the response's imageSet.
 *
 * Iterate it for pages (`for await (const page of ...)`), or its items() for the items of every page. Every page is an ordinary call of the client (its credentials, retries, hooks and validation); maxPages (default 1000) bounds the loop.
 *
 * @param client - a client of this service.
 * @param input - the request parameters; a start and page size given here are honoured.
 * @param options - pageSize, maxPages, onLimit, and the per-call overrides every page uses.
 */
export declare function paginateDescribeImages(client: ImageV2BaseClient, input: types.DescribeImagesRequest, options?: PaginateOptions & ImageV2CallOptions): Paginator<types.DescribeImagesResponse, types.DescribeImagesResponseImageSet>;
