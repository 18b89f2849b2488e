import { i18n, type training } from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import { LanguageOptions } from "../i18n/language-options.tsx";
import { SelectField } from "../ui/index.ts";

/** The course language nearest the reader's: a course can be written in any language Ariadne speaks. */
export const courseLanguageOf = (l: string): training.CourseLanguage => i18n.localeOf(l) ?? "en";

/** The language a course or scenario is written in. */
export function CourseLanguageField({
  value,
  onChange,
}: {
  value: training.CourseLanguage;
  onChange: (next: training.CourseLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t("training.editor.language")}
      value={value}
      onChange={(e) => onChange(e.target.value as training.CourseLanguage)}
    >
      <LanguageOptions />
    </SelectField>
  );
}
