import type { Tree } from "@nx/devkit";
import { PROVIDER_FILE_PATTERN } from "../model/names";

/** Provider ids: folders of the providers folder with exactly one `*Provider.ts`. */
export function providerIds(tree: Tree, providersDir: string): string[] {
    return tree
        .children(providersDir)
        .filter((id) => {
            const dir = `${providersDir}/${id}`;
            return (
                !tree.isFile(dir) &&
                tree.children(dir).filter((file) => PROVIDER_FILE_PATTERN.test(file)).length === 1
            );
        })
        .sort();
}
