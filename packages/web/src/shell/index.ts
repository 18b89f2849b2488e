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
export { PublicLayout, SiteFooter } from "./site-footer.tsx";
export { SkipLink } from "./skip-link.tsx";
