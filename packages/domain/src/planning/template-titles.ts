import { recommendedAction } from "./template.ts";

/** By the template's recommended-action id (`planning.recommendedActionIds`). */
type Titles = Record<string, string>;

/**
 * The recommended actions of the guidelines' template in the reader's language, by the template's
 * id: the API stores the template's id beside the canonical (English) wording, and the web and the
 * plan's PDF show this. The quotes stay in the source's language: they cite it.
 */
export const templateLocales: Record<"en" | "fi" | "sv", { strengthen: string; actions: Titles }> = {
  en: {
    strengthen: "Strengthen: {{title}}",
    actions: {
      "mapping.vulnerable-groups": "Map the vulnerable groups in the municipality",
      "mapping.locations": "Map the relevant locations and sectors",
      "mapping.identifying-actors": "Map the actors who can identify victims",
      "mapping.forms": "Record the forms of exploitation seen locally",
      "mapping.priorities": "Set local priorities and target resources from the mapping",
      "identification.early": "Focus on early identification",
      "identification.training":
        "Train the professional groups who work with migrants and other vulnerable groups",
      "identification.outreach":
        "Do outreach work and offer services that support and empower vulnerable groups",
      "identification.joint-services":
        "Offer services together with NGOs, churches, trade unions, local associations and migrants' own organisations",
      "referral.map-services":
        "Map the services for (potential) victims and the actors who provide or could provide them",
      "referral.responsibilities": "Assign clear areas of responsibility in identification and referral",
      "referral.unconditional-assistance":
        "Provide unconditional, rights-based assistance also to potential victims",
      "referral.scheme-of-assistance": "Agree a local scheme of assistance",
      "prevention.awareness": "Raise awareness with general and targeted initiatives",
      "prevention.new-target-groups":
        "Extend prevention work to new target groups (taxi drivers, librarians, health inspectors)",
      "prevention.outreach": "Offer outreach activities to populations at risk",
      "prevention.procurement": "Include ethical criteria and social clauses in public procurement",
      "cooperation.focus-resources": "Set priorities and focus actions where resources are scarce",
      "cooperation.strategies":
        "Build the topic into crime prevention strategies and policies on social exclusion, violence against women and integration",
      "cooperation.partnership": "Build a multidisciplinary partnership",
    },
  },
  fi: {
    strengthen: "Vahvista: {{title}}",
    actions: {
      "mapping.vulnerable-groups": "Kartoita kunnan haavoittuvassa asemassa olevat ryhmät",
      "mapping.locations": "Kartoita olennaiset paikat ja toimialat",
      "mapping.identifying-actors": "Kartoita toimijat, jotka voivat tunnistaa uhreja",
      "mapping.forms": "Kirjaa paikallisesti havaitut hyväksikäytön muodot",
      "mapping.priorities": "Aseta paikalliset painopisteet ja kohdenna resurssit kartoituksen perusteella",
      "identification.early": "Keskity varhaiseen tunnistamiseen",
      "identification.training":
        "Kouluta ammattiryhmät, jotka työskentelevät maahanmuuttajien ja muiden haavoittuvien ryhmien kanssa",
      "identification.outreach":
        "Tee etsivää työtä ja tarjoa palveluja, jotka tukevat ja vahvistavat haavoittuvia ryhmiä",
      "identification.joint-services":
        "Tarjoa palveluja yhdessä järjestöjen, seurakuntien, ammattiliittojen, paikallisten yhdistysten ja maahanmuuttajien omien järjestöjen kanssa",
      "referral.map-services":
        "Kartoita (mahdollisten) uhrien palvelut ja toimijat, jotka tarjoavat tai voisivat tarjota niitä",
      "referral.responsibilities": "Sovi selkeät vastuualueet tunnistamisessa ja ohjaamisessa",
      "referral.unconditional-assistance":
        "Tarjoa ehdotonta, oikeusperustaista apua myös mahdollisille uhreille",
      "referral.scheme-of-assistance": "Sovi paikallinen auttamisjärjestelmä",
      "prevention.awareness": "Lisää tietoisuutta yleisillä ja kohdennetuilla toimilla",
      "prevention.new-target-groups":
        "Laajenna ennaltaehkäisevä työ uusiin kohderyhmiin (taksinkuljettajat, kirjastonhoitajat, terveystarkastajat)",
      "prevention.outreach": "Tarjoa etsivää toimintaa riskiryhmille",
      "prevention.procurement": "Sisällytä julkisiin hankintoihin eettiset kriteerit ja sosiaaliset ehdot",
      "cooperation.focus-resources": "Aseta painopisteet ja kohdenna toimet, kun resursseja on niukasti",
      "cooperation.strategies":
        "Sisällytä aihe rikoksentorjunnan strategioihin sekä syrjäytymistä, naisiin kohdistuvaa väkivaltaa ja kotoutumista koskeviin linjauksiin",
      "cooperation.partnership": "Rakenna monialainen kumppanuus",
    },
  },
  sv: {
    strengthen: "Stärk: {{title}}",
    actions: {
      "mapping.vulnerable-groups": "Kartlägg de utsatta grupperna i kommunen",
      "mapping.locations": "Kartlägg relevanta platser och branscher",
      "mapping.identifying-actors": "Kartlägg aktörerna som kan identifiera offer",
      "mapping.forms": "Registrera de former av exploatering som ses lokalt",
      "mapping.priorities": "Sätt lokala prioriteringar och rikta resurserna utifrån kartläggningen",
      "identification.early": "Fokusera på tidig identifiering",
      "identification.training":
        "Utbilda de yrkesgrupper som arbetar med migranter och andra utsatta grupper",
      "identification.outreach":
        "Bedriv uppsökande arbete och erbjud tjänster som stöder och stärker utsatta grupper",
      "identification.joint-services":
        "Erbjud tjänster tillsammans med frivilligorganisationer, kyrkor, fackförbund, lokala föreningar och migranters egna organisationer",
      "referral.map-services":
        "Kartlägg tjänsterna för (potentiella) offer och aktörerna som erbjuder eller skulle kunna erbjuda dem",
      "referral.responsibilities": "Fördela tydliga ansvarsområden för identifiering och hänvisning",
      "referral.unconditional-assistance":
        "Ge villkorslöst, rättighetsbaserat stöd även till potentiella offer",
      "referral.scheme-of-assistance": "Kom överens om en lokal stödordning",
      "prevention.awareness": "Öka medvetenheten med allmänna och riktade insatser",
      "prevention.new-target-groups":
        "Utvidga det förebyggande arbetet till nya målgrupper (taxichaufförer, bibliotekarier, hälsoinspektörer)",
      "prevention.outreach": "Erbjud uppsökande verksamhet till riskgrupper",
      "prevention.procurement": "Ta med etiska kriterier och sociala klausuler i offentlig upphandling",
      "cooperation.focus-resources": "Prioritera och fokusera insatserna när resurserna är knappa",
      "cooperation.strategies":
        "Bygg in frågan i brottsförebyggande strategier och i politiken mot social utestängning, våld mot kvinnor och för integration",
      "cooperation.partnership": "Bygg ett tvärprofessionellt partnerskap",
    },
  },
};

export type TemplateLanguage = keyof typeof templateLocales;

function templateLanguage(lang: string): TemplateLanguage {
  const base = lang.slice(0, 2).toLowerCase();
  return base === "fi" || base === "sv" ? base : "en";
}

/**
 * A recommended action's title in the reader's language. The server stores a seeded action point's
 * template id and the template's canonical wording (or "Strengthen: …" for a self-assessment's
 * partial answer); that wording is read back to its key here, so rows stored before this existed
 * read the same. A title the user changed is theirs and is shown as written.
 */
export function templateTitle(
  templateActionId: string | null | undefined,
  stored: string,
  lang: string,
): string {
  const action = templateActionId ? recommendedAction(templateActionId) : undefined;
  if (!action) return stored;
  const l = templateLocales[templateLanguage(lang)];
  const title = l.actions[action.id] ?? action.title;
  if (stored === action.title) return title;
  if (stored === `Strengthen: ${action.title}`) return l.strengthen.replace("{{title}}", title);
  return stored;
}

/** The title of a recommended action by its id alone (the self-assessment's proposals). */
export function recommendedActionTitle(id: string, lang: string): string {
  const action = recommendedAction(id);
  return action ? templateTitle(id, action.title, lang) : id;
}
