/** Messages of the risk-rule editor, under `procurement.ruleEditor.*` (English, Finnish, Swedish). */
const en = {
  link: "Risk rules",
  title: "Risk rules",
  intro:
    "How the risk screen weighs a contract's facts. Each rule adds points; the sum gives the risk level. A new version applies to screens made from now on; earlier screens keep the version that decided them.",
  inForce: "Version {{version}} is in force (the municipality's own).",
  inForceBuiltIn: "Version {{version}} is in force (Ariadne's built-in rules).",
  nowTitle: "The rules in force",
  editTitle: "Edit and publish a new version",
  editIntro: "Publishing makes these rules version {{version}}.",
  publish: "Publish new version",
  published: "Version {{version}} of the risk rules published.",
  note: "Why the change (optional)",
  noteHint: "Kept with the version, for whoever reads the screens later.",
  conflict:
    "Version {{version}} was published while you were editing. Nothing you typed is lost: compare below, then publish again to replace it, or change your values first.",
  newerTitle: "Version {{version}} was published meanwhile",
  newerText: "Rows in bold differ from what you typed.",
  colRule: "Rule",
  colValue: "Value",
  colPublished: "Published, version {{version}}",
  colYours: "Yours",
  pointsFor: "Points: {{what}}",
  range: "A whole number from {{min}} to {{max}}",
  groups: {
    sector: "Sector risk",
    country: "Country risk",
    subcontracting: "Subcontracting depth",
    labourProfile: "Labour profile",
    pastFindings: "Past findings against the supplier",
    thresholds: "Risk level thresholds (total points)",
  },
  hints: {
    sector: "Points by the risk of the contract's CPV group in the sector list.",
    country: "Points by the riskiest country of production or service in the country list.",
    subcontracting: "1 point from the first depth, 2 points from the second.",
    labourProfile: "1 point from the first number of labour factors, 2 points from the second.",
    pastFindings:
      "Points by the worst earlier finding against a supplier; a finding of possible trafficking sets a floor.",
    thresholds: "The least total for each level; each must be higher than the one before.",
  },
  fields: {
    country: { unlisted: "Level of a country not in the list" },
    subcontracting: { mediumFromDepth: "1 point from depth", highFromDepth: "2 points from depth" },
    labourProfile: {
      mediumFromFactors: "1 point from this many factors",
      highFromFactors: "2 points from this many factors",
    },
    pastFindings: { possibleTraffickingLevel: "Least level after a finding of possible trafficking" },
    thresholds: { medium: "Medium from", high: "High from", very_high: "Very high from" },
  },
  groupErrors: {
    thresholds: "The thresholds must rise: medium below high, high below very high.",
    subcontracting: "The depth for 2 points cannot be below the depth for 1 point.",
    labourProfile: "The factor count for 2 points cannot be below the count for 1 point.",
  },
};

const fi: typeof en = {
  link: "Riskisäännöt",
  title: "Riskisäännöt",
  intro:
    "Miten riskiarvio painottaa sopimuksen tietoja. Jokainen sääntö antaa pisteitä; summa ratkaisee riskitason. Uusi versio koskee tästä eteenpäin tehtäviä arvioita; aiemmat arviot säilyttävät version, jolla ne tehtiin.",
  inForce: "Voimassa on versio {{version}} (kunnan oma).",
  inForceBuiltIn: "Voimassa on versio {{version}} (Ariadnen valmiit säännöt).",
  nowTitle: "Voimassa olevat säännöt",
  editTitle: "Muokkaa ja julkaise uusi versio",
  editIntro: "Julkaiseminen tekee näistä säännöistä version {{version}}.",
  publish: "Julkaise uusi versio",
  published: "Riskisääntöjen versio {{version}} julkaistu.",
  note: "Muutoksen syy (vapaaehtoinen)",
  noteHint: "Säilyy version mukana niille, jotka lukevat arvioita myöhemmin.",
  conflict:
    "Versio {{version}} julkaistiin muokatessasi. Kirjoittamasi tiedot ovat tallessa: vertaa alla ja julkaise uudelleen korvataksesi sen, tai muuta arvojasi ensin.",
  newerTitle: "Versio {{version}} julkaistiin sillä välin",
  newerText: "Lihavoidut rivit poikkeavat kirjoittamastasi.",
  colRule: "Sääntö",
  colValue: "Arvo",
  colPublished: "Julkaistu, versio {{version}}",
  colYours: "Sinun",
  pointsFor: "Pisteet: {{what}}",
  range: "Kokonaisluku väliltä {{min}}–{{max}}",
  groups: {
    sector: "Toimialan riski",
    country: "Maariski",
    subcontracting: "Alihankintaketjun syvyys",
    labourProfile: "Työvoiman profiili",
    pastFindings: "Aiemmat havainnot toimittajasta",
    thresholds: "Riskitasojen rajat (pisteiden summa)",
  },
  hints: {
    sector: "Pisteet sopimuksen CPV-ryhmän riskin mukaan toimialaluettelossa.",
    country: "Pisteet riskialtteimman tuotanto- tai palvelumaan mukaan maaluettelossa.",
    subcontracting: "1 piste ensimmäisestä syvyydestä, 2 pistettä toisesta.",
    labourProfile: "1 piste ensimmäisestä tekijämäärästä, 2 pistettä toisesta.",
    pastFindings:
      "Pisteet toimittajan vakavimman aiemman havainnon mukaan; havainto mahdollisesta ihmiskaupasta asettaa alarajan.",
    thresholds: "Kunkin tason pienin summa; jokaisen on oltava edellistä suurempi.",
  },
  fields: {
    country: { unlisted: "Luettelon ulkopuolisen maan taso" },
    subcontracting: { mediumFromDepth: "1 piste syvyydestä", highFromDepth: "2 pistettä syvyydestä" },
    labourProfile: {
      mediumFromFactors: "1 piste näin monesta tekijästä",
      highFromFactors: "2 pistettä näin monesta tekijästä",
    },
    pastFindings: { possibleTraffickingLevel: "Vähimmäistaso havainnosta mahdollisesta ihmiskaupasta" },
    thresholds: { medium: "Kohtalainen alkaen", high: "Korkea alkaen", very_high: "Erittäin korkea alkaen" },
  },
  groupErrors: {
    thresholds: "Rajojen on noustava: kohtalainen alle korkean, korkea alle erittäin korkean.",
    subcontracting: "2 pisteen syvyys ei voi olla pienempi kuin 1 pisteen syvyys.",
    labourProfile: "2 pisteen tekijämäärä ei voi olla pienempi kuin 1 pisteen tekijämäärä.",
  },
};

