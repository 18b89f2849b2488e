export { Alert } from "./alert.tsx";
export { errorText, fieldErrorsOf, translatedFieldErrors } from "./errors.ts";
export { CheckboxField, CheckboxGroup, SelectField, TextField } from "./field.tsx";
export { Loading, Page } from "./page.tsx";
export { type Load, useLoad } from "./use-load.ts";
export { type Checked, checkForm, reasonText } from "./validate.ts";
