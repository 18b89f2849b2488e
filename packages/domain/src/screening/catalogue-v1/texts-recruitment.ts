import type { IndicatorText, Localised } from "../types.ts";
import { texts } from "./text.ts";

/**
 * Plain-language texts for the recruitment-phase concepts of the ILO/EC operational indicators
 * (2009). Written for Ariadne in en/fi/sv; the brochure's own labels stay in the profile lists.
 */
export const recruitmentTexts: Record<string, Localised<IndicatorText>> = {
  "deceived-nature-of-job": texts(
    [
      "Deceived about the kind of work, the place or the employer",
      "The work, place or employer turned out to be different from what was promised.",
      "Is the work you do now the work you were offered before you came?",
    ],
    [
      "Harhautettu työn luonteesta, paikasta tai työnantajasta",
      "Työ, paikka tai työnantaja osoittautui toiseksi kuin luvattiin.",
      "Onko nykyinen työsi sitä, mitä sinulle tarjottiin ennen tuloasi?",
    ],
    [
      "Vilseledd om arbetets art, platsen eller arbetsgivaren",
      "Arbetet, platsen eller arbetsgivaren visade sig vara något annat än det som utlovats.",
      "Är arbetet du gör nu det arbete du erbjöds innan du kom?",
    ],
  ),
  "deceived-conditions-of-work": texts(
    [
      "Deceived about working conditions",
      "Hours, tasks or safety differ from what was agreed.",
      "How do your working days compare with what you were told?",
    ],
    [
      "Harhautettu työoloista",
      "Työajat, tehtävät tai turvallisuus poikkeavat sovitusta.",
      "Miten työpäiväsi vastaavat sitä, mitä sinulle kerrottiin?",
    ],
    [
      "Vilseledd om arbetsvillkoren",
      "Arbetstider, uppgifter eller säkerhet skiljer sig från det avtalade.",
      "Hur stämmer dina arbetsdagar med det du fick höra?",
    ],
  ),
  "deceived-contract": texts(
    [
      "Deceived about the content or legality of the work contract",
      "A contract that was changed, never given, or not valid.",
      "Did you sign something? Do you have a copy, and is it what you agreed to?",
    ],
    [
      "Harhautettu työsopimuksen sisällöstä tai laillisuudesta",
      "Sopimusta muutettiin, sitä ei annettu tai se ei ole pätevä.",
      "Allekirjoititko jotain? Onko sinulla kopio, ja vastaako se sitä, mistä sovittiin?",
    ],
    [
      "Vilseledd om arbetsavtalets innehåll eller laglighet",
      "Ett avtal som ändrats, aldrig lämnats ut eller inte är giltigt.",
      "Skrev du under något? Har du en kopia, och stämmer den med det ni kom överens om?",
    ],
  ),
  "deceived-family-reunification": texts(
    [
      "Deceived about family reunification",
      "Was promised that family could join, and they cannot.",
      "Were you promised anything about your family coming here?",
    ],
    [
      "Harhautettu perheenyhdistämisestä",
      "Luvattiin, että perhe voi tulla perässä, mutta se ei ole mahdollista.",
      "Luvattiinko sinulle jotain perheesi tulemisesta tänne?",
    ],
    [
      "Vilseledd om familjeåterförening",
      "Fick löfte om att familjen kunde komma efter, vilket inte går.",
      "Fick du något löfte om att din familj skulle kunna komma hit?",
    ],
  ),
  "deceived-housing": texts(
    [
      "Deceived about housing and living conditions",
      "Housing is worse, costlier or more controlled than promised.",
      "Where do you live, and is it what you were told it would be?",
    ],
    [
      "Harhautettu asumisesta ja elinoloista",
      "Asunto on huonompi, kalliimpi tai valvotumpi kuin luvattiin.",
      "Missä asut, ja onko se sitä, mitä sinulle kerrottiin?",
    ],
    [
      "Vilseledd om boende och levnadsvillkor",
      "Boendet är sämre, dyrare eller mer kontrollerat än utlovat.",
      "Var bor du, och är det som du fick höra?",
    ],
  ),
  "deceived-legal-documentation": texts(
    [
      "Deceived about documents or legal migration status",
      "Was told papers or a permit would be arranged, and they were not.",
      "What were you told about your permit or papers?",
    ],
    [
      "Harhautettu asiakirjoista tai laillisesta maahanmuuttoasemasta",
      "Kerrottiin, että paperit tai lupa järjestetään, mutta niin ei tapahtunut.",
      "Mitä sinulle kerrottiin luvastasi tai papereistasi?",
    ],
    [
      "Vilseledd om handlingar eller laglig migrationsstatus",
      "Fick höra att papper eller tillstånd skulle ordnas, men så blev det inte.",
      "Vad fick du höra om ditt tillstånd eller dina papper?",
    ],
  ),
  "deceived-travel-recruitment": texts(
    [
      "Deceived about travel and recruitment conditions",
      "Unexpected fees, routes or costs of the journey and recruitment.",
      "How was your journey arranged and who paid for it?",
    ],
    [
      "Harhautettu matka- ja rekrytointiehdoista",
      "Odottamattomia maksuja, reittejä tai matkan ja rekrytoinnin kuluja.",
      "Miten matkasi järjestettiin ja kuka sen maksoi?",
    ],
    [
      "Vilseledd om resan och rekryteringen",
      "Oväntade avgifter, resvägar eller kostnader för resan och rekryteringen.",
      "Hur ordnades din resa och vem betalade den?",
    ],
  ),
  "deceived-wages": texts(
    [
      "Deceived about wages or earnings",
      "Pay is lower or different from what was promised.",
      "How much were you told you would earn, and how much do you get?",
    ],
    [
      "Harhautettu palkasta tai ansioista",
      "Palkka on pienempi tai toinen kuin luvattiin.",
      "Paljonko sinulle luvattiin palkkaa, ja paljonko saat?",
    ],
    [
      "Vilseledd om lön eller inkomster",
      "Lönen är lägre eller annorlunda än utlovat.",
      "Hur mycket fick du höra att du skulle tjäna, och hur mycket får du?",
    ],
  ),
  "deceived-marriage-adoption": texts(
    [
      "Deceived through promises of marriage or adoption",
      "Came because of a promised marriage, relationship or adoption.",
      "Did someone promise you a marriage, a relationship or a family here?",
    ],
    [
      "Harhautettu lupauksin avioliitosta tai adoptiosta",
      "Tuli luvatun avioliiton, suhteen tai adoption vuoksi.",
      "Lupasiko joku sinulle avioliiton, suhteen tai perheen täällä?",
    ],
    [
      "Vilseledd genom löften om äktenskap eller adoption",
      "Kom på grund av ett utlovat äktenskap, förhållande eller adoption.",
      "Lovade någon dig ett äktenskap, ett förhållande eller en familj här?",
    ],
  ),
  "deceived-education": texts(
    [
      "Deceived about access to education",
      "Was promised school or training that never came.",
      "Were you promised school, studies or training here?",
    ],
    [
      "Harhautettu koulutusmahdollisuuksista",
      "Luvattiin koulua tai koulutusta, jota ei tullut.",
      "Luvattiinko sinulle koulua, opiskelua tai koulutusta täällä?",
    ],
    [
      "Vilseledd om tillgång till utbildning",
      "Fick löfte om skola eller utbildning som aldrig blev av.",
      "Blev du lovad skola, studier eller utbildning här?",
    ],
  ),
  "abduction-forced-marriage-selling": texts(
    [
      "Abduction, forced marriage, forced adoption or being sold",
      "Taken against their will, married off or handed over for money.",
      "How did you come to leave home? Did anyone pay or get paid for you?",
    ],
    [
      "Sieppaus, pakkoavioliitto, pakkoadoptio tai myyminen",
      "Viety vastoin tahtoa, naitettu tai luovutettu rahasta.",
      "Miten päädyit lähtemään kotoa? Maksoiko joku tai saiko joku maksun sinusta?",
    ],
    [
      "Bortförande, tvångsäktenskap, tvångsadoption eller att ha sålts",
      "Förd bort mot sin vilja, bortgift eller överlämnad mot betalning.",
      "Hur kom det sig att du lämnade hemmet? Betalade någon eller fick någon betalt för dig?",
    ],
  ),
  "withholding-money": texts(
    [
      "Money withheld",
      "Someone kept their money or savings to make them go along.",
      "Has anyone kept money that belongs to you?",
    ],
    [
      "Rahojen pidättäminen",
      "Joku piti hänen rahansa tai säästönsä saadakseen hänet suostumaan.",
      "Onko joku pitänyt itsellään rahoja, jotka kuuluvat sinulle?",
    ],
    [
      "Innehållna pengar",
      "Någon behöll personens pengar eller besparingar för att få hen att gå med på det.",
      "Har någon behållit pengar som tillhör dig?",
    ],
  ),
  "abuse-difficult-family-situation": texts(
    [
      "Abuse of a difficult family situation",
      "The recruiter used conflict, violence or crisis at home.",
      "How were things at home when you decided to leave?",
    ],
    [
      "Vaikean perhetilanteen hyväksikäyttö",
      "Värvääjä käytti hyväksi kodin riitoja, väkivaltaa tai kriisiä.",
      "Millaista kotona oli, kun päätit lähteä?",
    ],
    [
      "Utnyttjande av en svår familjesituation",
      "Rekryteraren utnyttjade konflikter, våld eller kris i hemmet.",
      "Hur var det hemma när du bestämde dig för att åka?",
    ],
  ),
  "abuse-irregular-status": texts(
    [
      "Abuse of irregular status",
      "The recruiter used the person's lack of a residence or work permit.",
      "Did the person who found you this work know about your papers?",
    ],
    [
      "Laittoman aseman hyväksikäyttö",
      "Värvääjä käytti hyväksi oleskelu- tai työluvan puuttumista.",
      "Tiesikö työn sinulle järjestänyt henkilö paperiesi tilanteen?",
    ],
    [
      "Utnyttjande av irreguljär status",
      "Rekryteraren utnyttjade att personen saknade uppehålls- eller arbetstillstånd.",
      "Kände personen som ordnade arbetet till hur det var med dina papper?",
    ],
  ),
  "abuse-lack-of-education": texts(
    [
      "Abuse of lack of education or language",
      "Could not read the contract or understand the language.",
      "Could you read and understand what you were given?",
    ],
    [
      "Koulutuksen tai kielitaidon puutteen hyväksikäyttö",
      "Ei voinut lukea sopimusta tai ymmärtää kieltä.",
      "Pystyitkö lukemaan ja ymmärtämään saamasi paperit?",
    ],
    [
      "Utnyttjande av bristande utbildning eller språk",
      "Kunde inte läsa avtalet eller förstå språket.",
      "Kunde du läsa och förstå det du fick?",
    ],
  ),
  "abuse-lack-of-information": texts(
    [
      "Abuse of lack of information",
      "Knew little about the destination, rights or real conditions.",
      "What did you know about this country and your rights before you came?",
    ],
    [
      "Tiedon puutteen hyväksikäyttö",
      "Tiesi vähän kohdemaasta, oikeuksistaan tai todellisista oloista.",
      "Mitä tiesit tästä maasta ja oikeuksistasi ennen tuloasi?",
    ],
    [
      "Utnyttjande av bristande information",
      "Visste lite om destinationen, sina rättigheter eller de verkliga villkoren.",
      "Vad visste du om landet och dina rättigheter innan du kom?",
    ],
  ),
  "control-by-exploiters": texts(
    [
      "Control by exploiters",
      "Recruiters already had a hold over the person or their family.",
      "Did the people who recruited you have any power over you or your family?",
    ],
    [
      "Hyväksikäyttäjien kontrolli",
      "Värvääjillä oli jo valtaa häneen tai hänen perheeseensä.",
      "Oliko sinut värvänneillä valtaa sinuun tai perheeseesi?",
    ],
    [
      "Kontroll av exploatörer",
      "Rekryterarna hade redan ett grepp om personen eller familjen.",
      "Hade de som rekryterade dig makt över dig eller din familj?",
    ],
  ),
  "economic-reasons": texts(
    [
      "Economic hardship",
      "Poverty, debts or dependants who rely on the earnings.",
      "Who depends on the money you earn?",
    ],
    [
      "Taloudelliset syyt",
      "Köyhyys, velat tai ansioista riippuvaiset omaiset.",
      "Kuka on riippuvainen ansaitsemistasi rahoista?",
    ],
    [
      "Ekonomiska skäl",
      "Fattigdom, skulder eller anhöriga som är beroende av inkomsten.",
      "Vem är beroende av pengarna du tjänar?",
    ],
  ),
  "false-information-law": texts(
    [
      "False information about the law or the authorities",
      "Was told authorities would punish them or that they have no rights.",
      "What have you been told would happen if you went to the police or another authority?",
    ],
    [
      "Väärää tietoa laista tai viranomaisista",
      "Kerrottu, että viranomaiset rankaisevat tai ettei hänellä ole oikeuksia.",
      "Mitä sinulle on kerrottu tapahtuvan, jos menisit poliisille tai muulle viranomaiselle?",
    ],
    [
      "Falsk information om lagen eller myndigheterna",
      "Fick höra att myndigheterna straffar eller att hen saknar rättigheter.",
      "Vad har du fått höra skulle hända om du gick till polisen eller en annan myndighet?",
    ],
  ),
  "false-information-migration": texts(
    [
      "False information about successful migration",
      "Was shown false stories of others' success abroad.",
      "What did people tell you about how others had done here?",
    ],
    [
      "Väärää tietoa onnistuneesta maahanmuutosta",
      "Näytettiin vääriä tarinoita muiden menestyksestä ulkomailla.",
      "Mitä sinulle kerrottiin siitä, miten muilla oli täällä mennyt?",
    ],
    [
      "Falsk information om lyckad migration",
      "Fick höra falska berättelser om andras framgång utomlands.",
      "Vad berättade man för dig om hur det gått för andra här?",
    ],
  ),
  "family-situation": texts(
    [
      "Family situation",
      "Family responsibilities or family pressure to earn.",
      "Does your family expect something from you?",
    ],
    ["Perhetilanne", "Perhevastuut tai perheen painostus ansaita.", "Odottaako perheesi sinulta jotain?"],
    [
      "Familjesituation",
      "Ansvar för familjen eller press från familjen att tjäna pengar.",
      "Förväntar sig din familj något av dig?",
    ],
  ),
  "personal-situation": texts(
    [
      "Personal situation",
      "Illness, disability, addiction, homelessness or isolation.",
      "Is there something in your own situation that makes it hard to manage alone?",
    ],
    [
      "Henkilökohtainen tilanne",
      "Sairaus, vamma, riippuvuus, asunnottomuus tai yksinäisyys.",
      "Onko omassa tilanteessasi jotain, mikä vaikeuttaa pärjäämistä yksin?",
    ],
    [
      "Personlig situation",
      "Sjukdom, funktionsnedsättning, beroende, hemlöshet eller ensamhet.",
      "Finns det något i din egen situation som gör det svårt att klara sig själv?",
    ],
  ),
  "psychological-dependency": texts(
    [
      "Psychological and emotional dependency",
      "A partner or 'friend' who recruited the person (lover-boy method).",
      "How did you get to know the person who brought you here?",
    ],
    [
      "Psyykkinen ja tunneperäinen riippuvuus",
      "Kumppani tai 'ystävä' värväsi hänet (lover boy -menetelmä).",
      "Miten tutustuit henkilöön, joka toi sinut tänne?",
    ],
    [
      "Psykologiskt och känslomässigt beroende",
      "En partner eller 'vän' som rekryterade personen (loverboy-metoden).",
      "Hur lärde du känna personen som tog dig hit?",
    ],
  ),
  "relationship-with-authorities": texts(
    [
      "Relationship with authorities or legal status",
      "Fear of or dependence on authorities; an insecure permit.",
      "Is your permit tied to this employer or to another person?",
    ],
    [
      "Suhde viranomaisiin tai oikeudellinen asema",
      "Pelko tai riippuvuus viranomaisista; epävarma lupa.",
      "Onko lupasi sidottu tähän työnantajaan tai toiseen henkilöön?",
    ],
    [
      "Relation till myndigheter eller rättslig status",
      "Rädsla för eller beroende av myndigheter; osäkert tillstånd.",
      "Är ditt tillstånd knutet till den här arbetsgivaren eller någon annan person?",
    ],
  ),
  "abuse-cultural-religious-beliefs": texts(
    [
      "Abuse of cultural or religious beliefs",
      "Oaths, rituals or beliefs used to bind the person.",
      "Have you made any promise or oath that you are afraid to break?",
    ],
    [
      "Kulttuuristen tai uskonnollisten uskomusten hyväksikäyttö",
      "Valoja, rituaaleja tai uskomuksia käytetty sitomaan hänet.",
      "Oletko antanut lupauksen tai valan, jonka rikkomista pelkäät?",
    ],
    [
      "Utnyttjande av kulturella eller religiösa föreställningar",
      "Eder, ritualer eller tro används för att binda personen.",
      "Har du gett något löfte eller någon ed som du är rädd att bryta?",
    ],
  ),
  "difficulties-in-the-past": texts(
    [
      "Difficulties in the past",
      "Earlier violence, exploitation, trafficking or failed migration.",
      "Has something difficult happened to you before, that you would like to tell me about?",
    ],
    [
      "Aiemmat vaikeudet",
      "Aiempaa väkivaltaa, hyväksikäyttöä, ihmiskauppaa tai epäonnistunut muutto.",
      "Onko sinulle aiemmin tapahtunut jotain vaikeaa, josta haluaisit kertoa?",
    ],
    [
      "Svårigheter tidigare",
      "Tidigare våld, exploatering, människohandel eller misslyckad migration.",
      "Har något svårt hänt dig tidigare som du vill berätta om?",
    ],
  ),
  "difficulty-to-organise-travel": texts(
    [
      "Could not organise the travel alone",
      "Depended on others for visa, tickets or route.",
      "Who arranged your visa, tickets and route?",
    ],
    [
      "Vaikeus järjestää matka itse",
      "Riippui muista viisumin, lippujen tai reitin osalta.",
      "Kuka järjesti viisumisi, lippusi ja reittisi?",
    ],
    [
      "Svårt att ordna resan själv",
      "Var beroende av andra för visum, biljetter eller resväg.",
      "Vem ordnade ditt visum, dina biljetter och din resväg?",
    ],
  ),
  "general-context": texts(
    [
      "General context",
      "Conflict, disaster, discrimination or crisis in the home region.",
      "What was the situation like where you lived before?",
    ],
    [
      "Yleinen tilanne",
      "Konflikti, katastrofi, syrjintä tai kriisi kotiseudulla.",
      "Millainen tilanne oli siellä, missä asuit aiemmin?",
    ],
    [
      "Allmänt sammanhang",
      "Konflikt, katastrof, diskriminering eller kris i hemregionen.",
      "Hur var läget där du bodde tidigare?",
    ],
  ),
};
