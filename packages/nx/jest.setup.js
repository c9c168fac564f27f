// Generators report what they add through Nx's logger (console.info); keep test output readable.
// Tests that assert on those messages spy on logger.info themselves.
beforeEach(() => {
    jest.spyOn(console, "info").mockImplementation(() => undefined);
});
