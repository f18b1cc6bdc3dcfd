/**
 * JSON for a <script type="application/json"> block. "<" is escaped so no value can close the element
 * or open a comment; JSON.parse reads the escape back as the same character.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
