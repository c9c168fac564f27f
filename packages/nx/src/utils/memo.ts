/**
 * Remembers the last result of `read(source, fileName)` per file name. Checking or registering many
 * providers (verify's batch, the sync generator) reads the same unchanged host files once per
 * provider; the parse and its model are reused while the text is the same. Results are only read.
 */
export function lastReadPerFile<T>(
    read: (source: string, fileName: string) => T
): (source: string, fileName: string) => T {
    const last = new Map<string, { source: string; result: T }>();
    return (source, fileName) => {
        const cached = last.get(fileName);
        if (cached?.source === source) return cached.result;
        const result = read(source, fileName);
        last.set(fileName, { source, result });
        return result;
    };
}
