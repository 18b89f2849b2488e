export * from "./device-draft-key.ts";
export * from "./envelope.ts";
export * from "./keyring.ts";
export * from "./master-key.ts";
