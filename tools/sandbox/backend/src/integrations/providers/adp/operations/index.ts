// Workers
export * from "./workers";

// Payroll
export * from "./payroll";
