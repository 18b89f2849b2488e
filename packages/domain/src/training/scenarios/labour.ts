import { type Scenario, scenario as s } from "./scenario.ts";

const AL = ["adult_labour" as const];
const CL = ["child_labour" as const];

/** Labour exploitation: agriculture, construction, cleaning, restaurants, beauty. */
export const labourScenarios: readonly Scenario[] = [
  s(
    "agri-berry-fee",
    "agriculture",
    AL,
    ["ari.act.05", "alx.dec.08", "alx.exp.01", "alx.exp.04", "alx.cod.02"],
    { voluntary: true },
  ),
  s("agri-greenhouse-hours", "agriculture", AL, ["alx.dec.08", "alx.exp.01"], { voluntary: true }),
  s(
    "agri-full-case",
    "agriculture",
    AL,
    ["alx.dec.08", "alx.dec.02", "alx.dec.07", "alx.exp.01", "alx.exp.04", "alx.cod.02", "alx.cod.14"],
    {},
  ),
  s("agri-no-concern", "agriculture", AL, [], {
    voluntary: true,
    absent: [
      "alx.exp.01",
      "alx.exp.04",
      "alx.cod.01",
      "alx.cod.02",
      "alx.cod.03",
      "ari.act.05",
      "ari.mea.02",
    ],
  }),
  s(
    "construction-passport-unpaid",
    "construction",
    AL,
    ["alx.cod.01", "alx.exp.04", "alx.cod.14", "alx.exp.02", "ari.mea.01"],
    { voluntary: true },
  ),
  s("construction-labour-law", "construction", AL, ["alx.exp.05", "alx.exp.06"], {
    voluntary: true,
    absent: ["alx.cod.01", "alx.cod.03"],
  }),
  s("construction-passport-only", "construction", AL, ["alx.cod.01"], {}),
  s("construction-subcontractor-fee", "construction", AL, ["ari.act.05"], { voluntary: true }),
  s("cleaning-bank-card", "cleaning", AL, ["ari.mea.02", "alx.exp.01", "alx.exp.02"], { voluntary: true }),
  s("cleaning-fee-low-pay", "cleaning", AL, ["ari.act.05", "alx.exp.04"], { voluntary: true }),
  s("cleaning-hotel-no-concern", "cleaning", AL, [], {
    voluntary: true,
    absent: ["alx.exp.01", "alx.exp.04", "alx.cod.01", "ari.mea.02", "ari.act.05"],
  }),
  s(
    "restaurant-permit-threat",
    "restaurant",
    AL,
    ["alx.exp.01", "alx.exp.08", "ari.mea.01", "alx.vud.05", "alx.vud.01"],
    { voluntary: true },
  ),
  s(
    "restaurant-full-case",
    "restaurant",
    AL,
    ["alx.dec.08", "alx.dec.02", "alx.dec.05", "alx.exp.01", "alx.exp.04", "alx.cod.01", "alx.cod.14"],
    {},
  ),
  s("restaurant-wages-held", "restaurant", AL, ["alx.exp.01", "alx.cod.14"], { voluntary: true }),
  s(
    "child-restaurant-school",
    "restaurant",
    CL,
    ["clx.dec.02", "clx.dec.06", "clx.exp.01", "clx.exp.08", "clx.exp.02"],
    { child: true },
  ),
  s(
    "beauty-travel-debt",
    "beauty",
    AL,
    ["ari.act.05", "alx.exp.02", "alx.exp.01", "alx.exp.04", "alx.cod.03"],
    {},
  ),
  s("beauty-child", "beauty", CL, ["clx.exp.01", "clx.exp.04", "clx.vul.02"], { child: true }),
];
