// The English export of the API 3.0 dialect (tencentcloud.com): the row shapes that
// shared/notes/format-tencent-api3-en.md calls hard, as given/want tables. Every given line is a
// line of the development sample (shared/samples/en/cvm-2017-03-12.en.txt), blank lines left out,
// with its line number.
import { describe, expect, it } from "vitest";
import { parseAction } from "../../../generator/parse/tencent-api3/action.ts";
import { parseErrorTable } from "../../../generator/parse/tencent-api3/errors.ts";
import { parseOverview } from "../../../generator/parse/tencent-api3/overview.ts";
import { parseParameterTable, rowStartPattern, type ColumnOrder } from "../../../generator/parse/tencent-api3/parameter-table.ts";
import { parseCommonParameters } from "../../../generator/parse/tencent-api3/service-info.ts";
import { EN, vocabularyOf, ZH } from "../../../generator/parse/tencent-api3/vocabulary.ts";
import { cleanPages, type CleanLine } from "../../../generator/parse/text/page-noise.ts";
import { Diagnostics } from "../../../generator/spec/diagnostics.ts";

/** Lines numbered from `first`, one per given text. */
const lines = (texts: readonly string[], first = 1): CleanLine[] => texts.map((text, i) => ({ text, line: first + i, pageStart: false }));

interface RowCase {
  name: string;
  order: ColumnOrder;
  structs: string[];
  given: string[];
  want: { name: string; indexed?: boolean; required?: boolean; typeWord: string; description: string[] }[];
}

const rowCases: RowCase[] = [
  {
    name: "a struct-typed member whose type word repeats its name, description on the same line (30379 ChcHost.Placement)",
    order: "name-type",
    structs: ["Placement", "VirtualPrivateCloud"],
    given: ["Placement Placement Availability zone", "BmcVirtualPrivateCloud VirtualPrivateCloud", "Out-of-band network"],
    want: [
      { name: "Placement", typeWord: "Placement", description: ["Availability zone"] },
      { name: "BmcVirtualPrivateCloud", typeWord: "VirtualPrivateCloud", description: ["Out-of-band network"] },
    ],
  },
  {
    name: "'Placement Placement' alone, the description on the next lines (30791 AllocateHosts.Placement)",
    order: "name-required-type",
    structs: ["ChcDeployExtraConfig", "Placement"],
    given: ["Placement Yes Placement", "CDH instance location. This parameter is used to specify the AZ, project, and other attributes", "of the instance."],
    want: [{ name: "Placement", required: true, typeWord: "Placement", description: ["CDH instance location. This parameter is used to specify the AZ, project, and other attributes", "of the instance."] }],
  },
  {
    name: "'Filters.N No Array of' / 'Filter' / a description starting with the word 'Filters' (14782 DescribeImages.Filters)",
    order: "name-required-type",
    structs: ["Filter"],
    given: ["Filters.N No Array of", "Filter", "Filters. Each request can have up to 10 Filters and 5 Filters.Values. Parameters InstanceIds and Filters"],
    want: [{ name: "Filters", indexed: true, required: false, typeWord: "Array of Filter", description: ["Filters. Each request can have up to 10 Filters and 5 Filters.Values. Parameters InstanceIds and Filters"] }],
  },
  {
    name: "one line holding name, required, 'Array of Filter' and a description starting with 'Filters' (shape named by the format note)",
    order: "name-required-type",
    structs: ["Filter"],
    given: ["Filters.N No Array of Filter Filters", "zone - String - Optional - Filter by the availability zone."],
    want: [{ name: "Filters", indexed: true, required: false, typeWord: "Array of Filter", description: ["Filters", "zone - String - Optional - Filter by the availability zone."] }],
  },
  {
    name: "the row head over four lines, then Latin description lines that start with capitals (5186 DescribeInstances)",
    order: "name-required-type",
    structs: ["Filter"],
    given: [
      "InstanceIds.N No",
      "Array of",
      "String",
      "Query by instance ID(s). For example, instance ID: ins-xxxxxxxx. For the specific format,",
      "Filters.N No",
      "Array of",
      "Filter",
      "Filters",
      "Offset No Integer",
      "Offset; default value: 0. For more information on Offset, see the corresponding section in",
      "API Introduction.",
    ],
    want: [
      { name: "InstanceIds", indexed: true, required: false, typeWord: "Array of String", description: ["Query by instance ID(s). For example, instance ID: ins-xxxxxxxx. For the specific format,"] },
      { name: "Filters", indexed: true, required: false, typeWord: "Array of Filter", description: ["Filters"] },
      { name: "Offset", required: false, typeWord: "Integer", description: ["Offset; default value: 0. For more information on Offset, see the corresponding section in", "API Introduction."] },
    ],
  },
  {
    name: "a wrapped description line reading 'the String …' is text, not an odd row (prose, not a name)",
    order: "name-type",
    structs: [],
    given: ["InstanceName String", "Instance name, returned as", "the String the user set."],
    want: [{ name: "InstanceName", typeWord: "String", description: ["Instance name, returned as", "the String the user set."] }],
  },
];

