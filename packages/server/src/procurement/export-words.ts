import type { procurement } from "@ariadne/domain";

export const exportLanguages = ["en", "fi", "sv"] as const;
export type ExportLanguage = (typeof exportLanguages)[number];

type Words = {
  clausesTitle: string;
  reportTitle: string;
  registerTitle: string;
  contract: string;
  cpv: string;
  risk: string;
  ruleVersion: string;
  purpose: string;
  stages: string;
  references: string;
  note: string;
  levels: Record<procurement.RiskLevel | "unscreened", string>;
  stageNames: Record<procurement.ClauseStage, string>;
  methods: Record<procurement.MonitoringMethod, string>;
  severities: Record<procurement.FindingSeverity, string>;
  statuses: Record<procurement.ActionStatus, string>;
  rules: Record<procurement.RiskRuleId, string>;
  suppliers: string;
  tier: (n: number) => string;
  monitoring: string;
  checks: string;
  findings: string;
  actions: string;
  none: string;
  possibleTrafficking: string;
  overdue: string;
  deadline: string;
  contracts: string;
  byLevel: string;
  clausesUsed: string;
  auditsDone: string;
  openFindings: string;
  overdueActions: string;
  created: string;
};

const rulesEn = {
  sector: "Sector risk",
  country: "Country risk",
  subcontracting: "Subcontracting depth",
  labour_profile: "Labour profile",
  past_findings: "Past findings against the supplier",
};

