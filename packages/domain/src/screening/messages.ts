import type { ThresholdClause } from "./rule.ts";
import type { DimensionId, ElementId, Lang, Localised, ProfileId } from "./types.ts";

/**
 * Every sentence the engine can say, as keys with parameters, so that the logic stays free of
 * language and the UI, API and CLI translate the same way.
 */
export const messages = {
  "screening.rule.adult": {
    en: "Adult rule: a recruitment element, exploitation, and coercion or abuse of vulnerability at destination must all be positive.",
    fi: "Aikuisten sääntö: rekrytointia koskevan osatekijän, hyväksikäytön sekä pakottamisen tai haavoittuvan aseman hyväksikäytön kohdemaassa on kaikkien oltava positiivisia.",
    sv: "Regel för vuxna: ett rekryteringselement, exploatering samt tvång eller utnyttjande av utsatthet på destinationen måste alla vara positiva.",
  },
  "screening.rule.child": {
    en: "Child rule: a recruitment element and exploitation must be positive; for a child the means are not required.",
    fi: "Lasten sääntö: rekrytointia koskevan osatekijän ja hyväksikäytön on oltava positiivisia; lapsen kohdalla keinoja ei edellytetä.",
    sv: "Regel för barn: ett rekryteringselement och exploatering måste vara positiva; för barn krävs inga medel.",
  },
  "screening.dimension.positive": {
    en: "{dimension}: positive ({clause}).",
    fi: "{dimension}: positiivinen ({clause}).",
    sv: "{dimension}: positivt ({clause}).",
  },
  "screening.dimension.negative": {
    en: "{dimension}: negative; even the unknown indicators could not make it positive.",
    fi: "{dimension}: negatiivinen; edes tuntemattomat indikaattorit eivät voisi tehdä siitä positiivista.",
    sv: "{dimension}: negativt; inte ens de okända indikatorerna skulle kunna göra det positivt.",
  },
  "screening.dimension.undetermined": {
    en: "{dimension}: not yet determined; at least {missing} more indicator(s) would have to be present.",
    fi: "{dimension}: ei vielä ratkennut; vähintään {missing} indikaattoria lisää pitäisi todeta.",
    sv: "{dimension}: ännu inte avgjort; minst {missing} indikator(er) till skulle behöva finnas.",
  },
  "screening.result.indicated": {
    en: "{profile}: the published rule is met. The person is a potential victim and is entitled to assistance.",
    fi: "{profile}: julkaistun säännön ehdot täyttyvät. Henkilö on mahdollinen uhri ja hänellä on oikeus apuun.",
    sv: "{profile}: den publicerade regeln är uppfylld. Personen är ett potentiellt offer och har rätt till hjälp.",
  },
  "screening.result.not_indicated_yet": {
    en: "{profile}: the rule is not met yet; at least {missing} more indicator(s) that are still unknown could meet it.",
    fi: "{profile}: sääntö ei vielä täyty; vähintään {missing} vielä tuntematonta indikaattoria voisi täyttää sen.",
    sv: "{profile}: regeln är inte uppfylld ännu; minst {missing} indikator(er) som ännu är okända skulle kunna uppfylla den.",
  },
  "screening.result.not_indicated": {
    en: "{profile}: the rule is not met on the information given. This does not close the door to assistance.",
    fi: "{profile}: sääntö ei täyty annettujen tietojen perusteella. Tämä ei sulje pois oikeutta apuun.",
    sv: "{profile}: regeln är inte uppfylld med de uppgifter som finns. Det stänger inte dörren till hjälp.",
  },
  "screening.explain.unknownNotAbsent": {
    en: "{count} indicator(s) are unknown or not yet asked; unknown is never counted as absent.",
    fi: "{count} indikaattoria on tuntemattomia tai kysymättä; tuntematonta ei koskaan lasketa puuttuvaksi.",
    sv: "{count} indikator(er) är okända eller ännu inte efterfrågade; okänt räknas aldrig som frånvarande.",
  },
  "screening.explain.aid": {
    en: "This assessment supports professional judgement; it is not a legal decision.",
    fi: "Arvio tukee ammatillista harkintaa; se ei ole oikeudellinen päätös.",
    sv: "Bedömningen stöder den professionella bedömningen; den är inget rättsligt beslut.",
  },
  "screening.form.pointedTo": {
    en: "Signs of {form}: use the form-specific questions and consider it alongside the profiles.",
    fi: "Merkkejä: {form}. Käytä muotokohtaisia kysymyksiä ja arvioi sitä profiilien rinnalla.",
    sv: "Tecken på {form}: använd de formspecifika frågorna och bedöm det tillsammans med profilerna.",
  },
  "screening.next.immediateDanger": {
    en: "First, check for immediate danger.",
    fi: "Selvitä ensin, onko välitöntä vaaraa.",
    sv: "Kontrollera först om det finns omedelbar fara.",
  },
  "screening.danger.safeNow": {
    en: "Are you safe right now? Is anyone stopping you from leaving?",
    fi: "Oletko nyt turvassa? Estääkö joku sinua lähtemästä?",
    sv: "Är du trygg just nu? Hindrar någon dig från att gå?",
  },
  "screening.danger.injuredOrIll": {
    en: "Are you hurt or ill, and do you need a doctor now?",
    fi: "Oletko loukkaantunut tai sairas, ja tarvitsetko lääkäriä nyt?",
    sv: "Är du skadad eller sjuk, och behöver du läkare nu?",
  },
  "screening.danger.othersAtRisk": {
    en: "Is anyone else, a child or a family member, in danger?",
    fi: "Onko joku muu, lapsi tai perheenjäsen, vaarassa?",
    sv: "Är någon annan, ett barn eller en familjemedlem, i fara?",
  },
  "screening.danger.call112": {
    en: "If life or health is in danger, call 112 now.",
    fi: "Jos henki tai terveys on vaarassa, soita heti 112.",
    sv: "Om liv eller hälsa är i fara, ring 112 nu.",
  },
  "screening.next.childProtection": {
    en: "A child is concerned: notify child protection without delay.",
    fi: "Kyse on lapsesta: tee lastensuojeluilmoitus viipymättä.",
    sv: "Det gäller ett barn: gör en orosanmälan till barnskyddet utan dröjsmål.",
  },
  "screening.next.continueScreening": {
    en: "Continue when it is safe and the person is willing: ask the questions suggested next.",
    fi: "Jatka, kun se on turvallista ja henkilö haluaa: kysy seuraavaksi ehdotetut kysymykset.",
    sv: "Fortsätt när det är tryggt och personen vill: ställ de frågor som föreslås härnäst.",
  },
  "screening.next.approach": {
    en: "Read the guidance on how to approach the person before you continue.",
    fi: "Lue ohjeet henkilön kohtaamisesta ennen kuin jatkat.",
    sv: "Läs vägledningen om hur du närmar dig personen innan du fortsätter.",
  },
  "screening.next.referral": {
    en: "Offer the way to assistance: refer through the local scheme of assistance. Assistance is unconditional and open to potential victims, whatever this result.",
    fi: "Tarjoa reitti apuun: ohjaa paikallisen auttamisjärjestelmän kautta. Apu on ehdotonta ja avoinna myös mahdollisille uhreille tuloksesta riippumatta.",
    sv: "Erbjud vägen till hjälp: hänvisa via det lokala stödsystemet. Hjälpen är villkorslös och öppen även för potentiella offer, oavsett resultatet.",
  },
  "screening.assistance.about": {
    en: "Assistance signal: Ariadne's own frontline aid on the elements of trafficking (act, means, purpose), not the ILO/EC rule. It shows when to offer assistance to a potential victim.",
    fi: "Avun signaali: Ariadnen oma apuväline ihmiskaupan tunnusmerkeistä (teko, keino, tarkoitus), ei ILO/EC-sääntö. Se näyttää, milloin apua tarjotaan mahdolliselle uhrille.",
    sv: "Hjälpsignal: Ariadnes eget stöd för första linjen, byggt på människohandelns rekvisit (handling, medel, syfte), inte ILO/EC-regeln. Den visar när hjälp ska erbjudas ett potentiellt offer.",
  },
  "screening.assistance.level.offer_assistance": {
    en: "Offer assistance now: every element of trafficking is shown. The person is a potential victim.",
    fi: "Tarjoa apua nyt: kaikki ihmiskaupan tunnusmerkit näkyvät. Henkilö on mahdollinen uhri.",
    sv: "Erbjud hjälp nu: alla rekvisit för människohandel syns. Personen är ett potentiellt offer.",
  },
  "screening.assistance.level.keep_asking": {
    en: "Keep asking: there is a concern, but not every element is shown yet.",
    fi: "Jatka kysymistä: huolta on, mutta kaikki tunnusmerkit eivät vielä näy.",
    sv: "Fortsätt fråga: det finns en oro, men alla rekvisit syns ännu inte.",
  },
  "screening.assistance.level.no_concern_recorded": {
    en: "No concern recorded yet. This is not a finding that there is none.",
    fi: "Huolta ei ole vielä kirjattu. Tämä ei tarkoita, ettei huolta ole.",
    sv: "Ingen oro har registrerats ännu. Det betyder inte att det inte finns någon.",
  },
  "screening.assistance.child": {
    en: "A child: the means are not required, and exploitation alone shows that the child is harboured or received.",
    fi: "Lapsi: keinoja ei edellytetä, ja hyväksikäyttö yksin osoittaa, että lasta majoitetaan tai hänet on vastaanotettu.",
    sv: "Ett barn: medel krävs inte, och exploatering visar ensam att barnet hyses eller tas emot.",
  },
  "screening.assistance.via.recruitment": {
    en: "{element}: shown by {count} recruitment or travel fact(s) counted together.",
    fi: "{element}: näkyy {count} rekrytointia tai matkaa koskevasta tosiasiasta yhdessä.",
    sv: "{element}: syns genom {count} fakta om rekrytering eller resa, räknade tillsammans.",
  },
  "screening.assistance.via.harbouring": {
    en: "{element}: shown by harbouring or receipt — the person is exploited where they are held at work or in housing.",
    fi: "{element}: näkyy majoittamisena tai vastaanottamisena — henkilöä käytetään hyväksi siellä, missä häntä pidetään työssä tai asumassa.",
    sv: "{element}: syns genom att personen hyses eller tas emot — hen exploateras där hen hålls i arbetet eller boendet.",
  },
  "screening.assistance.via.threshold": {
    en: "{element}: shown by {count} fact(s) counted together.",
    fi: "{element}: näkyy {count} tosiasiasta yhdessä.",
    sv: "{element}: syns genom {count} fakta, räknade tillsammans.",
  },
  "screening.assistance.via.strong_coercion": {
    en: "{element}: shown by a strong coercion fact (documents, debt, isolation, violence or threats, money held).",
    fi: "{element}: näkyy vahvasta pakottamisesta (asiakirjat, velka, eristäminen, väkivalta tai uhkaus, rahojen pidättäminen).",
    sv: "{element}: syns genom ett starkt tvångsfaktum (handlingar, skuld, isolering, våld eller hot, pengar som hålls inne).",
  },
  "screening.assistance.notRequired": {
    en: "{element}: not required for a child.",
    fi: "{element}: ei edellytetä lapselta.",
    sv: "{element}: krävs inte för ett barn.",
  },
  "screening.assistance.missing": {
    en: "{element}: not shown yet ({count} fact(s) so far); {questions} question(s) could settle it.",
    fi: "{element}: ei vielä näy ({count} tosiasiaa tähän mennessä); {questions} kysymystä voisi ratkaista sen.",
    sv: "{element}: syns inte ännu ({count} fakta hittills); {questions} fråga/frågor skulle kunna avgöra det.",
  },
  "screening.assistance.step.offer_assistance": {
    en: "Offer assistance now and explain the person's rights; it does not depend on the ILO/EC result or on cooperating with the authorities.",
    fi: "Tarjoa apua nyt ja kerro henkilön oikeuksista; apu ei riipu ILO/EC-tuloksesta eikä yhteistyöstä viranomaisten kanssa.",
    sv: "Erbjud hjälp nu och förklara personens rättigheter; den beror inte på ILO/EC-resultatet eller på samarbete med myndigheterna.",
  },
  "screening.assistance.step.keep_asking": {
    en: "Keep asking when it is safe, with the questions suggested next; the way to assistance is open meanwhile.",
    fi: "Jatka kysymistä, kun se on turvallista, ehdotetuilla kysymyksillä; reitti apuun on auki sillä välin.",
    sv: "Fortsätt fråga när det är tryggt, med de frågor som föreslås; vägen till hjälp är öppen under tiden.",
  },
  "screening.assistance.step.no_concern_recorded": {
    en: "Start with the first-contact questions when it is safe to talk.",
    fi: "Aloita ensikontaktin kysymyksillä, kun on turvallista puhua.",
    sv: "Börja med frågorna för första kontakten när det är tryggt att prata.",
  },
} as const satisfies Record<string, Localised<string>>;

