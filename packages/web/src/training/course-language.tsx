import { training } from "@ariadne/domain";
import { useTranslation } from "react-i18next";
import { SelectField } from "../ui/index.ts";

/** The course language nearest the reader's: a course is written in English, Finnish or Swedish. */
export const courseLanguageOf = (l: string): training.CourseLanguage => (l === "fi" || l === "sv" ? l : "en");

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
      {training.courseLanguages.map((l) => (
        <option key={l} value={l}>
          {t(`training.languages.${l}`)}
        </option>
      ))}
    </SelectField>
  );
}
