import type { IndicatorText, Localised, SupplementaryFormId } from "../types.ts";
import { texts } from "./text.ts";

export interface SupplementaryEntry {
  concept: string;
  text: Localised<IndicatorText>;
}

/**
 * Supplementary, form-specific indicators. They point to a form that the ILO/EC lists do not
 * cover on their own and never feed the ILO/EC rule. Drawn from UNODC "Human trafficking
 * indicators" (general, domestic servitude, begging and petty crime) and, for forced and sham
 * marriage and benefit fraud, from the forms named in CBSS/HEUNI (2016) and Directive
 * 2011/36/EU as amended by (EU) 2024/1712. Paraphrased for Ariadne, not quoted.
 */
export const supplementaryLists: Record<SupplementaryFormId, readonly SupplementaryEntry[]> = {
  forced_begging: [
    {
      concept: "begging-hands-over-takings",
      text: texts(
        [
          "Hands over most or all of the money from begging",
          "Someone collects the takings, often several times a day.",
          "Do you keep the money people give you, or does someone collect it?",
        ],
        [
          "Luovuttaa suurimman osan tai kaikki kerjuutulot",
          "Joku kerää tulot, usein monta kertaa päivässä.",
          "Saatko pitää rahat, joita ihmiset antavat, vai kerääkö joku ne?",
        ],
        [
          "Lämnar ifrån sig det mesta eller allt av tiggeripengarna",
          "Någon samlar in pengarna, ofta flera gånger om dagen.",
          "Får du behålla pengarna folk ger dig, eller samlar någon in dem?",
        ],
      ),
    },
    {
      concept: "begging-quota",
      text: texts(
        [
          "Must reach a daily amount, and is punished if not",
          "Fear of going 'home' without enough money.",
          "What happens on a day when you get less money?",
        ],
        [
          "Täytyy saada päivittäinen summa, muuten rangaistaan",
          "Pelkää palata 'kotiin' ilman tarpeeksi rahaa.",
          "Mitä tapahtuu päivänä, jona saat vähemmän rahaa?",
        ],
        [
          "Måste nå ett dagligt belopp och straffas annars",
          "Rädsla för att gå 'hem' utan tillräckligt med pengar.",
          "Vad händer en dag när du får mindre pengar?",
        ],
      ),
    },
    {
      concept: "begging-transported-watched",
      text: texts(
        [
          "Brought to and from begging places and watched",
          "Dropped off and picked up in groups; someone keeps watch nearby.",
          "How do you get to the place where you sit, and who decides it?",
        ],
        [
          "Tuodaan kerjuupaikoille ja haetaan sieltä, valvotaan",
          "Tuodaan ja haetaan ryhmissä; joku vahtii lähellä.",
          "Miten pääset paikkaan, jossa istut, ja kuka sen päättää?",
        ],
        [
          "Körs till och från tiggeriplatser och övervakas",
          "Lämnas och hämtas i grupp; någon håller vakt i närheten.",
          "Hur tar du dig till platsen där du sitter, och vem bestämmer den?",
        ],
      ),
    },
    {
      concept: "begging-child-disabled-elderly",
      text: texts(
        [
          "A child, a disabled or an elderly person begging for others",
          "Vulnerability displayed to raise takings; injuries or disability used.",
          "Who do you live with, and who looks after you?",
        ],
        [
          "Lapsi, vammainen tai iäkäs henkilö kerjää muiden hyväksi",
          "Haavoittuvuutta näytetään tulojen kasvattamiseksi; vammoja käytetään.",
          "Kenen kanssa asut, ja kuka huolehtii sinusta?",
        ],
        [
          "Ett barn, en person med funktionsnedsättning eller en äldre person tigger åt andra",
          "Utsatthet visas upp för att öka intäkterna; skador eller funktionsnedsättning används.",
          "Vem bor du med, och vem tar hand om dig?",
        ],
      ),
    },
  ],
  forced_criminality: [
    {
      concept: "crime-for-others",
      text: texts(
        [
          "Commits thefts, shoplifting or drug selling for others",
          "Repeated petty crime with proceeds going to someone else.",
          "Who gets the money or goods, and who decided you should do this?",
        ],
        [
          "Tekee varkauksia, myymälävarkauksia tai myy huumeita muiden hyväksi",
          "Toistuvia pikkurikoksia, joiden tuotto menee jollekulle muulle.",
          "Kuka saa rahat tai tavarat, ja kuka päätti, että teet tätä?",
        ],
        [
          "Begår stölder, snatterier eller säljer droger åt andra",
          "Upprepade småbrott där vinsten går till någon annan.",
          "Vem får pengarna eller sakerna, och vem bestämde att du skulle göra det?",
        ],
      ),
    },
    {
      concept: "crime-quota-punishment",
      text: texts(
        [
          "Punished for not bringing enough",
          "Quotas, beatings or fines linked to the proceeds of crime.",
          "What happens if you come back with too little?",
        ],
        [
          "Rangaistaan, jos ei tuo tarpeeksi",
          "Kiintiöitä, lyöntejä tai sakkoja, jotka liittyvät rikosten tuottoon.",
          "Mitä tapahtuu, jos palaat liian vähän mukanasi?",
        ],
        [
          "Straffas om hen inte tar med tillräckligt",
          "Kvoter, misshandel eller böter kopplade till brottsvinsten.",
          "Vad händer om du kommer tillbaka med för lite?",
        ],
      ),
    },
    {
      concept: "crime-debt-or-confinement",
      text: texts(
        [
          "Guarding or growing drugs, or dealing, while confined or in debt",
          "Kept in a house or flat to tend a cannabis grow, or sent to deal to pay off a debt.",
          "Are you free to stop doing this? Do you owe anyone for it?",
        ],
        [
          "Vartioi tai kasvattaa huumeita tai välittää niitä suljettuna tai velan vuoksi",
          "Pidetään talossa kannabisviljelmän hoitajana tai lähetetään myymään velan maksamiseksi.",
          "Voitko lopettaa tämän vapaasti? Oletko velkaa jollekulle sen takia?",
        ],
        [
          "Vaktar eller odlar droger eller langar, inlåst eller skuldsatt",
          "Hålls i ett hus för att sköta en cannabisodling eller skickas att langa för att betala en skuld.",
          "Är du fri att sluta med det här? Är du skyldig någon för det?",
        ],
      ),
    },
    {
      concept: "crime-fear-of-punishment",
      text: texts(
        [
          "Told that the police will punish them, not help them",
          "Fear of prison used to keep the person silent.",
          "What have you been told would happen to you if the police found out?",
        ],
        [
          "Kerrottu, että poliisi rankaisee eikä auta",
          "Vankilan pelkoa käytetään vaientamaan hänet.",
          "Mitä sinulle on kerrottu tapahtuvan, jos poliisi saisi tietää?",
        ],
        [
          "Har fått höra att polisen straffar i stället för att hjälpa",
          "Rädsla för fängelse används för att tysta personen.",
          "Vad har du fått höra skulle hända dig om polisen fick veta?",
        ],
      ),
    },
  ],
  forced_marriage: [
    {
      concept: "marriage-against-will",
      text: texts(
        [
          "Married or engaged against their will or under pressure",
          "Family or others decided the marriage; threats if refused.",
          "Did you choose to marry? What would happen if you said no?",
        ],
        [
          "Naitettu tai kihlattu vastoin tahtoaan tai painostuksen alla",
          "Perhe tai muut päättivät avioliitosta; uhkailua, jos kieltäytyy.",
          "Valitsitko itse mennä naimisiin? Mitä tapahtuisi, jos sanoisit ei?",
        ],
        [
          "Gift eller förlovad mot sin vilja eller under press",
          "Familjen eller andra bestämde äktenskapet; hot vid vägran.",
          "Valde du själv att gifta dig? Vad skulle hända om du sa nej?",
        ],
      ),
    },
    {
      concept: "marriage-for-payment",
      text: texts(
        [
          "Marriage arranged for payment or for a residence permit",
          "A sham marriage used to obtain a permit; the person was paid or sold.",
          "How did you meet your spouse? Was money involved?",
        ],
        [
          "Avioliitto järjestetty maksusta tai oleskeluluvan vuoksi",
          "Lumeavioliitto luvan saamiseksi; henkilölle maksettiin tai hänet myytiin.",
          "Miten tapasit puolisosi? Liittyikö asiaan rahaa?",
        ],
        [
          "Äktenskap ordnat mot betalning eller för uppehållstillstånd",
          "Skenäktenskap för att få tillstånd; personen fick betalt eller såldes.",
          "Hur träffade du din make eller maka? Var pengar inblandade?",
        ],
      ),
    },
    {
      concept: "marriage-control",
      text: texts(
        [
          "Spouse or in-laws control documents, money and contacts",
          "Cannot keep own papers, money or phone; contacts are restricted.",
          "Can you meet friends, use your phone and keep your own papers?",
        ],
        [
          "Puoliso tai appivanhemmat hallitsevat asiakirjoja, rahaa ja yhteyksiä",
          "Ei saa pitää omia papereita, rahaa tai puhelinta; yhteyksiä rajoitetaan.",
          "Voitko tavata ystäviä, käyttää puhelinta ja pitää omat paperisi?",
        ],
        [
          "Make, maka eller svärfamilj kontrollerar handlingar, pengar och kontakter",
          "Får inte ha egna papper, pengar eller telefon; kontakter begränsas.",
          "Kan du träffa vänner, använda din telefon och ha kvar dina egna papper?",
        ],
      ),
    },
    {
      concept: "marriage-forced-labour-or-sex",
      text: texts(
        [
          "Forced to work or provide sex within the marriage",
          "Unpaid domestic work around the clock, or sex with others.",
          "What is a normal day for you at home?",
        ],
        [
          "Pakotettu työhön tai seksiin avioliitossa",
          "Palkatonta kotityötä ympäri vuorokauden tai seksiä muiden kanssa.",
          "Millainen on tavallinen päiväsi kotona?",
        ],
        [
          "Tvingad att arbeta eller ha sex inom äktenskapet",
          "Obetalt hushållsarbete dygnet runt, eller sex med andra.",
          "Hur ser en vanlig dag ut för dig hemma?",
        ],
      ),
    },
    {
      concept: "marriage-honour-threats",
      text: texts(
        [
          "Threatened with honour-related violence or being taken abroad",
          "Fear of being sent or taken abroad, or of violence to protect the family's honour.",
          "Are you afraid that someone will take you abroad or hurt you because of family honour?",
        ],
        [
          "Uhattu kunniaan liittyvällä väkivallalla tai viemisellä ulkomaille",
          "Pelko joutua viedyksi ulkomaille tai väkivallasta perheen kunnian vuoksi.",
          "Pelkäätkö, että joku vie sinut ulkomaille tai satuttaa sinua perheen kunnian vuoksi?",
        ],
        [
          "Hotad med hedersrelaterat våld eller att föras utomlands",
          "Rädsla för att skickas utomlands eller för våld för familjens heder.",
          "Är du rädd att någon ska ta dig utomlands eller skada dig på grund av familjens heder?",
        ],
      ),
    },
  ],
  benefit_fraud: [
    {
      concept: "benefit-account-controlled",
      text: texts(
        [
          "Someone else controls their bank account, cards or benefits",
          "Bank cards, codes or benefit payments held by another person.",
          "Who has your bank card and codes? Who decides how your money is used?",
        ],
        [
          "Joku muu hallitsee pankkitiliä, kortteja tai etuuksia",
          "Pankkikortit, tunnukset tai etuusmaksut toisen hallussa.",
          "Kenellä on pankkikorttisi ja tunnuksesi? Kuka päättää rahojesi käytöstä?",
        ],
        [
          "Någon annan kontrollerar bankkonto, kort eller förmåner",
          "Bankkort, koder eller förmånsutbetalningar innehas av en annan person.",
          "Vem har ditt bankkort och dina koder? Vem bestämmer hur dina pengar används?",
        ],
      ),
    },
    {
      concept: "benefit-registered-address",
      text: texts(
        [
          "Registered at an address where they do not live",
          "Many people registered at one address; address controlled by others.",
          "Where are you registered, and do you live there?",
        ],
        [
          "Kirjoilla osoitteessa, jossa ei asu",
          "Monta ihmistä kirjoilla samassa osoitteessa; osoite muiden hallinnassa.",
          "Missä olet kirjoilla, ja asutko siellä?",
        ],
        [
          "Folkbokförd på en adress där hen inte bor",
          "Många skrivna på samma adress; adressen kontrolleras av andra.",
          "Var är du folkbokförd, och bor du där?",
        ],
      ),
    },
    {
      concept: "benefit-accompanied",
      text: texts(
        [
          "Accompanied to authorities by someone who speaks for them",
          "The same third party brings several people and answers for them.",
          "Would you like to talk with me alone, with an interpreter of your choice?",
        ],
        [
          "Viranomaisille mukana joku, joka puhuu hänen puolestaan",
          "Sama henkilö tuo useita ihmisiä ja vastaa heidän puolestaan.",
          "Haluaisitko puhua kanssani kahden kesken, valitsemasi tulkin kanssa?",
        ],
        [
          "Följs till myndigheter av någon som talar för hen",
          "Samma tredje person tar med flera personer och svarar åt dem.",
          "Vill du prata med mig enskilt, med en tolk som du väljer?",
        ],
      ),
    },
    {
      concept: "benefit-loans-in-name",
      text: texts(
        [
          "Loans, contracts or debts taken out in their name",
          "Signed papers they did not understand; debts they did not take.",
          "Have you signed papers you did not understand? Do you have debts you did not take?",
        ],
        [
          "Hänen nimiinsä otettuja lainoja, sopimuksia tai velkoja",
          "Allekirjoittanut papereita, joita ei ymmärtänyt; velkoja, joita ei ottanut.",
          "Oletko allekirjoittanut papereita, joita et ymmärtänyt? Onko sinulla velkoja, joita et ottanut?",
        ],
        [
          "Lån, avtal eller skulder i hens namn",
          "Har skrivit under papper hen inte förstod; skulder hen inte tagit.",
          "Har du skrivit under papper du inte förstod? Har du skulder som du inte själv tagit?",
        ],
      ),
    },
  ],
  domestic_servitude: [
    {
      concept: "domestic-lives-with-employer",
      text: texts(
        [
          "Lives in the employer's household without private space",
          "Sleeps in the kitchen, a corridor or with the children; no lock.",
          "Where do you sleep, and do you have a place of your own?",
        ],
        [
          "Asuu työnantajan taloudessa ilman omaa tilaa",
          "Nukkuu keittiössä, käytävällä tai lasten kanssa; ei lukkoa.",
          "Missä nukut, ja onko sinulla oma paikka?",
        ],
        [
          "Bor i arbetsgivarens hushåll utan eget utrymme",
          "Sover i köket, i en korridor eller hos barnen; inget lås.",
          "Var sover du, och har du en egen plats?",
        ],
      ),
    },
    {
      concept: "domestic-never-alone-outside",
      text: texts(
        [
          "Rarely or never leaves the house alone",
          "Goes out only with the employer; no phone of their own.",
          "When did you last go out on your own?",
        ],
        [
          "Lähtee harvoin tai ei koskaan yksin ulos",
          "Käy ulkona vain työnantajan kanssa; ei omaa puhelinta.",
          "Milloin kävit viimeksi ulkona yksin?",
        ],
        [
          "Lämnar sällan eller aldrig huset ensam",
          "Går bara ut med arbetsgivaren; ingen egen telefon.",
          "När gick du senast ut på egen hand?",
        ],
      ),
    },
    {
      concept: "domestic-on-call",
      text: texts(
        [
          "On call day and night, without days off",
          "Works from early to late, also at night; no rest day.",
          "When do you start and finish, and when can you rest?",
        ],
        [
          "Käytettävissä yötä päivää ilman vapaapäiviä",
          "Töissä aamusta iltaan, myös öisin; ei lepopäivää.",
          "Milloin aloitat ja lopetat, ja milloin voit levätä?",
        ],
        [
          "I tjänst dag och natt utan lediga dagar",
          "Arbetar från tidig morgon till sent, även på natten; ingen vilodag.",
          "När börjar och slutar du, och när kan du vila?",
        ],
      ),
    },
    {
      concept: "domestic-degrading-treatment",
      text: texts(
        [
          "Treated differently: leftovers, insults, not eating with the family",
          "Insufficient food, humiliation, abuse or threats.",
          "Do you eat with the family? How do they speak to you?",
        ],
        [
          "Kohdellaan eri tavalla: tähteet, loukkaukset, ei syö perheen kanssa",
          "Riittämätön ruoka, nöyryytys, kaltoinkohtelu tai uhkailu.",
          "Syötkö perheen kanssa? Miten he puhuvat sinulle?",
        ],
        [
          "Behandlas annorlunda: rester, förolämpningar, äter inte med familjen",
          "Otillräcklig mat, förödmjukelse, övergrepp eller hot.",
          "Äter du med familjen? Hur pratar de med dig?",
        ],
      ),
    },
  ],
};
