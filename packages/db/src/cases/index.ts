export * from "./persons.ts";