export type MessageKey = keyof typeof messages;

export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export const elementLabels: Record<ElementId, Localised<string>> = {
  act: { en: "Act", fi: "Teko", sv: "Handling" },
  means: { en: "Means", fi: "Keino", sv: "Medel" },
  purpose: { en: "Purpose (exploitation)", fi: "Tarkoitus (hyväksikäyttö)", sv: "Syfte (exploatering)" },
};

export const assistanceLevelLabels: Record<
  "offer_assistance" | "keep_asking" | "no_concern_recorded",
  Localised<string>
> = {
  offer_assistance: { en: "Offer assistance", fi: "Tarjoa apua", sv: "Erbjud hjälp" },
  keep_asking: { en: "Keep asking", fi: "Jatka kysymistä", sv: "Fortsätt fråga" },
  no_concern_recorded: { en: "No concern recorded", fi: "Huolta ei kirjattu", sv: "Ingen oro registrerad" },
};

export const dimensionLabels: Record<DimensionId, Localised<string>> = {
  deceptive_recruitment: {
    en: "Deceptive recruitment",
    fi: "Harhaanjohtava rekrytointi",
    sv: "Vilseledande rekrytering",
  },
  coercive_recruitment: {
    en: "Coercive recruitment",
    fi: "Pakottava rekrytointi",
    sv: "Rekrytering genom tvång",
  },
  recruitment_abuse_of_vulnerability: {
    en: "Recruitment by abuse of vulnerability",
    fi: "Rekrytointi haavoittuvaa asemaa hyväksikäyttäen",
    sv: "Rekrytering genom utnyttjande av utsatthet",
  },
  exploitative_conditions: {
    en: "Exploitative conditions",
    fi: "Hyväksikäyttävät olot",
    sv: "Exploaterande förhållanden",
  },
  coercion_at_destination: {
    en: "Coercion at destination",
    fi: "Pakottaminen kohdemaassa",
    sv: "Tvång på destinationen",
  },
  abuse_of_vulnerability_at_destination: {
    en: "Abuse of vulnerability at destination",
    fi: "Haavoittuvan aseman hyväksikäyttö kohdemaassa",
    sv: "Utnyttjande av utsatthet på destinationen",
  },
};

