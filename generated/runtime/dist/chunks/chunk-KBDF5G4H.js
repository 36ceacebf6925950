// docs2sdk-dist:dist/transport/node.js
import * as http from "node:http";
import * as https from "node:https";
function nodeTransport(options = {}) {
  const agentOptions = { keepAlive: options.keepAlive ?? true, maxSockets: options.maxSockets ?? 64 };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  return {
    send(request3) {
      return new Promise((resolve, reject) => {
        const secure = request3.url.startsWith("https:");
        const send = secure ? https.request : http.request;
        const req = send(request3.url, { method: request3.method, headers: request3.headers, agent: secure ? httpsAgent : httpAgent, signal: request3.signal }, (res) => {
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
        req.end(request3.body);
      });
    },
    destroy() {
      httpAgent.destroy();
      httpsAgent.destroy();
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
