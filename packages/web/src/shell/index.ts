export { AppShell } from "./app-shell.tsx";
export { LanguageSwitcher } from "./language-switcher.tsx";
export { type ModuleEntry, moduleEntries, visibleModules } from "./modules.ts";