export const profileLabels: Record<ProfileId, Localised<string>> = {
  adult_labour: {
    en: "Adult, labour exploitation",
    fi: "Aikuinen, työperäinen hyväksikäyttö",
    sv: "Vuxen, exploatering i arbete",
  },
  adult_sexual: {
    en: "Adult, sexual exploitation",
    fi: "Aikuinen, seksuaalinen hyväksikäyttö",
    sv: "Vuxen, sexuell exploatering",
  },
  child_labour: {
    en: "Child, labour exploitation",
    fi: "Lapsi, työperäinen hyväksikäyttö",
    sv: "Barn, exploatering i arbete",
  },
  child_sexual: {
    en: "Child, sexual exploitation",
    fi: "Lapsi, seksuaalinen hyväksikäyttö",
    sv: "Barn, sexuell exploatering",
  },
};

export const clauseLabels: Record<ThresholdClause, Localised<string>> = {
  two_strong: { en: "two strong indicators", fi: "kaksi vahvaa indikaattoria", sv: "två starka indikatorer" },
  strong_and_medium_or_weak: {
    en: "one strong and one medium or weak indicator",
    fi: "yksi vahva ja yksi keskivahva tai heikko indikaattori",
    sv: "en stark och en medelstark eller svag indikator",
  },
  three_medium: {
    en: "three medium indicators",
    fi: "kolme keskivahvaa indikaattoria",
    sv: "tre medelstarka indikatorer",
  },
  two_medium_and_weak: {
    en: "two medium and one weak indicator",
    fi: "kaksi keskivahvaa ja yksi heikko indikaattori",
    sv: "två medelstarka och en svag indikator",
  },
};

const valueLabels: Record<string, Localised<string>> = {
  ...elementLabels,
  ...dimensionLabels,
  ...profileLabels,
  ...clauseLabels,
};

/**
 * Renders a message in a language. Parameters that name a dimension, profile or rule clause are
 * translated; form labels come from the catalogue through `extraLabels`.
 */
export function formatMessage(
  message: Message,
  lang: Lang,
  extraLabels: Record<string, Localised<string>> = {},
): string {
  const template = messages[message.key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    const label = extraLabels[String(value)] ?? valueLabels[String(value)];
    return label ? label[lang] : String(value);
  });
}
