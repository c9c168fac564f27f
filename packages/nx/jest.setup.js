// Generators report what they add and what they warn about through Nx's logger (console.info /
// console.warn); keep test output readable. Tests that assert on those messages spy on the logger.
beforeEach(() => {
    jest.spyOn(console, "info").mockImplementation(() => undefined);
    jest.spyOn(console, "warn").mockImplementation(() => undefined);
});
