// docs2sdk-dist:dist/transport/fetch.js
function fetchTransport(fetchImpl) {
  return {
    async send(request) {
      const doFetch = fetchImpl ?? globalThis.fetch;
      const headers = {};
      for (const [name, value] of Object.entries(request.headers))
        if (name.toLowerCase() !== "host")
          headers[name] = value;
      const init = { method: request.method, headers };
      if (request.body !== void 0)
        init.body = request.body;
      if (request.signal)
        init.signal = request.signal;
      const res = await doFetch(request.url, init);
      const body = await res.text();
      const responseHeaders = {};
      res.headers.forEach((value, name) => responseHeaders[name.toLowerCase()] = value);
      return { status: res.status, headers: responseHeaders, body };
    }
  };
}

export {
  fetchTransport
};
