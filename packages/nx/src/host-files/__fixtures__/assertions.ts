import { parseTypeScript, syntaxErrors } from "../../utils/ast";
import { formatLikeHost } from "./prettier-check";

export function expectValidTypeScript(source: string): void {
    expect(
        syntaxErrors(parseTypeScript(source, "edited.ts")).map((error) => error.messageText)
    ).toEqual([]);
}

/** Every source is already in the host's Prettier style (one Prettier process for all). */
export function expectPrettierStable(sources: string[]): void {
    expect(formatLikeHost(sources)).toEqual(sources);
}

/** `source` with `insert` placed right after the unique `anchor`. */
export function insertAfter(source: string, anchor: string, insert: string): string {
    expect(source.split(anchor)).toHaveLength(2);
    return source.replace(anchor, () => anchor + insert);
}

export function crlf(source: string): string {
    return source.replace(/\n/g, "\r\n");
}
