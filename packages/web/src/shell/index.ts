export { AppShell } from "./app-shell.tsx";
export { LanguageSwitcher } from "./language-switcher.tsx";
export {
  type AdminSection,
  adminSections,
  type ModuleEntry,
  moduleEntries,
  visibleAdminSections,
  visibleModules,
} from "./modules.ts";
