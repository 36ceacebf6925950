// Reads a response body up to a limit and never past it: a bigger body stops the read (the stream is
// cancelled, the connection closed) and rejects, however much the server sends.
import { responseTooLarge } from "../errors.js";

export async function readCapped(chunks: AsyncIterable<Uint8Array>, limit = Infinity): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for await (const chunk of chunks) {
    if ((size += chunk.length) > limit) throw responseTooLarge(limit);
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}
