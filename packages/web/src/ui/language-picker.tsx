import { type KeyboardEvent, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { iso639_1, languageName } from "./code-names.ts";
import "./language-picker.css";

/** The choices matching what was typed: by name in the reader's language, by English name or by code. */
export function matchLanguages(query: string, lang: string, chosen: readonly string[]): string[] {
  const q = query.trim().toLowerCase();
  const open = iso639_1.filter((c) => !chosen.includes(c));
  const named = open.map((code) => ({ code, name: languageName(code, lang), en: languageName(code, "en") }));
  const hits = q
    ? named.filter((l) => l.code === q || l.name.toLowerCase().includes(q) || l.en.toLowerCase().includes(q))
    : named;
  // The exact code first, then names that start with the query, then the rest, each by name.
  const rank = (l: (typeof named)[number]) =>
    l.code === q ? 0 : l.name.toLowerCase().startsWith(q) || l.en.toLowerCase().startsWith(q) ? 1 : 2;
  return hits
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, lang))
    .slice(0, 12)
    .map((l) => l.code);
}

/** Codes typed as such ("lt, ru"), when every word is one: taken as they are on leaving the field. */
export function typedCodes(query: string): string[] | null {
  const words = query
    .split(/[\s,;]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
  return words.length > 0 && words.every((w) => iso639_1.includes(w)) ? words : null;
}

/**
 * Languages picked from a searchable list (WAI-ARIA combobox with a listbox): type a name in your
 * own language, or a code (the list opens as you type, or with the down arrow); arrow keys move,
 * Enter picks and closes the list, Escape closes it. Chosen languages are listed
 * by name, each with a button to remove it. Stores ISO 639-1 codes.
 */
export function LanguagePicker({
  label,
  hint,
  value,
  onChange,
  error,
}: {
  label: string;
  hint?: string | undefined;
  value: readonly string[];
  onChange(codes: string[]): void;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const options = useMemo(() => matchLanguages(query, i18n.language, value), [query, i18n.language, value]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");

  function pick(code: string | undefined) {
    if (!code) return;
    onChange([...value, code]);
    setQuery("");
    setActive(0);
    setOpen(false);
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && typedCodes(query)) {
      // Codes typed as such ("fi, ru") are taken whole; Enter never sends the form from here.
      e.preventDefault();
      onChange([...new Set([...value, ...(typedCodes(query) ?? [])])]);
      setQuery("");
      setOpen(false);
    } else if (e.key === "Enter" && open && options.length > 0) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    } else if (e.key === "Backspace" && query === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }
  function onBlur() {
    setOpen(false);
    const codes = typedCodes(query);
    if (codes) {
      onChange([...new Set([...value, ...codes])]);
      setQuery("");
    }
  }

  const expanded = open && options.length > 0;
  return (
    <div className={error ? "field field-invalid language-picker" : "field language-picker"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="language-chosen">
          {value.map((code) => (
            <li key={code}>
              <span lang={code}>{languageName(code, i18n.language)}</span>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t("common.removeLanguage", { name: languageName(code, i18n.language) })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="language-combo">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          placeholder={t("common.languageSearch")}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
        />
        {expanded ? (
          <div
            id={listId}
            role="listbox"
            aria-label={t("common.languageChoices")}
            className="language-options"
          >
            {options.map((code, i) => (
              <div
                key={code}
                id={optionId(i)}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={i === active ? "language-option language-option-active" : "language-option"}
                // mousedown, not click: picking must not blur the input first
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(code);
                }}
              >
                {languageName(code, i18n.language)} <span className="muted">({code})</span>
              </div>
            ))}
          </div>
        ) : (
          <div id={listId} role="listbox" aria-label={t("common.languageChoices")} hidden />
        )}
      </div>
    </div>
  );
}
