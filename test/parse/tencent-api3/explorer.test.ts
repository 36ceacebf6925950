// The per-action API Explorer link of an API 3.0 export (the URL list of each action page's last page).
import { describe, expect, it } from "vitest";
import { explorerUrls } from "../../../generator/parse/tencent-api3/explorer.ts";

const CVM = "https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=";

describe("explorerUrls", () => {
  it.each([
    { given: [CVM + "RunInstances"], want: [["RunInstances", CVM + "RunInstances"]] },
    { given: ["  " + CVM + "RunInstances  "], want: [["RunInstances", CVM + "RunInstances"]] },
    // The first link of an action is kept.
    { given: [CVM + "RunInstances", CVM + "RunInstances&x=1"], want: [["RunInstances", CVM + "RunInstances"]] },
    // Another version's page is not this action's; nor is a link without an action, or a bare explorer link.
    { given: ["https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2020-01-01&Action=RunInstances"], want: [] },
    { given: ["https://console.cloud.tencent.com/api/explorer?SignVersion=api3v3", "https://console.cloud.tencent.com/api/explorer"], want: [] },
    // Not a link line: a sentence, plain http, another path, characters no explorer link has.
    { given: [`详见 ${CVM}RunInstances`, CVM.replace("https", "http") + "RunInstances", "https://cloud.tencent.com/document/api/213/15730"], want: [] },
    { given: [CVM + "Run*/Instances", CVM + "Run%20Instances", CVM + "Run Instances"], want: [] },
  ])("$given", ({ given, want }) => {
    expect([...explorerUrls(given, "2017-03-12")]).toEqual(want);
  });
});
