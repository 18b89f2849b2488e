import type { RiskLevel } from "./risk-sources.ts";
import { riskRank } from "./risk-sources.ts";

/** Where a clause goes in the tender (Directive 2014/24/EU: selection art. 58, award art. 67, performance art. 70). */
export const clauseStages = ["selection", "award", "performance"] as const;
export type ClauseStage = (typeof clauseStages)[number];

export type Localised = { en: string; fi: string; sv: string };

export interface Clause {
  id: string;
  stages: readonly ClauseStage[];
  /** Recommended from this risk level up. */
  fromLevel: RiskLevel;
  /** ILO conventions and EU law the clause refers to. */
  references: readonly string[];
  title: Localised;
  purpose: Localised;
  wording: Localised;
}

export const clauseLibraryVersion = "clauses-2026-12";

/**
 * Ethical criteria and social contract clauses for public procurement (issue 16, item 3). The
 * wording is Ariadne's model text, written for municipalities to adapt; it follows the ILO core
 * conventions (C29 and P29, C105, C87, C98, C100, C111, C138, C182, C155, C187) and Directive
 * 2014/24/EU art. 18(2), 57, 67, 70 and 71. It is not legal advice: the municipality's lawyer
 * checks it against the national procurement act.
 */
export const clauseLibrary: readonly Clause[] = [
  {
    id: "labour_rights",
    stages: ["performance"],
    fromLevel: "low",
    references: [
      "ILO C29/P29",
      "C105",
      "C87",
      "C98",
      "C100",
      "C111",
      "C138",
      "C182",
      "C155",
      "C187",
      "Directive 2014/24/EU art. 18(2)",
    ],
    title: {
      en: "Labour rights and the ILO core conventions",
      fi: "Työelämän oikeudet ja ILO:n ydinsopimukset",
      sv: "Arbetsrätt och ILO:s kärnkonventioner",
    },
    purpose: {
      en: "Makes respect for fundamental labour rights a condition of the contract throughout the supply chain.",
      fi: "Tekee työelämän perusoikeuksien kunnioittamisesta sopimusehdon koko toimitusketjussa.",
      sv: "Gör respekten för grundläggande arbetsrätt till ett avtalsvillkor i hela leveranskedjan.",
    },
    wording: {
      en: "The Supplier shall ensure that the goods and services under this contract are produced and delivered in conditions that respect the ILO core conventions on forced labour (C29, P29, C105), child labour (C138, C182), freedom of association and collective bargaining (C87, C98), non-discrimination (C100, C111) and occupational safety and health (C155, C187), and the labour law of the country where the work is done. The Supplier shall require the same of its subcontractors at every tier.",
      fi: "Toimittaja varmistaa, että tämän sopimuksen tavarat ja palvelut tuotetaan ja toimitetaan olosuhteissa, joissa noudatetaan ILO:n ydinsopimuksia pakkotyöstä (C29, P29, C105), lapsityöstä (C138, C182), yhdistymisvapaudesta ja kollektiivisesta neuvotteluoikeudesta (C87, C98), syrjimättömyydestä (C100, C111) sekä työturvallisuudesta ja -terveydestä (C155, C187) ja työn tekomaan työlainsäädäntöä. Toimittaja edellyttää samaa kaikilta alihankkijoiltaan kaikissa ketjun portaissa.",
      sv: "Leverantören ska säkerställa att varor och tjänster enligt detta avtal produceras och levereras under förhållanden som respekterar ILO:s kärnkonventioner om tvångsarbete (C29, P29, C105), barnarbete (C138, C182), föreningsfrihet och kollektiva förhandlingar (C87, C98), icke-diskriminering (C100, C111) och arbetsmiljö (C155, C187) samt arbetsrätten i det land där arbetet utförs. Leverantören ska kräva detsamma av sina underleverantörer i alla led.",
    },
  },
  {
    id: "wages_and_hours",
    stages: ["performance"],
    fromLevel: "low",
    references: [
      "Directive 2014/24/EU art. 18(2)",
      "Directive 96/71/EC (posting of workers)",
      "ILO C1",
      "C131",
    ],
    title: { en: "Wages and working hours", fi: "Palkat ja työajat", sv: "Löner och arbetstider" },
    purpose: {
      en: "Secures at least the applicable minimum wage and collective agreement terms, paid in full and on time, and lawful working hours.",
      fi: "Turvaa vähintään sovellettavan vähimmäispalkan ja työehtosopimuksen ehdot, täysimääräisen ja oikea-aikaisen palkanmaksun sekä lainmukaiset työajat.",
      sv: "Säkerställer minst gällande minimilön och kollektivavtalsvillkor, betalda fullt ut och i tid, samt lagliga arbetstider.",
    },
    wording: {
      en: "The Supplier shall pay every worker performing this contract at least the wage and benefits due under the applicable law and generally applicable collective agreement, in full, on time and into an account in the worker's own name, with a written pay slip. Working hours, overtime and rest periods shall comply with the applicable law and collective agreement. On request the Supplier shall provide payroll and working-time records for the workers of this contract.",
      fi: "Toimittaja maksaa jokaiselle tätä sopimusta toteuttavalle työntekijälle vähintään sovellettavan lain ja yleissitovan työehtosopimuksen mukaisen palkan ja edut täysimääräisinä, ajallaan ja työntekijän omalle tilille sekä antaa kirjallisen palkkalaskelman. Työajat, ylityöt ja lepoajat noudattavat sovellettavaa lakia ja työehtosopimusta. Pyydettäessä toimittaja toimittaa tämän sopimuksen työntekijöiden palkka- ja työaikakirjanpidon.",
      sv: "Leverantören ska betala varje arbetstagare som utför detta avtal minst den lön och de förmåner som gäller enligt tillämplig lag och allmänt tillämpligt kollektivavtal, fullt ut, i tid och till ett konto i arbetstagarens eget namn, med skriftlig lönespecifikation. Arbetstid, övertid och vila ska följa tillämplig lag och kollektivavtal. På begäran ska leverantören lämna löne- och arbetstidsuppgifter för avtalets arbetstagare.",
    },
  },
  {
    id: "no_recruitment_fees",
    stages: ["performance"],
    fromLevel: "medium",
    references: [
      "ILO C181 art. 7",
      "ILO General principles and operational guidelines for fair recruitment (2019)",
    ],
    title: {
      en: "No recruitment fees charged to workers",
      fi: "Ei rekrytointimaksuja työntekijöiltä",
      sv: "Inga rekryteringsavgifter från arbetstagare",
    },
    purpose: {
      en: "Prevents debt bondage: the employer pays the costs of recruitment (the employer pays principle).",
      fi: "Ehkäisee velkaorjuutta: työnantaja maksaa rekrytoinnin kulut (työnantaja maksaa -periaate).",
      sv: "Förebygger skuldslaveri: arbetsgivaren betalar rekryteringens kostnader (principen att arbetsgivaren betalar).",
    },
    wording: {
      en: "Neither the Supplier, its subcontractors nor any recruitment agency they use shall charge workers, directly or indirectly, any fee or cost for their recruitment, placement, travel, visa or work permit. Any such fee found to have been paid shall be reimbursed to the worker by the Supplier within 30 days.",
      fi: "Toimittaja, sen alihankkijat tai niiden käyttämät rekrytointiyritykset eivät saa periä työntekijöiltä suoraan tai välillisesti maksuja tai kuluja rekrytoinnista, työhönsijoituksesta, matkoista, viisumista tai työluvasta. Jos tällaisia maksuja todetaan perityn, toimittaja korvaa ne työntekijälle 30 päivän kuluessa.",
      sv: "Varken leverantören, dess underleverantörer eller rekryteringsföretag som de anlitar får direkt eller indirekt ta ut avgifter eller kostnader av arbetstagare för rekrytering, placering, resor, visum eller arbetstillstånd. Om sådana avgifter har tagits ut ska leverantören ersätta arbetstagaren inom 30 dagar.",
    },
  },
  {
    id: "no_document_retention",
    stages: ["performance"],
    fromLevel: "medium",
    references: ["ILO indicators of forced labour (2012): retention of identity documents", "ILO P29"],
    title: {
      en: "No retention of identity documents",
      fi: "Henkilöpapereita ei pidätetä",
      sv: "Inget kvarhållande av identitetshandlingar",
    },
    purpose: {
      en: "Keeps workers free to leave: holding passports or permits is an indicator of forced labour.",
      fi: "Säilyttää työntekijän vapauden lähteä: passin tai luvan pidättäminen on pakkotyön tunnusmerkki.",
      sv: "Bevarar arbetstagarens frihet att lämna: att hålla inne pass eller tillstånd är en indikator på tvångsarbete.",
    },
    wording: {
      en: "The Supplier and its subcontractors shall not retain, hold in safekeeping or otherwise control workers' passports, identity cards, residence or work permits, or bank cards, and shall not make their return conditional on any payment or on finishing a period of work.",
      fi: "Toimittaja ja sen alihankkijat eivät pidätä, säilytä tai muutoin hallitse työntekijöiden passeja, henkilökortteja, oleskelu- tai työlupia tai pankkikortteja, eivätkä aseta niiden palauttamisen ehdoksi maksua tai työjakson päättymistä.",
      sv: "Leverantören och dess underleverantörer får inte hålla inne, förvara eller på annat sätt kontrollera arbetstagares pass, identitetskort, uppehålls- eller arbetstillstånd eller bankkort, och får inte göra återlämnandet beroende av betalning eller av att en arbetsperiod fullgörs.",
    },
  },
  {
    id: "subcontracting_transparency",
    stages: ["selection", "performance"],
    fromLevel: "medium",
    references: ["Directive 2014/24/EU art. 71"],
    title: {
      en: "Subcontracting transparency and approval",
      fi: "Alihankinnan läpinäkyvyys ja hyväksyntä",
      sv: "Öppenhet och godkännande vid underleverantörer",
    },
    purpose: {
      en: "Makes the whole chain visible: long, hidden subcontracting chains are where exploitation is found.",
      fi: "Tuo koko ketjun näkyviin: hyväksikäyttö löytyy pitkistä ja piilossa olevista alihankintaketjuista.",
      sv: "Gör hela kedjan synlig: det är i långa, dolda underleverantörskedjor som exploatering hittas.",
    },
    wording: {
      en: "The tenderer shall name in its tender all subcontractors it intends to use, with their business identity codes and the share of the work. During the contract the Supplier shall keep a current list of all subcontractors at every tier and use a new subcontractor only with the Contracting Authority's prior written approval. The Supplier is responsible for its subcontractors' compliance with these clauses.",
      fi: "Tarjoaja nimeää tarjouksessaan kaikki käyttämänsä alihankkijat y-tunnuksineen ja osuuksineen työstä. Sopimuskauden aikana toimittaja pitää ajantasaista luetteloa kaikista alihankkijoista ketjun kaikissa portaissa ja ottaa uuden alihankkijan käyttöön vain hankintayksikön etukäteen antamalla kirjallisella hyväksynnällä. Toimittaja vastaa siitä, että sen alihankkijat noudattavat näitä ehtoja.",
      sv: "Anbudsgivaren ska i anbudet ange alla underleverantörer den avser att anlita, med organisationsnummer och andel av arbetet. Under avtalstiden ska leverantören föra en aktuell förteckning över alla underleverantörer i alla led och anlita en ny underleverantör endast efter den upphandlande myndighetens skriftliga godkännande i förväg. Leverantören ansvarar för att underleverantörerna följer dessa villkor.",
    },
  },
  {
    id: "audit_and_interviews",
    stages: ["performance"],
    fromLevel: "high",
    references: ["Directive 2014/24/EU art. 70"],
    title: {
      en: "Right to audit and to interview workers in private",
      fi: "Oikeus auditoida ja haastatella työntekijöitä kahden kesken",
      sv: "Rätt till revision och till enskilda samtal med arbetstagare",
    },
    purpose: {
      en: "Lets the municipality check the facts where the work is done and hear workers without their employer present.",
      fi: "Antaa kunnalle mahdollisuuden tarkistaa tosiasiat työpaikalla ja kuulla työntekijöitä ilman työnantajan läsnäoloa.",
      sv: "Låter kommunen kontrollera fakta där arbetet utförs och höra arbetstagare utan att arbetsgivaren är närvarande.",
    },
    wording: {
      en: "The Contracting Authority, or an independent auditor it appoints, may at any time during the contract audit the Supplier and its subcontractors, with or without notice, at the places where the contract is performed and where workers are housed, inspect payroll, working-time, recruitment and employment records, and interview workers in private, in a language they understand, with an interpreter where needed. The Supplier shall ensure that no worker suffers any consequence for taking part.",
      fi: "Hankintayksikkö tai sen nimeämä riippumaton auditoija voi sopimuskauden aikana milloin tahansa ennalta ilmoittaen tai ilmoittamatta auditoida toimittajan ja sen alihankkijat sopimuksen toteutuspaikoissa ja työntekijöiden majoituspaikoissa, tarkastaa palkka-, työaika-, rekrytointi- ja työsuhdeasiakirjat sekä haastatella työntekijöitä kahden kesken heidän ymmärtämällään kielellä, tarvittaessa tulkin avulla. Toimittaja varmistaa, ettei kukaan työntekijä joudu kärsimään osallistumisestaan.",
      sv: "Den upphandlande myndigheten, eller en oberoende revisor som den utser, får när som helst under avtalstiden, med eller utan förvarning, granska leverantören och dess underleverantörer där avtalet utförs och där arbetstagarna bor, granska löne-, arbetstids-, rekryterings- och anställningshandlingar samt samtala enskilt med arbetstagare på ett språk de förstår, med tolk vid behov. Leverantören ska säkerställa att ingen arbetstagare drabbas av följder för att ha deltagit.",
    },
  },
  {
    id: "grievance_channel",
    stages: ["award", "performance"],
    fromLevel: "high",
    references: ["UN Guiding Principles on Business and Human Rights, principle 31"],
    title: {
      en: "Grievance channel for workers",
      fi: "Työntekijöiden ilmoituskanava",
      sv: "Klagomålskanal för arbetstagare",
    },
    purpose: {
      en: "Gives workers a safe way to report abuse, in their language, without fear of retaliation.",
      fi: "Antaa työntekijöille turvallisen tavan ilmoittaa väärinkäytöksistä omalla kielellään ilman pelkoa kostotoimista.",
      sv: "Ger arbetstagare ett säkert sätt att anmäla missförhållanden på sitt eget språk utan rädsla för repressalier.",
    },
    wording: {
      en: "The Supplier shall give every worker performing this contract, in writing and in a language the worker understands, access to a confidential grievance channel independent of line management, and the contact details of the Contracting Authority's own channel and of the trade union and labour inspection. The Supplier shall report grievances concerning this contract and their handling to the Contracting Authority every six months. (Award criterion: a credible plan for such a channel may earn up to [x] points.)",
      fi: "Toimittaja antaa jokaiselle tätä sopimusta toteuttavalle työntekijälle kirjallisesti ja tämän ymmärtämällä kielellä pääsyn luottamukselliseen, esihenkilöistä riippumattomaan ilmoituskanavaan sekä hankintayksikön oman kanavan, ammattiliiton ja työsuojeluviranomaisen yhteystiedot. Toimittaja raportoi tätä sopimusta koskevat ilmoitukset ja niiden käsittelyn hankintayksikölle puolen vuoden välein. (Vertailuperuste: uskottavasta suunnitelmasta voi saada enintään [x] pistettä.)",
      sv: "Leverantören ska ge varje arbetstagare som utför detta avtal, skriftligt och på ett språk arbetstagaren förstår, tillgång till en konfidentiell klagomålskanal som är oberoende av arbetsledningen, samt kontaktuppgifter till den upphandlande myndighetens egen kanal, fackförbundet och arbetsmiljömyndigheten. Leverantören ska var sjätte månad rapportera klagomål som gäller avtalet och hur de hanterats. (Tilldelningskriterium: en trovärdig plan för en sådan kanal kan ge upp till [x] poäng.)",
    },
  },
  {
    id: "remedy_and_termination",
    stages: ["performance"],
    fromLevel: "medium",
    references: ["Directive 2014/24/EU art. 57(4)", "UN Guiding Principles, principle 22"],
    title: {
      en: "Remedy and termination",
      fi: "Korjaavat toimet ja sopimuksen purku",
      sv: "Gottgörelse och hävning",
    },
    purpose: {
      en: "Puts workers' remedy first, with corrective plans and deadlines, and termination as the last resort.",
      fi: "Asettaa työntekijöiden hyvityksen etusijalle korjaussuunnitelmin ja määräajoin; purku on viimeinen keino.",
      sv: "Sätter arbetstagarnas gottgörelse först, med åtgärdsplaner och tidsfrister, och hävning som sista utväg.",
    },
    wording: {
      en: "Where a breach of these clauses is found, the Supplier shall within 14 days present a corrective action plan with deadlines, approved by the Contracting Authority, and shall remedy the harm to the workers concerned, including paying any wages and fees owed. If the Supplier fails to do so, or a breach involves forced labour or trafficking in human beings, the Contracting Authority may withhold payments, require the removal of the subcontractor concerned, or terminate the contract with immediate effect.",
      fi: "Jos näiden ehtojen rikkomus havaitaan, toimittaja esittää 14 päivän kuluessa hankintayksikön hyväksyttäväksi korjaavien toimien suunnitelman määräaikoineen ja hyvittää asianomaisille työntekijöille aiheutuneen haitan, mukaan lukien maksamatta jääneet palkat ja perityt maksut. Jos toimittaja laiminlyö tämän tai rikkomus koskee pakkotyötä tai ihmiskauppaa, hankintayksikkö voi pidättää maksuja, vaatia alihankkijan poistamista tai purkaa sopimuksen välittömin vaikutuksin.",
      sv: "Om ett brott mot dessa villkor konstateras ska leverantören inom 14 dagar lägga fram en åtgärdsplan med tidsfrister för den upphandlande myndighetens godkännande och gottgöra de berörda arbetstagarna, inklusive obetalda löner och avgifter. Om leverantören underlåter detta, eller om brottet gäller tvångsarbete eller människohandel, får den upphandlande myndigheten hålla inne betalningar, kräva att underleverantören byts ut eller häva avtalet med omedelbar verkan.",
    },
  },
];

/** The clause library's entry by id. */
export function clauseById(id: string): Clause | null {
  return clauseLibrary.find((c) => c.id === id) ?? null;
}

/** The clauses recommended for a contract screened at `level`: each whose threshold the level reaches. */
export function recommendClauses(level: RiskLevel): Clause[] {
  return clauseLibrary.filter((c) => riskRank(level) >= riskRank(c.fromLevel));
}
