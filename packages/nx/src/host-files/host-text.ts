import type { Tree } from "@nx/devkit";
import { decodeUtf8 } from "../utils/utf8";

/**
 * A host file's text through the tree, decoded strictly. `tree.read(file, "utf-8")` would turn
 * bytes that are not UTF-8 into U+FFFD and the edit would write those back changed; this refuses
 * such a file instead (FileProblemError at the first invalid byte). Valid UTF-8, a BOM included,
 * encodes back to exactly the bytes read.
 */
export function readHostText(tree: Tree, file: string): string {
    return decodeUtf8(tree.read(file) ?? Buffer.alloc(0), file);
}
