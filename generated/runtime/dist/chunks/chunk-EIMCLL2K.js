// docs2sdk-dist:dist/transport/node.js
import * as http from "node:http";
var httpsModule;
function exchange(send, agent, request2) {
  return new Promise((resolve, reject) => {
    const req = send(request2.url, { method: request2.method, headers: request2.headers, agent, signal: request2.signal }, (res) => {
      res.setEncoding("utf8");
      let body = "";
      res.on("data", (chunk) => body += chunk);
      res.on("error", reject);
      res.on("end", () => {
        const headers = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== void 0)
            headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        resolve({ status: res.statusCode ?? 0, headers, body });
      });
    });
    req.on("error", reject);
    req.end(request2.body);
  });
}
function nodeTransport(options = {}) {
  const agentOptions = { keepAlive: options.keepAlive ?? true, maxSockets: options.maxSockets ?? 64 };
  const httpAgent = new http.Agent(agentOptions);
  let httpsAgent;
  return {
    send(request2) {
      if (!request2.url.startsWith("https:"))
        return exchange(http.request, httpAgent, request2);
      return (httpsModule ??= import("node:https")).then((https) => exchange(https.request, httpsAgent ??= new https.Agent(agentOptions), request2));
    },
    destroy() {
      httpAgent.destroy();
      httpsAgent?.destroy();
    }
  };
}
var shared;
function defaultNodeTransport() {
  return shared ??= nodeTransport();
}

export {
  nodeTransport,
  defaultNodeTransport
};