/** The words of the procurement exports in each language the web app speaks. */
export const exportWords: Record<ExportLanguage, Words> = {
  en: {
    clausesTitle: "Ethical criteria and social clauses",
    reportTitle: "Contract follow-up report",
    registerTitle: "Contracts register: ethical procurement report",
    contract: "Contract",
    cpv: "CPV 2008 group",
    risk: "Risk level",
    ruleVersion: "Risk rules version",
    purpose: "Purpose",
    stages: "Use in",
    references: "References",
    note: "Model wording from Ariadne's clause library; check it against the national procurement act before use.",
    levels: {
      low: "Low",
      medium: "Medium",
      high: "High",
      very_high: "Very high",
      unscreened: "Not screened",
    },
    stageNames: {
      selection: "Selection criteria",
      award: "Award criteria",
      performance: "Contract performance clause",
    },
    methods: {
      self_assessment: "Supplier self-assessment",
      document_checks: "Document checks",
      on_site_audit: "On-site audit",
      worker_interviews: "Worker interviews",
    },
    severities: { minor: "Minor", major: "Major", critical: "Critical" },
    statuses: { open: "Open", done: "Done", cancelled: "Cancelled" },
    rules: rulesEn,
    suppliers: "Suppliers",
    tier: (n) => (n === 0 ? "main supplier" : `subcontractor, level ${n}`),
    monitoring: "Monitoring plan",
    checks: "Checks done",
    findings: "Findings",
    actions: "Corrective actions",
    none: "None",
    possibleTrafficking: "Possible trafficking",
    overdue: "Overdue",
    deadline: "Deadline",
    contracts: "Contracts",
    byLevel: "Contracts by risk level",
    clausesUsed: "Clauses used",
    auditsDone: "Audits and checks done",
    openFindings: "Open findings",
    overdueActions: "Overdue corrective actions",
    created: "Made on",
  },
  fi: {
    clausesTitle: "Eettiset kriteerit ja sosiaaliset sopimusehdot",
    reportTitle: "Sopimuksen seurantaraportti",
    registerTitle: "Sopimusrekisteri: eettisten hankintojen raportti",
    contract: "Sopimus",
    cpv: "CPV 2008 -ryhmä",
    risk: "Riskitaso",
    ruleVersion: "Riskisääntöjen versio",
    purpose: "Tarkoitus",
    stages: "Käyttö",
    references: "Viitteet",
    note: "Ariadnen ehtokirjaston mallisanamuoto; tarkista se kansallista hankintalakia vasten ennen käyttöä.",
    levels: {
      low: "Matala",
      medium: "Kohtalainen",
      high: "Korkea",
      very_high: "Erittäin korkea",
      unscreened: "Arvioimatta",
    },
    stageNames: {
      selection: "Soveltuvuusvaatimukset",
      award: "Vertailuperusteet",
      performance: "Sopimusehto",
    },
    methods: {
      self_assessment: "Toimittajan itsearviointi",
      document_checks: "Asiakirjatarkastukset",
      on_site_audit: "Auditointi paikan päällä",
      worker_interviews: "Työntekijähaastattelut",
    },
    severities: { minor: "Vähäinen", major: "Merkittävä", critical: "Vakava" },
    statuses: { open: "Avoin", done: "Tehty", cancelled: "Peruttu" },
    rules: {
      sector: "Toimialan riski",
      country: "Maariski",
      subcontracting: "Alihankintaketjun syvyys",
      labour_profile: "Työvoiman profiili",
      past_findings: "Toimittajaa koskevat aiemmat havainnot",
    },
    suppliers: "Toimittajat",
    tier: (n) => (n === 0 ? "päätoimittaja" : `alihankkija, taso ${n}`),
    monitoring: "Seurantasuunnitelma",
    checks: "Tehdyt tarkastukset",
    findings: "Havainnot",
    actions: "Korjaavat toimet",
    none: "Ei yhtään",
    possibleTrafficking: "Mahdollinen ihmiskauppa",
    overdue: "Myöhässä",
    deadline: "Määräaika",
    contracts: "Sopimuksia",
    byLevel: "Sopimukset riskitasoittain",
    clausesUsed: "Käytetyt ehdot",
    auditsDone: "Tehdyt auditoinnit ja tarkastukset",
    openFindings: "Avoimet havainnot",
    overdueActions: "Myöhässä olevat korjaavat toimet",
    created: "Laadittu",
  },
  sv: {
    clausesTitle: "Etiska krav och sociala villkor",
    reportTitle: "Uppföljningsrapport för avtalet",
    registerTitle: "Avtalsregister: rapport om etisk upphandling",
    contract: "Avtal",
    cpv: "CPV 2008-grupp",
    risk: "Risknivå",
    ruleVersion: "Riskreglernas version",
    purpose: "Syfte",
    stages: "Används i",
    references: "Hänvisningar",
    note: "Mallformulering ur Ariadnes villkorsbibliotek; kontrollera den mot den nationella upphandlingslagen före användning.",
    levels: { low: "Låg", medium: "Medel", high: "Hög", very_high: "Mycket hög", unscreened: "Inte bedömd" },
    stageNames: {
      selection: "Kvalificeringskrav",
      award: "Tilldelningskriterier",
      performance: "Särskilt kontraktsvillkor",
    },
    methods: {
      self_assessment: "Leverantörens självskattning",
      document_checks: "Dokumentgranskning",
      on_site_audit: "Revision på plats",
      worker_interviews: "Intervjuer med arbetstagare",
    },
    severities: { minor: "Mindre", major: "Betydande", critical: "Allvarlig" },
    statuses: { open: "Öppen", done: "Klar", cancelled: "Inställd" },
    rules: {
      sector: "Branschrisk",
      country: "Landrisk",
      subcontracting: "Underleverantörskedjans djup",
      labour_profile: "Arbetskraftens profil",
      past_findings: "Tidigare avvikelser hos leverantören",
    },
    suppliers: "Leverantörer",
    tier: (n) => (n === 0 ? "huvudleverantör" : `underleverantör, led ${n}`),
    monitoring: "Uppföljningsplan",
    checks: "Genomförda kontroller",
    findings: "Avvikelser",
    actions: "Korrigerande åtgärder",
    none: "Inga",
    possibleTrafficking: "Möjlig människohandel",
    overdue: "Försenad",
    deadline: "Tidsfrist",
    contracts: "Avtal",
    byLevel: "Avtal per risknivå",
    clausesUsed: "Använda villkor",
    auditsDone: "Genomförda revisioner och kontroller",
    openFindings: "Öppna avvikelser",
    overdueActions: "Försenade korrigerande åtgärder",
    created: "Upprättad",
  },
};
