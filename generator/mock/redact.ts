// What the mock's request log may keep of a request's parameters. The log is served to anyone who
// can reach /__mock/requests, so values under names that mark a secret (a password, a secret, a
// token, a key, a signature, a credential) are replaced: the log tells that they were sent, not what.

export const REDACTED = "[redacted]";

/** Words (camelCase, snake_case and dotted parts of a name) that mark a secret. */
const SECRET_WORDS = new Set(["password", "passwd", "pwd", "secret", "token", "key", "keys", "signature", "credential", "credentials", "authorization"]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== "")
    .map((w) => w.toLowerCase());
}

/** True for parameter names such as Password, LoginPassword, SecretId, X-TC-Token, AccessKeyId, KeyIds. */
export function isSecretName(name: string): boolean {
  return words(name).some((w) => SECRET_WORDS.has(w));
}

/** A copy of `value` with every member under a secret-marking name replaced by REDACTED, at any depth. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) {
    Object.defineProperty(out, name, { value: isSecretName(name) ? REDACTED : redactSecrets(member), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
