import { type Scenario, scenario as s } from "./scenario.ts";

const AL = ["adult_labour" as const];
const AS = ["adult_sexual" as const];
const CL = ["child_labour" as const];
const CS = ["child_sexual" as const];

/** Domestic work, begging, criminality, sexual exploitation, sham marriage, benefit fraud. */
export const otherScenarios: readonly Scenario[] = [
  s("domestic-au-pair", "domestic_work", AL, ["sup.dom.03", "sup.dom.02", "alx.exp.04"], { voluntary: true }),
  s("domestic-lives-in", "domestic_work", AL, ["sup.dom.01"], { voluntary: true }),
  s(
    "domestic-child-relatives",
    "domestic_work",
    CL,
    ["clx.exp.08", "sup.dom.03", "clx.exp.04", "clx.vul.01"],
    { child: true },
  ),
  s("begging-takings-id", "begging", AL, ["sup.beg.01", "sup.beg.03", "ari.act.05", "alx.cod.01"], {}),
  s("begging-own-choice", "begging", AL, ["alx.vul.06"], { voluntary: true, absent: ["sup.beg.01"] }),
  s("begging-child-quota", "begging", CL, ["sup.beg.04", "sup.beg.01", "sup.beg.02"], { child: true }),
  s("crime-cannabis-farm", "criminality", AL, ["sup.crm.01", "alx.cod.05", "alx.cod.03", "alx.cod.02"], {}),
  s("crime-child-shoplifting", "criminality", CL, ["sup.crm.01", "sup.crm.02"], { child: true }),
  s("crime-drug-runner-keep-asking", "criminality", AL, ["sup.crm.04"], {}),
  s(
    "sexual-debt-threats",
    "sexual_exploitation",
    AS,
    ["ari.act.01", "asx.dec.07", "asx.exp.01", "asx.exp.04", "asx.cod.02", "asx.cod.03", "asx.cod.13"],
    {},
  ),
  s("sexual-massage-parlour", "sexual_exploitation", AS, ["asx.exp.02"], {
    voluntary: true,
    absent: ["asx.cod.01"],
  }),
  s("sexual-hotel-night", "sexual_exploitation", AS, ["asx.cod.05", "asx.vud.02"], {}),
  s("sexual-child-boyfriend", "sexual_exploitation", CS, ["csx.cod.04", "csx.exp.03", "csx.vul.10"], {
    child: true,
  }),
  s("sexual-child-taxi", "sexual_exploitation", CS, ["csx.cod.07"], { child: true }),
  s("marriage-sham", "sham_marriage", AS, ["sup.mar.02", "ari.act.04", "asx.cod.04", "sup.mar.04"], {}),
  s("marriage-forced-young-adult", "sham_marriage", AS, ["sup.mar.01", "sup.mar.03", "sup.mar.05"], {}),
  s(
    "benefit-accounts",
    "benefit_fraud",
    AL,
    ["sup.ben.01", "ari.pur.01", "ari.mea.02", "alx.exp.02", "alx.exp.04"],
    { voluntary: true },
  ),
  s("benefit-address", "benefit_fraud", AL, ["sup.ben.02"], { voluntary: true }),
  s("benefit-spokesperson", "benefit_fraud", AL, ["sup.ben.03", "sup.ben.04"], {}),
];
