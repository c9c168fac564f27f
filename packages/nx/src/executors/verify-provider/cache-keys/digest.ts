import { createHash } from "crypto";

export function sha(...parts: string[]): string {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.digest("hex");
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function byCodeUnit(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
