/** Text hygiene shared by the source stage and the pipeline (no dependencies: the library loads it). */
/** Control characters that never belong in text (NUL and C0 controls but tab, newlines, form feed; DEL). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f]+/g;
/** Remove NUL and other control characters (they are noise in otherwise-text input, not fatal). */
export function stripControlChars(text) {
    return text.replace(CONTROL_CHARS, '');
}
/** Only whitespace (including no-break and zero-width spaces and BOMs)? */
export function isBlank(text) {
    return /^[\s\u200b-\u200d\u2060\ufeff]*$/.test(text);
}
//# sourceMappingURL=clean.js.map