const sv: typeof en = {
  link: "Riskregler",
  title: "Riskregler",
  intro:
    "Hur riskbedömningen väger ett avtals uppgifter. Varje regel ger poäng; summan avgör risknivån. En ny version gäller bedömningar som görs från och med nu; tidigare bedömningar behåller den version som avgjorde dem.",
  inForce: "Version {{version}} gäller (kommunens egen).",
  inForceBuiltIn: "Version {{version}} gäller (Ariadnes inbyggda regler).",
  nowTitle: "Gällande regler",
  editTitle: "Redigera och publicera en ny version",
  editIntro: "Publiceringen gör dessa regler till version {{version}}.",
  publish: "Publicera ny version",
  published: "Version {{version}} av riskreglerna publicerad.",
  note: "Varför ändringen (valfritt)",
  noteHint: "Sparas med versionen, för den som läser bedömningarna senare.",
  conflict:
    "Version {{version}} publicerades medan du redigerade. Inget du skrivit har gått förlorat: jämför nedan och publicera igen för att ersätta den, eller ändra dina värden först.",
  newerTitle: "Version {{version}} publicerades under tiden",
  newerText: "Rader i fetstil skiljer sig från det du skrivit.",
  colRule: "Regel",
  colValue: "Värde",
  colPublished: "Publicerad, version {{version}}",
  colYours: "Dina",
  pointsFor: "Poäng: {{what}}",
  range: "Ett heltal från {{min}} till {{max}}",
  groups: {
    sector: "Branschrisk",
    country: "Landrisk",
    subcontracting: "Underleverantörskedjans djup",
    labourProfile: "Arbetskraftens profil",
    pastFindings: "Tidigare avvikelser hos leverantören",
    thresholds: "Gränser för risknivåerna (summa poäng)",
  },
  hints: {
    sector: "Poäng efter risken för avtalets CPV-grupp i branschlistan.",
    country: "Poäng efter det mest riskfyllda produktions- eller tjänstelandet i landlistan.",
    subcontracting: "1 poäng från det första djupet, 2 poäng från det andra.",
    labourProfile: "1 poäng från det första antalet faktorer, 2 poäng från det andra.",
    pastFindings:
      "Poäng efter leverantörens allvarligaste tidigare avvikelse; en avvikelse om möjlig människohandel sätter ett golv.",
    thresholds: "Den minsta summan för varje nivå; varje måste vara högre än den föregående.",
  },
  fields: {
    country: { unlisted: "Nivå för ett land som inte finns i listan" },
    subcontracting: { mediumFromDepth: "1 poäng från djup", highFromDepth: "2 poäng från djup" },
    labourProfile: {
      mediumFromFactors: "1 poäng från så här många faktorer",
      highFromFactors: "2 poäng från så här många faktorer",
    },
    pastFindings: { possibleTraffickingLevel: "Lägsta nivå efter en avvikelse om möjlig människohandel" },
    thresholds: { medium: "Medel från", high: "Hög från", very_high: "Mycket hög från" },
  },
  groupErrors: {
    thresholds: "Gränserna måste stiga: medel under hög, hög under mycket hög.",
    subcontracting: "Djupet för 2 poäng kan inte vara lägre än djupet för 1 poäng.",
    labourProfile: "Antalet faktorer för 2 poäng kan inte vara lägre än antalet för 1 poäng.",
  },
};

export const ruleEditorLocales = { en, fi, sv };
