import type { Barrier, BarrierId, Localised } from "../types.ts";

const b = (id: BarrierId, label: Localised<string>, approach: Localised<string>): Barrier => ({
  id,
  label,
  approach,
});

/**
 * Why persons seldom self-identify, after CBSS/HEUNI "Guidelines for municipalities" (2016),
 * chapter "Why persons seldom self-identify", with Ariadne's guidance on how to approach.
 * Barriers shape how to talk with the person; they never change the assessment.
 */
export const barriers: Barrier[] = [
  b(
    "unwilling_to_be_labelled",
    {
      en: "Does not want to be seen as a victim",
      fi: "Ei halua tulla leimatuksi uhriksi",
      sv: "Vill inte bli stämplad som offer",
    },
    {
      en: "Avoid the words 'victim' and 'trafficking'. Talk about their work, their rights and what they want.",
      fi: "Vältä sanoja 'uhri' ja 'ihmiskauppa'. Puhu hänen työstään, oikeuksistaan ja siitä, mitä hän haluaa.",
      sv: "Undvik orden 'offer' och 'människohandel'. Prata om arbetet, rättigheterna och vad personen vill.",
    },
  ),
  b(
    "unaware_of_rights",
    {
      en: "Does not know their rights or what trafficking is",
      fi: "Ei tunne oikeuksiaan tai tiedä, mitä ihmiskauppa on",
      sv: "Känner inte till sina rättigheter eller vad människohandel är",
    },
    {
      en: "Explain, simply and in their language, what is not allowed here (pay, hours, documents) and that this applies to them too.",
      fi: "Kerro yksinkertaisesti ja hänen kielellään, mikä täällä ei ole sallittua (palkka, työajat, asiakirjat) ja että se koskee myös häntä.",
      sv: "Förklara enkelt och på personens språk vad som inte är tillåtet här (lön, arbetstid, handlingar) och att det gäller även hen.",
    },
  ),
  b(
    "unaware_of_assistance",
    {
      en: "Does not know that help exists",
      fi: "Ei tiedä, että apua on saatavilla",
      sv: "Vet inte att det finns hjälp",
    },
    {
      en: "Name concrete help: a place to stay, health care, advice. Say it is free, confidential and not conditional on going to the police.",
      fi: "Kerro konkreettisesta avusta: majoitus, terveydenhoito, neuvonta. Kerro, että apu on maksutonta, luottamuksellista eikä edellytä poliisille menoa.",
      sv: "Nämn konkret hjälp: boende, vård, rådgivning. Säg att den är gratis, konfidentiell och inte kräver polisanmälan.",
    },
  ),
  b(
    "guilt",
    {
      en: "Feels guilty or responsible",
      fi: "Tuntee syyllisyyttä tai vastuuta",
      sv: "Känner skuld eller ansvar",
    },
    {
      en: "Say clearly that what others did to them is not their fault, even if they agreed to come.",
      fi: "Sano selvästi, ettei se, mitä muut tekivät hänelle, ole hänen syytään, vaikka hän suostui tulemaan.",
      sv: "Säg tydligt att det andra gjort mot hen inte är hens fel, även om hen gick med på att komma.",
    },
  ),
  b(
    "shame",
    { en: "Feels ashamed", fi: "Tuntee häpeää", sv: "Känner skam" },
    {
      en: "Talk alone, without family or companions; use a professional interpreter; let them set the pace and skip questions.",
      fi: "Puhu kahden kesken ilman perhettä tai saattajia; käytä ammattitulkkia; anna hänen määrätä tahti ja ohittaa kysymyksiä.",
      sv: "Prata enskilt utan familj eller följeslagare; använd professionell tolk; låt personen styra tempot och hoppa över frågor.",
    },
  ),
  b(
    "fear_of_retribution",
    {
      en: "Fears retribution against self or family",
      fi: "Pelkää kostoa itseään tai perhettään kohtaan",
      sv: "Fruktar hämnd mot sig själv eller familjen",
    },
    {
      en: "Ask first about safety now and of family at home; plan the next contact so that it is safe; do not act without their consent unless life is in danger.",
      fi: "Kysy ensin turvallisuudesta nyt ja kotona olevan perheen turvallisuudesta; suunnittele seuraava yhteydenotto turvalliseksi; älä toimi ilman suostumusta, ellei henki ole vaarassa.",
      sv: "Fråga först om säkerheten nu och för familjen hemma; planera nästa kontakt så att den är säker; agera inte utan samtycke om inte liv är i fara.",
    },
  ),
  b(
    "fear_of_authorities",
    {
      en: "Fears prison, deportation or fines",
      fi: "Pelkää vankilaa, karkotusta tai sakkoja",
      sv: "Fruktar fängelse, utvisning eller böter",
    },
    {
      en: "Explain your role and what you will not do. Tell them about the recovery and reflection period and that assistance does not depend on cooperating with the police.",
      fi: "Kerro roolistasi ja siitä, mitä et tee. Kerro toipumis- ja harkinta-ajasta ja siitä, ettei apu edellytä yhteistyötä poliisin kanssa.",
      sv: "Förklara din roll och vad du inte kommer att göra. Berätta om betänketiden och att hjälpen inte kräver samarbete med polisen.",
    },
  ),
  b(
    "dependence_on_abuser",
    {
      en: "Depends on the abuser for housing, income, papers or affection",
      fi: "On riippuvainen hyväksikäyttäjästä asunnon, tulojen, papereiden tai kiintymyksen vuoksi",
      sv: "Är beroende av förövaren för boende, inkomst, papper eller tillgivenhet",
    },
    {
      en: "Do not ask them to choose at once. Show the alternatives for housing and income first; keep the door open.",
      fi: "Älä pyydä häntä valitsemaan heti. Näytä ensin vaihtoehdot asumiselle ja toimeentulolle; pidä ovi auki.",
      sv: "Be inte personen välja direkt. Visa först alternativ för boende och försörjning; håll dörren öppen.",
    },
  ),
  b(
    "better_than_before",
    {
      en: "Sees the situation as better than before",
      fi: "Pitää tilannetta parempana kuin aiemmin",
      sv: "Ser situationen som bättre än tidigare",
    },
    {
      en: "Respect their view; compare with their rights here, not with home; focus on what they would like to change.",
      fi: "Kunnioita hänen näkemystään; vertaa hänen oikeuksiinsa täällä, ei kotimaahan; keskity siihen, mitä hän haluaisi muuttaa.",
      sv: "Respektera personens syn; jämför med rättigheterna här, inte med hemlandet; fokusera på vad hen skulle vilja ändra.",
    },
  ),
];
