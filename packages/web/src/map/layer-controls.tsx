import { useTranslation } from "react-i18next";
import { type ToggleableLayer, toggleableLayers } from "./layer-names.ts";

/**
 * The map's layer switches, each a labelled checkbox with the layer's symbol, which makes them
 * the map's legend too. The density note says what the shading means.
 */
export function LayerControls(props: {
  visible: ReadonlySet<ToggleableLayer>;
  counts: Record<ToggleableLayer, number>;
  onChange(next: Set<ToggleableLayer>): void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="map-layers">
      <legend>{t("map.layersLegend")}</legend>
      <ul>
        {toggleableLayers.map((name) => (
          <li key={name}>
            <label>
              <input
                type="checkbox"
                name={`layer-${name}`}
                checked={props.visible.has(name)}
                onChange={(e) => {
                  const next = new Set(props.visible);
                  if (e.target.checked) next.add(name);
                  else next.delete(name);
                  props.onChange(next);
                }}
              />{" "}
              <span className={`map-swatch map-swatch-${name}`} aria-hidden="true" />{" "}
              {t(`map.layers.${name}`)} ({props.counts[name]})
            </label>
          </li>
        ))}
      </ul>
      <p className="field-hint">{t("map.layersHint")}</p>
    </fieldset>
  );
}