describe("English parameter rows (given/want)", () => {
  for (const c of rowCases) {
    it(c.name, () => {
      const t = parseParameterTable(lines(c.given, 100), c.order, c.structs, () => false, rowStartPattern(c.order, c.structs, EN));
      expect(t.stray).toEqual([]);
      expect(t.rows.map(({ name, indexed, required, typeWord, description }) => ({ name, ...(indexed ? { indexed } : {}), ...(required !== undefined ? { required } : {}), typeWord, description }))).toEqual(c.want);
    });
  }

  it("skips the English column header repeated at a page start", () => {
    const t = parseParameterTable(lines(["RequestId String", "Parameter Name Type Description", "The unique request ID."]), "name-type", [], () => false, rowStartPattern("name-type", [], EN));
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.description).toEqual(["The unique request ID."]);
  });
});

/** An English action section in the sample's shape (2361 AssociateInstancesKeyPairs, 4864 DeleteInstancesDisasterRecoverGroups). */
function englishSection(actionRow: string[]): CleanLine[] {
  return lines(
    [
      "1. API Description",
      "Domain name for API request: cvm.intl.tencentcloudapi.com.",
      "This API is used to batch remove CVM instances from specified placement groups.",
      "A maximum of 20 requests can be initiated per second for this API.",
      "API Explorer provides a range of capabilities, including online call, signature authentication, SDK code generation, and API quick search. It",
      "enables you to view the request, response, and auto-generated examples.",
      "2. Input Parameters",
      "The following request parameter list only provides API request parameters and some common parameters. For the complete common",
      "parameter list, see Common Request Parameters.",
      "Parameter Name Required Type Description",
      ...actionRow,
      "Version Yes String Common Params. The value used for this API: 2017-03-12.",
      "Region No String Common Params. This parameter is not required for this API.",
      "3. Output Parameters",
      "Parameter Name Type Description",
      "RequestId String",
      "The unique request ID, generated by the server, will be returned for every request.",
      "4. Example",
      "6. Error Code",
      "The following only lists the error codes related to the API business logic. For other error codes, see Common Error Codes.",
      "Error Code Description",
      "InternalServerError Internal error.",
    ],
    1000,
  );
}

