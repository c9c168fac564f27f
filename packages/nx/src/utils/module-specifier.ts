import * as path from "path";

/**
 * The `import ... from` specifier of `module` (a workspace path without extension) as written in
 * `file` (a workspace path): always relative, `./` for a sibling folder.
 */
export function specifierFrom(file: string, module: string): string {
    const relative = path.posix.relative(path.posix.dirname(file), module);
    return relative.startsWith(".") ? relative : `./${relative}`;
}
