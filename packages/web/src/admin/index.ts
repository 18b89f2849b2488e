export { adminApi, type Scope } from "./admin-api.ts";