describe("English action section", () => {
  const context = () => ({
    diag: new Diagnostics("en.txt"),
    structNames: new Set<string>(),
    vocab: EN,
    inputPatterns: rowStartPattern("name-required-type", [], EN),
    outputPatterns: rowStartPattern("name-type", [], EN),
  });

  it.each([
    ["on one line", ["Action Yes String Common Params. The value used for this API: DeleteInstancesDisasterRecoverGroups."]],
    ["wrapped after 'this API:' (4864)", ["Action Yes String", "Common Params. The value used for this API:", "DeleteInstancesDisasterRecoverGroups."]],
    ["wrapped inside the sentence", ["Action Yes String Common Params. The value used for", "this API: DeleteInstancesDisasterRecoverGroups."]],
  ])("reads the Action row %s, the fixed sentences and the Region row", (_shape, actionRow) => {
    const ctx = context();
    const parsed = parseAction(englishSection(actionRow), ctx)!;
    expect(parsed.action.name).toBe("DeleteInstancesDisasterRecoverGroups");
    expect(parsed.version).toBe("2017-03-12");
    expect(parsed.endpoint).toBe("cvm.intl.tencentcloudapi.com");
    expect(parsed.action.rateLimit).toBe(20);
    expect(parsed.action.region).toBe("none");
    expect(parsed.action.description).toBe("This API is used to batch remove CVM instances from specified placement groups.");
    expect(parsed.action.input).toEqual([]);
    expect(parsed.action.output.map((f) => f.name)).toEqual(["RequestId"]);
    expect(parsed.action.errors.map((e) => [e.code, e.description])).toEqual([["InternalServerError", "Internal error."]]);
    expect(ctx.diag.items.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("English error rows (given/want)", () => {
  const cases: { name: string; given: string[]; want: [string, string][] }[] = [
    {
      name: "a code alone on its line takes the next lines, which start with capitals, as its description (2461 AssociateInstancesKeyPairs)",
      given: ["Error Code Description", "InvalidInstanceId.Malformed", "Invalid instance ID. The specified instance ID has an invalid format. For", "example, ins-1122 has an invalid ID length.", "InvalidInstanceId.NotFound No instance found."],
      want: [
        ["InvalidInstanceId.Malformed", "Invalid instance ID. The specified instance ID has an invalid format. For example, ins-1122 has an invalid ID length."],
        ["InvalidInstanceId.NotFound", "No instance found."],
      ],
    },
    {
      name: "a single capitalized word starting a line is description, a two-hump word is a code (common list, 17950)",
      given: ["DryRunOperation", "DryRun operation: the request would have succeeded, but the DryRun", "parameter was passed.", "FailedOperation Operation failed.", "UnsupportedProtocol", "Unsupported HTTP(S) request method. Only GET and POST requests are", "supported."],
      want: [
        ["DryRunOperation", "DryRun operation: the request would have succeeded, but the DryRun parameter was passed."],
        ["FailedOperation", "Operation failed."],
        ["UnsupportedProtocol", "Unsupported HTTP(S) request method. Only GET and POST requests are supported."],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const diag = new Diagnostics("en.txt");
      const errors = parseErrorTable(lines(c.given), diag, undefined, "error table", EN);
      expect(errors.map((e) => [e.code, e.description])).toEqual(c.want);
      expect(diag.items).toEqual([]);
    });
  }
});

describe("English overview (API Category)", () => {
  it("reads rate-less rows, a name whose title wraps onto two lines, and stops at prose (740-760)", () => {
    const given = [
      "Price APIs",
      "API Name Feature",
      "InquiryPriceRenewInstances Renewal instance inquiry",
      "InquiryPriceResetInstancesInternetMaxBandwidth",
      "Queries the price of public network bandwidth for an instance with a new maximum",
      "bandwidth",
      "InquiryPriceResetInstancesType Queries the price of an instance with a new configuration",
      "Other APIs",
      "API Name Feature",
      "DescribeRegions Queries the list of regions",
      "1. Service Address",
      "The API supports access from either a nearby region (at cvm.intl.tencentcloudapi.com) or a specified region (at cvm.ap-",
      "South China (Guangzhou) cvm.ap-guangzhou.intl.tencentcloudapi.com",
    ];
    expect(parseOverview(lines(given), EN).map((e) => [e.name, e.title, e.category])).toEqual([
      ["InquiryPriceRenewInstances", "Renewal instance inquiry", "Price APIs"],
      ["InquiryPriceResetInstancesInternetMaxBandwidth", "Queries the price of public network bandwidth for an instance with a new maximum bandwidth", "Price APIs"],
      ["InquiryPriceResetInstancesType", "Queries the price of an instance with a new configuration", "Price APIs"],
      ["DescribeRegions", "Queries the list of regions", "Other APIs"],
    ]);
  });
});

describe("English page frame", () => {
  it("drops the title block, 'We recommend you to use API Explorer' / 'Try it', the URL dump, the footer and its product line", () => {
    // 2412-2430, blank lines left out, plus a footer (2334-2335).
    const raw = [
      "InvalidParameterValue Incorrect parameter value.",
      "Example",
      "Instance APIs",
      "AssociateInstancesKeyPairs",
      "Last updated: 2023-01-08 07:58:11",
      "We recommend you to use API Explorer",
      "Try it",
      "https://www.tencentcloud.com/document/api/1531/42343",
      "https://console.tencentcloud.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateInstancesKeyPairs",
      " 4. Example",
      "Example1 Binding a key pair to CVM",
      "Cloud Virtual Machine",
      "©2013-2025 Tencent Cloud. All rights reserved. Page 48 of 398",
      "Input Example",
    ];
    const m = cleanPages(raw, 1, raw.length, { frame: EN, isCategory: (t) => EN.category.test(t) });
    expect(m.lines.map((l) => l.text)).toEqual(["InvalidParameterValue Incorrect parameter value.", "4. Example", "Example1 Binding a key pair to CVM", "Input Example"]);
    expect(m.titleBlocks).toMatchObject([{ title: "AssociateInstancesKeyPairs", category: "Instance APIs", explorer: true }]);
    expect(m.product).toBe("Cloud Virtual Machine");
    expect(m.clipped.map((c) => c.text)).toEqual(["Example"]);
  });
});

describe("English common parameters (Common Params, 1626-1668)", () => {
  it("names the v3 header rows by their parameter, as the Chinese table does, and stops at the request samples", () => {
    const given = [
      "Parameter Name Type Required Description",
      "X-TC-Action String Yes",
      "The name of the API to call. See the common parameter Action in the input parameters of",
      "X-TC-Region String -",
      "The region to operate in.",
      "X-TC-Language String No The language of the response, supported by some APIs only. Valid values: zh-CN, en-US.",
      "Assume you want to query the first ten instances in the Guangzhou region. The request looks like this:",
      "X-TC-Action: DescribeInstances",
    ];
    const diag = new Diagnostics("en.txt");
    const fields = parseCommonParameters(lines(given, 1626), { diag, structNames: new Set(), vocab: EN });
    expect(fields.map((f) => [f.name, f.required, f.type])).toEqual([
      ["Action", true, "string"],
      ["Region", false, "string"],
      ["Language", false, "string"],
    ]);
    expect(diag.items).toEqual([]);
  });
});

describe("vocabularyOf", () => {
  it.each([
    [["Parameter Name Required Type Description"], EN],
    [["参数名称 必选 类型 描述"], ZH],
    [["no table at all"], ZH],
  ])("picks the language of the input-table headers in %j", (given, want) => {
    expect(vocabularyOf(given)).toBe(want);
  });
});
