import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type AreaDraft, areaProblem, parseArea, withoutLastCorner } from "./area.ts";

/**
 * The corners of an area: drawn by clicking the map (the page sends the clicks to the draft) or
 * typed one "lat, lon" a line, which is the keyboard and screen reader way to the same polygon.
 */
export function AreaField(props: {
  draft: AreaDraft;
  error?: string | undefined;
  onDraft(next: AreaDraft): void;
  onError(message: string | undefined): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { draft } = props;
  const corners = parseArea(draft.text).corners.length;
  const set = (change: Partial<AreaDraft>) => props.onDraft({ ...draft, ...change });

  function finish() {
    const problem = areaProblem(draft.text);
    if (problem) {
      props.onError(
        problem.key === "areaLine" ? t("map.areaLine", { line: problem.line }) : t("map.areaTooFew"),
      );
      return;
    }
    props.onError(undefined);
    set({ drawing: false });
  }

  return (
    <div className={props.error ? "field field-invalid map-area" : "field map-area"}>
      <label htmlFor={id}>{t("map.areaLabel")}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t("map.areaHint")}
      </p>
      {props.error ? (
        <p className="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <textarea
        id={id}
        name="area"
        className="map-area-input"
        rows={5}
        value={draft.text}
        onChange={(e) => set({ text: e.target.value })}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
      <p className="field-hint" role="status">
        {t("map.areaCorners", { count: corners })} ·{" "}
        {draft.drawing ? t("map.areaDrawing") : t("map.areaFinished")}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-small"
          disabled={corners === 0}
          onClick={() => set({ text: withoutLastCorner(draft.text), drawing: true })}
        >
          {t("map.areaUndo")}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={!draft.text}
          onClick={() => {
            props.onError(undefined);
            set({ text: "", drawing: true });
          }}
        >
          {t("map.areaClear")}
        </button>
        {draft.drawing ? (
          <button type="button" className="button button-small" onClick={finish}>
            {t("map.areaFinish")}
          </button>
        ) : (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              props.onError(undefined);
              set({ text: "", drawing: true });
            }}
          >
            {t("map.areaRedraw")}
          </button>
        )}
      </div>
    </div>
  );
}
