// Prints one closing line in the plain "N passed, N failed" form, after Jest's own summary.
class SummaryReporter {
    onRunComplete(_contexts, results) {
        const skipped = results.numPendingTests + results.numTodoTests;
        const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
        process.stdout.write(
            `\nTests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`
        );
    }
}
module.exports = SummaryReporter;
