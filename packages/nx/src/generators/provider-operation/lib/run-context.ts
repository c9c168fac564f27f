import type { Tree } from "@nx/devkit";
import type { TemplateSet } from "../../../codegen/templates";
import {
    editHostFile,
    verifyTypeScript,
    type Addition,
    type HostFileEdit
} from "../../../host-files/edit-support";
import { readHostText } from "../../../host-files/host-text";
import type { HostProfile } from "../../../host-profile/host-profile";

export function withoutExtension(file: string): string {
    return file.replace(/(\/index)?\.ts$/, "");
}

/**
 * Changes of one run: the tree is written once per edit, and new files are told apart from edited
 * ones (only new files are formatted). Every edit of an existing file goes through host-files'
 * edit frame: strict UTF-8, conflict markers and mixed line endings refused, CRLF kept, the result
 * checked to parse.
 */
export class Changes {
    readonly created = new Set<string>();
    readonly edited = new Set<string>();
    constructor(private readonly tree: Tree) {}

    create(file: string, text: string): void {
        this.tree.write(file, text);
        this.created.add(file);
    }

    /** Insertions planned on the file's LF text. */
    insert(file: string, plan: (lfSource: string) => Addition[]): void {
        this.apply(file, (source) => editHostFile(source, file, plan, verifyTypeScript(file)));
    }

    /** An edit by a host-files module, which plans and applies in the same frame. */
    apply(file: string, edit: (source: string) => HostFileEdit): void {
        const before = readHostText(this.tree, file);
        const after = edit(before).text;
        if (after === before) return;
        this.tree.write(file, after);
        if (!this.created.has(file)) this.edited.add(file);
    }
}

/** What every step of a run shares. */
export interface RunContext {
    tree: Tree;
    changes: Changes;
    profile: HostProfile;
    /** The provider folder (workspace path). */
    dir: string;
    templates: TemplateSet;
}
