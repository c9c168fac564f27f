export { DatabricksProvider } from "./DatabricksProvider";
