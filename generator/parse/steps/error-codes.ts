// Shared dialect step: what an error code looks like, for every dialect's error-code tables.
// Codes are dotted identifiers (`InvalidParameterValue.Malformed`, `UnsupportedOperation`), numeric
// legacy codes (`4000`, `-14000400`) or colon-separated ones (`Forbidden:RAM`); a description, a
// placeholder (`-`) or a wrapped sentence is none, and the row is reported, not read as a code.

const ERROR_CODE = /^-?[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

export function isErrorCode(text: string): boolean {
  return ERROR_CODE.test(text);
}

/** A code split by spaces in PDF extraction (`InvalidParameter .Foo`), joined; undefined when it is none either way. */
export function joinedErrorCode(text: string): string | undefined {
  if (isErrorCode(text) || !/\s/.test(text)) return undefined;
  const joined = text.replace(/\s+/g, "");
  return isErrorCode(joined) ? joined : undefined;
}
