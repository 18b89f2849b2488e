import { texts } from "../catalogue-v1/text.ts";
import type { AriadneIndicator } from "../types.ts";

type Addition = Omit<AriadneIndicator, "kind" | "source">;

/**
 * Ariadne's additions in catalogue-v2 (not ILO/EC): facts that real, decided cases recorded at
 * first contact could not be entered in v1, and the three parts of v1's combined "deceived about
 * the nature of the job, location or employer", so that one part can be recorded as absent.
 * Each says which element of the Palermo definition it feeds (for the assistance signal only)
 * and which ILO indicators of forced labour (2012) it evidences — Ariadne's reading, not the ILO's.
 * The ILO/EC rule sees a part only through the indicator it is part of; the others never feed it.
 */
export const additions: readonly Addition[] = [
  {
    id: "ari.act.01",
    concept: "deceived-about-work",
    phase: "recruitment",
    feeds: [],
    partOf: { dimension: "deceptive_recruitment", concept: "deceived-nature-of-job" },
    forcedLabour: ["ilo11.02"],
    text: texts(
      [
        "Deceived about the kind of work",
        "The work is not the work that was promised (another trade, sex work instead of a job).",
        "Is the work you do the work you were told about before you came?",
      ],
      [
        "Harhaanjohdettu työn laadusta",
        "Työ ei ole sitä, mitä luvattiin (eri ala, seksityö työpaikan sijaan).",
        "Onko työ, jota teet, sitä työtä, josta sinulle kerrottiin ennen tuloasi?",
      ],
      [
        "Vilseledd om vilket arbete det gäller",
        "Arbetet är inte det som utlovades (en annan bransch, sexarbete i stället för ett jobb).",
        "Är arbetet du gör det arbete du fick höra om innan du kom?",
      ],
    ),
  },
  {
    id: "ari.act.02",
    concept: "deceived-about-place",
    phase: "recruitment",
    feeds: [],
    partOf: { dimension: "deceptive_recruitment", concept: "deceived-nature-of-job" },
    forcedLabour: ["ilo11.02"],
    text: texts(
      [
        "Deceived about the place of work",
        "Another town or country than promised, or moved around without being asked.",
        "Is this the place where you were told you would work?",
      ],
      [
        "Harhaanjohdettu työpaikan sijainnista",
        "Eri kaupunki tai maa kuin luvattiin, tai siirrellään kysymättä.",
        "Onko tämä se paikka, jossa sinulle kerrottiin työskenteleväsi?",
      ],
      [
        "Vilseledd om arbetsplatsen",
        "En annan ort eller ett annat land än utlovat, eller flyttas runt utan att tillfrågas.",
        "Är det här platsen där du fick höra att du skulle arbeta?",
      ],
    ),
  },
  {
    id: "ari.act.03",
    concept: "deceived-about-employer",
    phase: "recruitment",
    feeds: [],
    partOf: { dimension: "deceptive_recruitment", concept: "deceived-nature-of-job" },
    forcedLabour: ["ilo11.02"],
    text: texts(
      [
        "Deceived about the employer",
        "Works for someone else than the employer named at recruitment, or for no known employer.",
        "Who do you work for? Is it who you expected?",
      ],
      [
        "Harhaanjohdettu työnantajasta",
        "Työskentelee muulle kuin rekrytoinnissa nimetylle työnantajalle tai tuntemattomalle.",
        "Kenelle teet töitä? Onko se se, jota odotit?",
      ],
      [
        "Vilseledd om arbetsgivaren",
        "Arbetar för någon annan än den arbetsgivare som nämndes vid rekryteringen, eller för okänd.",
        "Vem arbetar du för? Är det den du väntade dig?",
      ],
    ),
  },
  {
    id: "ari.act.04",
    concept: "deceived-unspecified",
    phase: "recruitment",
    feeds: [
      { element: "act", strength: "medium" },
      { element: "means", strength: "medium" },
    ],
    forcedLabour: ["ilo11.02"],
    text: texts(
      [
        "Deceived, in a way not yet known",
        "Says things are 'not what was promised' without saying what; record it now, the details later.",
        "Is anything here different from what you were told before you came?",
      ],
      [
        "Harhaanjohdettu tavalla, jota ei vielä tiedetä",
        "Sanoo, ettei kaikki ole 'niin kuin luvattiin', kertomatta mitä; kirjaa nyt, yksityiskohdat myöhemmin.",
        "Onko täällä jotain toisin kuin sinulle kerrottiin ennen tuloasi?",
      ],
      [
        "Vilseledd på ett sätt som ännu inte är känt",
        "Säger att det 'inte är som utlovat' utan att säga hur; registrera nu, detaljerna senare.",
        "Är något här annorlunda än vad du fick höra innan du kom?",
      ],
    ),
  },
  {
    id: "ari.act.05",
    concept: "recruitment-fee-or-travel-debt",
    phase: "recruitment",
    feeds: [
      { element: "act", strength: "medium" },
      { element: "means", strength: "medium" },
    ],
    forcedLabour: ["ilo11.09"],
    text: texts(
      [
        "Paid or owes a recruitment fee or travel costs",
        "A fee for the job, the visa or the journey, paid or still owed to a recruiter or employer.",
        "Did you pay anyone to get this job or to travel here? Do you still owe anything for it?",
      ],
      [
        "Maksanut tai velkaa rekrytointimaksun tai matkakulut",
        "Maksu työpaikasta, viisumista tai matkasta, maksettu tai yhä velkaa välittäjälle tai työnantajalle.",
        "Maksoitko jollekulle saadaksesi tämän työn tai matkustaaksesi tänne? Oletko siitä vielä velkaa?",
      ],
      [
        "Har betalat eller är skyldig en rekryteringsavgift eller resekostnader",
        "En avgift för jobbet, visumet eller resan, betald eller fortfarande skyldig till en rekryterare eller arbetsgivare.",
        "Betalade du någon för att få jobbet eller resa hit? Är du fortfarande skyldig något för det?",
      ],
    ),
    guidance: {
      en: "Record one debt once, where it binds the person: a debt that is now used to keep them working is debt bondage at destination; record it here only if it arose at recruitment or travel and does not (yet) bind them.",
      fi: "Kirjaa sama velka vain kerran, siihen kohtaan, jossa se sitoo henkilöä: velka, jolla hänet nyt pidetään työssä, on velkaorjuutta kohdemaassa; kirjaa se tähän vain, jos se syntyi rekrytoinnissa tai matkalla eikä (vielä) sido häntä.",
      sv: "Registrera en skuld en gång, där den binder personen: en skuld som nu används för att hålla kvar hen i arbetet är skuldslaveri på destinationen; registrera den här bara om den uppstod vid rekryteringen eller resan och inte (ännu) binder hen.",
    },
  },
  {
    id: "ari.mea.01",
    concept: "threat-sent-home-or-reported",
    phase: "destination",
    feeds: [{ element: "means", strength: "medium" }],
    forcedLabour: ["ilo11.06"],
    text: texts(
      [
        "Threatened with being sent home or reported to the authorities",
        "Told they will be sent back, lose their permit or be handed to the police or immigration if they complain or leave.",
        "What have you been told would happen if you complained or stopped working?",
      ],
      [
        "Uhattu kotiin lähettämisellä tai ilmoittamisella viranomaisille",
        "Kerrottu, että hänet lähetetään takaisin, hän menettää lupansa tai hänet ilmoitetaan poliisille tai maahanmuuttoviranomaisille, jos hän valittaa tai lähtee.",
        "Mitä sinulle on sanottu tapahtuvan, jos valittaisit tai lopettaisit työt?",
      ],
      [
        "Hotad med att skickas hem eller anmälas till myndigheterna",
        "Fått höra att hen skickas tillbaka, förlorar sitt tillstånd eller lämnas till polisen eller migrationsmyndigheten om hen klagar eller slutar.",
        "Vad har du fått höra skulle hända om du klagade eller slutade arbeta?",
      ],
    ),
    guidance: {
      en: "If the threat is only to report the person to the authorities and the ILO/EC item 'threat of denunciation to authorities' is recorded, that is the same fact: the signal counts either once.",
      fi: "Jos uhka on vain ilmoittaa henkilö viranomaisille ja ILO/EC-kohta 'uhkaus ilmiantaa viranomaisille' on kirjattu, kyse on samasta tosiasiasta: signaali laskee sen kerran.",
      sv: "Om hotet bara gäller att anmäla personen till myndigheterna och ILO/EC-punkten 'hot om angivelse till myndigheter' är registrerad är det samma fakta: signalen räknar det en gång.",
    },
  },
  {
    id: "ari.mea.02",
    concept: "employer-holds-bank-account",
    phase: "destination",
    feeds: [
      { element: "means", strength: "strong" },
      { element: "purpose", strength: "medium" },
    ],
    forcedLabour: ["ilo11.08"],
    text: texts(
      [
        "The employer or someone else holds the person's bank account, card or wages",
        "Someone else keeps the bank card or PIN, opened the account, or receives the wages first.",
        "Who has your bank card and PIN? Who gets your pay first?",
      ],
      [
        "Työnantaja tai joku muu hallitsee henkilön pankkitiliä, -korttia tai palkkaa",
        "Joku muu pitää pankkikorttia tai tunnuslukua, avasi tilin tai saa palkan ensin.",
        "Kenellä on pankkikorttisi ja tunnuslukusi? Kuka saa palkkasi ensin?",
      ],
      [
        "Arbetsgivaren eller någon annan har personens bankkonto, kort eller lön",
        "Någon annan har bankkortet eller koden, öppnade kontot eller får lönen först.",
        "Vem har ditt bankkort och din kod? Vem får din lön först?",
      ],
    ),
  },
  {
    id: "ari.pur.01",
    concept: "identity-used-in-name",
    phase: "destination",
    feeds: [{ element: "purpose", strength: "strong" }],
    forcedLabour: ["ilo11.01"],
    text: texts(
      [
        "Identity, benefits or credit used in the person's name",
        "Benefits claimed, loans or phone contracts taken, companies registered in their name by others.",
        "Has anyone used your name or papers to get money, benefits, loans or contracts?",
      ],
      [
        "Henkilöllisyyttä, etuuksia tai luottoa käytetty henkilön nimissä",
        "Muut ovat hakeneet etuuksia, ottaneet lainoja tai puhelinliittymiä tai rekisteröineet yrityksiä hänen nimiinsä.",
        "Onko joku käyttänyt nimeäsi tai papereitasi saadakseen rahaa, etuuksia, lainoja tai sopimuksia?",
      ],
      [
        "Identitet, bidrag eller krediter används i personens namn",
        "Andra har sökt bidrag, tagit lån eller telefonabonnemang eller registrerat företag i hens namn.",
        "Har någon använt ditt namn eller dina papper för att få pengar, bidrag, lån eller avtal?",
      ],
    ),
  },
  {
    id: "ari.pur.02",
    concept: "proceeds-taken",
    phase: "destination",
    feeds: [{ element: "purpose", strength: "strong" }],
    forcedLabour: ["ilo11.08"],
    text: texts(
      [
        "Money from begging or crime is taken by someone else",
        "Hands over what they get from begging, theft or selling drugs; keeps little or nothing.",
        "When you get money from begging or other things you do, who keeps it?",
      ],
      [
        "Joku muu ottaa kerjuusta tai rikoksista saadut rahat",
        "Luovuttaa kerjuusta, varkauksista tai huumeiden myynnistä saadut rahat; saa itse vähän tai ei mitään.",
        "Kun saat rahaa kerjäämällä tai muusta, mitä teet, kuka sen pitää?",
      ],
      [
        "Pengar från tiggeri eller brott tas av någon annan",
        "Lämnar ifrån sig det hen får från tiggeri, stölder eller narkotikaförsäljning; behåller lite eller inget.",
        "När du får pengar från tiggeri eller annat du gör, vem behåller dem?",
      ],
    ),
  },
];
