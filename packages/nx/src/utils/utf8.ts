import { FileProblemError } from "./errors";

/**
 * Strict UTF-8 for files the plugin reads and rewrites. Decoding with replacement (what
 * `Tree.read(path, "utf-8")` and `fs.readFileSync(path, "utf8")` do) turns every invalid byte
 * into U+FFFD, and writing the text back would change those bytes; a strict decode either gives
 * text that encodes back to the same bytes (a BOM included) or says where the file is not UTF-8.
 */

const STRICT = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(bytes: Uint8Array): number {
    let index = 0;
    while (index < bytes.length) {
        const lead = bytes[index];
        const [length, min, max] =
            lead < 0x80
                ? [1, 0, 0]
                : lead >= 0xc2 && lead <= 0xdf
                  ? [2, 0x80, 0xbf]
                  : lead === 0xe0
                    ? [3, 0xa0, 0xbf] // no overlong forms
                    : lead === 0xed
                      ? [3, 0x80, 0x9f] // no surrogates
                      : lead >= 0xe1 && lead <= 0xef
                        ? [3, 0x80, 0xbf]
                        : lead === 0xf0
                          ? [4, 0x90, 0xbf]
                          : lead >= 0xf1 && lead <= 0xf3
                            ? [4, 0x80, 0xbf]
                            : lead === 0xf4
                              ? [4, 0x80, 0x8f] // nothing above U+10FFFF
                              : [0, 0, 0];
        if (length === 0) return index;
        for (let offset = 1; offset < length; offset++) {
            const byte = bytes[index + offset];
            const [low, high] = offset === 1 ? [min, max] : [0x80, 0xbf];
            if (byte === undefined || byte < low || byte > high) return index;
        }
        index += length;
    }
    return -1;
}

/** 1-based line and column (in characters) of a byte offset of a file valid before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
    const before = Buffer.from(bytes.subarray(0, offset)).toString("utf8");
    const lines = before.split("\n");
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * The text of a file that must be valid UTF-8, or a FileProblemError at the first invalid byte
 * whose message ends with `consequence` (what happens now, e.g. "Nothing was written.").
 */
export function decodeUtf8(bytes: Uint8Array, fileName: string, consequence?: string): string {
    try {
        return STRICT.decode(bytes);
    } catch {
        const offset = Math.max(firstInvalidByte(bytes), 0);
        const byte = bytes[offset]?.toString(16).toUpperCase().padStart(2, "0") ?? "??";
        throw new FileProblemError(
            fileName,
            `not valid UTF-8 (byte 0x${byte}); re-save the file as UTF-8 so that it can be edited without changing its other bytes`,
            positionOfByte(bytes, offset),
            consequence
        );
    }
}
