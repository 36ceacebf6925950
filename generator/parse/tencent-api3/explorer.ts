// The action's online page. Each action page of an API 3.0 export ends with the link of its "API
// Explorer" sentence, printed in the page's URL list: https://console.cloud.tencent.com/api/explorer?
// Product=cvm&Version=2017-03-12&Action=RunInstances. It is the only per-action URL the document
// gives for the action itself (its reference page, /document/api/213/NNNN, appears only as the target
// of other pages' links, with no name beside it), and it goes into the spec as Action.explorerUrl.

/** An explorer link as printed: https, a console host, /api/explorer, and a plain query. */
const EXPLORER_URL = /^https:\/\/console\.[a-z0-9.-]+\/api\/explorer\?[A-Za-z0-9=&._-]+$/;

/**
 * Action name -> its API Explorer URL, from the lines of one document part (the first link per
 * action). A link that names another API version (a page of a different part) is not the action's.
 */
export function explorerUrls(lines: readonly string[], version: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const raw of lines) {
    const text = raw.trim();
    if (!EXPLORER_URL.test(text)) continue;
    const query = new URL(text).searchParams;
    const action = query.get("Action");
    if (!action || !/^[A-Za-z][A-Za-z0-9_]*$/.test(action) || query.get("Version") !== version || urls.has(action)) continue;
    urls.set(action, text);
  }
  return urls;
}
