import type { IndicatorText, Localised } from "../types.ts";
import { texts } from "./text.ts";

/**
 * Plain-language texts for the coercion and exploitation concepts of the ILO/EC operational
 * indicators (2009). Several occur both at recruitment and at destination; the catalogue adds
 * the phase to the wording (see index.ts).
 */
export const destinationTexts: Record<string, Localised<IndicatorText>> = {
  "violence-on-victim": texts(
    [
      "Violence against the person",
      "Injuries, fear of a named person, accounts of beatings or sexual violence.",
      "Has anyone hurt you or made you do something you did not want to?",
    ],
    [
      "Väkivalta henkilöä kohtaan",
      "Vammoja, tietyn henkilön pelkoa, kertomuksia lyömisestä tai seksuaalisesta väkivallasta.",
      "Onko joku satuttanut sinua tai pakottanut tekemään jotain, mitä et halunnut?",
    ],
    [
      "Våld mot personen",
      "Skador, rädsla för en viss person, berättelser om misshandel eller sexuellt våld.",
      "Har någon skadat dig eller tvingat dig att göra något du inte ville?",
    ],
  ),
  "threats-of-violence": texts(
    [
      "Threats of violence against the person",
      "Is afraid of what will happen if they refuse or leave.",
      "What do you think would happen if you said no or left?",
    ],
    [
      "Väkivallalla uhkaaminen",
      "Pelkää, mitä tapahtuu, jos kieltäytyy tai lähtee.",
      "Mitä luulet tapahtuvan, jos sanoisit ei tai lähtisit?",
    ],
    [
      "Hot om våld mot personen",
      "Är rädd för vad som händer om hen vägrar eller går därifrån.",
      "Vad tror du skulle hända om du sa nej eller gick därifrån?",
    ],
  ),
  "confiscation-of-documents": texts(
    [
      "Identity documents taken away",
      "Someone else holds the passport, ID or permit.",
      "Where is your passport or ID card now? Can you get it when you want?",
    ],
    [
      "Henkilöpapereiden ottaminen haltuun",
      "Joku muu pitää hallussaan passia, henkilökorttia tai lupaa.",
      "Missä passisi tai henkilökorttisi on nyt? Saatko sen, kun haluat?",
    ],
    [
      "Identitetshandlingar fråntagna",
      "Någon annan har passet, id-kortet eller tillståndet.",
      "Var finns ditt pass eller id-kort nu? Kan du få det när du vill?",
    ],
  ),
  "debt-bondage": texts(
    [
      "Debt bondage",
      "A debt that grows or cannot be paid off, tied to staying.",
      "Do you owe money to anyone connected with your work or journey? Can it be paid off?",
    ],
    [
      "Velkaorjuus",
      "Velka, joka kasvaa tai jota ei voi maksaa pois ja joka sitoo jäämään.",
      "Oletko velkaa jollekulle, joka liittyy työhösi tai matkaasi? Voiko velan maksaa pois?",
    ],
    [
      "Skuldslaveri",
      "En skuld som växer eller inte går att betala av och som binder personen.",
      "Är du skyldig någon med koppling till arbetet eller resan pengar? Går skulden att betala av?",
    ],
  ),
  "isolation-confinement-surveillance": texts(
    [
      "Isolation, confinement or surveillance",
      "Cannot move freely, is locked in, watched or accompanied.",
      "Can you go out on your own when you want? Is anyone with you all the time?",
    ],
    [
      "Eristäminen, vangitseminen tai valvonta",
      "Ei voi liikkua vapaasti, on lukittuna, valvottuna tai saatettuna.",
      "Voitko lähteä ulos yksin, kun haluat? Onko joku kanssasi koko ajan?",
    ],
    [
      "Isolering, inlåsning eller övervakning",
      "Kan inte röra sig fritt, är inlåst, övervakad eller ledsagad.",
      "Kan du gå ut ensam när du vill? Är någon med dig hela tiden?",
    ],
  ),
  "threat-of-denunciation": texts(
    [
      "Threatened with being reported to the authorities",
      "Told they will be reported to police or immigration.",
      "Has anyone said they would report you to the police or immigration?",
    ],
    [
      "Uhkailu ilmiannolla viranomaisille",
      "Uhattu ilmoittaa poliisille tai maahanmuuttoviranomaisille.",
      "Onko joku sanonut ilmoittavansa sinusta poliisille tai maahanmuuttoviranomaisille?",
    ],
    [
      "Hot om att anmälas till myndigheterna",
      "Har fått höra att hen ska anmälas till polis eller migrationsmyndighet.",
      "Har någon sagt att de ska anmäla dig till polisen eller migrationsmyndigheten?",
    ],
  ),
  "threat-to-inform-family": texts(
    [
      "Threatened with telling family, community or the public",
      "Fear that family or community will learn about the work or situation.",
      "Has anyone threatened to tell your family or others about you?",
    ],
    [
      "Uhkailu kertoa perheelle, yhteisölle tai julkisuuteen",
      "Pelko, että perhe tai yhteisö saa tietää työstä tai tilanteesta.",
      "Onko joku uhannut kertoa sinusta perheellesi tai muille?",
    ],
    [
      "Hot om att berätta för familj, omgivning eller offentligheten",
      "Rädsla för att familj eller omgivning ska få veta om arbetet eller situationen.",
      "Har någon hotat att berätta om dig för din familj eller andra?",
    ],
  ),
  "violence-on-family": texts(
    [
      "Violence or threats against family",
      "Family at home has been threatened or harmed.",
      "Is your family safe? Has anyone threatened them?",
    ],
    [
      "Perheeseen kohdistuva väkivalta tai uhkailu",
      "Kotona olevaa perhettä on uhattu tai vahingoitettu.",
      "Onko perheesi turvassa? Onko joku uhannut heitä?",
    ],
    [
      "Våld eller hot mot familjen",
      "Familjen hemma har hotats eller skadats.",
      "Är din familj i säkerhet? Har någon hotat dem?",
    ],
  ),
  "excessive-working-hours": texts(
    [
      "Excessive working days or hours",
      "Very long days, no days off, on call at all times.",
      "How many hours do you work on a normal day? When did you last have a day off?",
    ],
    [
      "Kohtuuttomat työpäivät tai työtunnit",
      "Hyvin pitkiä päiviä, ei vapaapäiviä, aina tavoitettavissa.",
      "Montako tuntia teet töitä tavallisena päivänä? Milloin sinulla oli viimeksi vapaapäivä?",
    ],
    [
      "Orimligt långa arbetsdagar eller arbetstider",
      "Mycket långa dagar, inga lediga dagar, alltid i beredskap.",
      "Hur många timmar arbetar du en vanlig dag? När var du senast ledig?",
    ],
  ),
  "bad-living-conditions": texts(
    [
      "Bad living conditions",
      "Overcrowded, unsafe or employer-controlled housing; little food.",
      "Where do you sleep, and with how many others? Do you get enough to eat?",
    ],
    [
      "Huonot elinolot",
      "Ahdas, vaarallinen tai työnantajan valvoma asunto; vähän ruokaa.",
      "Missä nukut, ja kuinka monen muun kanssa? Saatko tarpeeksi ruokaa?",
    ],
    [
      "Dåliga levnadsförhållanden",
      "Trångt, osäkert eller arbetsgivarkontrollerat boende; lite mat.",
      "Var sover du, och med hur många andra? Får du tillräckligt att äta?",
    ],
  ),
  "hazardous-work": texts(
    [
      "Hazardous work",
      "Dangerous tasks without protection; injuries left untreated.",
      "Have you been hurt at work? Do you get protective equipment?",
    ],
    [
      "Vaarallinen työ",
      "Vaarallisia tehtäviä ilman suojausta; hoitamattomia vammoja.",
      "Oletko loukkaantunut töissä? Saatko suojavarusteet?",
    ],
    [
      "Farligt arbete",
      "Farliga uppgifter utan skydd; obehandlade skador.",
      "Har du skadats på jobbet? Får du skyddsutrustning?",
    ],
  ),
  "low-or-no-salary": texts(
    [
      "Low or no pay",
      "Pay far below the minimum, in kind only, or none at all.",
      "How much are you paid, and how often?",
    ],
    [
      "Pieni palkka tai ei palkkaa",
      "Palkka selvästi alle minimin, vain luontoisetuina tai ei lainkaan.",
      "Paljonko sinulle maksetaan ja kuinka usein?",
    ],
    [
      "Låg eller ingen lön",
      "Lön långt under minimum, bara in natura eller ingen alls.",
      "Hur mycket får du betalt, och hur ofta?",
    ],
  ),
  "no-respect-labour-law": texts(
    [
      "Labour law or the signed contract not respected",
      "Rules on hours, rest, safety or the contract are ignored.",
      "Does your employer keep to what was agreed about hours, breaks and pay?",
    ],
    [
      "Työlainsäädäntöä tai sopimusta ei noudateta",
      "Työaikaa, lepoa, turvallisuutta tai sopimusta koskevia sääntöjä ei noudateta.",
      "Noudattaako työnantajasi sitä, mistä sovittiin työajoista, tauoista ja palkasta?",
    ],
    [
      "Arbetsrätten eller det undertecknade avtalet respekteras inte",
      "Regler om arbetstid, vila, säkerhet eller avtalet ignoreras.",
      "Håller arbetsgivaren det ni kom överens om kring arbetstid, raster och lön?",
    ],
  ),
  "no-social-protection": texts(
    [
      "No social protection",
      "No contract, social insurance or health cover.",
      "Are you insured, and can you see a doctor if you need to?",
    ],
    [
      "Ei sosiaaliturvaa",
      "Ei sopimusta, sosiaalivakuutusta tai terveydenhoitoa.",
      "Oletko vakuutettu, ja pääsetkö lääkäriin tarvittaessa?",
    ],
    [
      "Inget socialt skydd",
      "Inget avtal, ingen socialförsäkring eller sjukvård.",
      "Är du försäkrad, och kan du gå till läkare om du behöver?",
    ],
  ),
  "very-bad-working-conditions": texts(
    [
      "Very bad working conditions",
      "Degrading, unhealthy or humiliating conditions at work.",
      "How are you treated at work?",
    ],
    [
      "Erittäin huonot työolot",
      "Alentavat, epäterveelliset tai nöyryyttävät olot työssä.",
      "Miten sinua kohdellaan töissä?",
    ],
    [
      "Mycket dåliga arbetsförhållanden",
      "Förnedrande, ohälsosamma eller förödmjukande förhållanden på jobbet.",
      "Hur blir du behandlad på jobbet?",
    ],
  ),
  "wage-manipulation": texts(
    [
      "Wage manipulation",
      "Unexplained deductions, fines, or pay going to a middleman.",
      "Are there deductions from your pay? Does someone else receive your pay first?",
    ],
    [
      "Palkan manipulointi",
      "Selittämättömiä vähennyksiä, sakkoja tai palkka maksetaan välikädelle.",
      "Vähennetäänkö palkastasi jotain? Saako joku muu palkkasi ensin?",
    ],
    [
      "Lönemanipulation",
      "Oförklarade avdrag, böter eller lön som går till en mellanhand.",
      "Görs det avdrag på din lön? Får någon annan din lön först?",
    ],
  ),
  "no-access-to-education": texts(
    [
      "No access to education",
      "Cannot attend school or training because of the work.",
      "Can you go to school or a course if you want to?",
    ],
    [
      "Ei pääsyä koulutukseen",
      "Ei voi käydä koulua tai koulutusta työn vuoksi.",
      "Voitko käydä koulua tai kurssia, jos haluat?",
    ],
    [
      "Ingen tillgång till utbildning",
      "Kan inte gå i skolan eller på utbildning på grund av arbetet.",
      "Kan du gå i skolan eller på en kurs om du vill?",
    ],
  ),
  "forced-illicit-activities": texts(
    [
      "Forced into illicit or criminal activities",
      "Made to steal, sell drugs or commit other crimes.",
      "Have you been made to do things that are against the law?",
    ],
    [
      "Pakotettu laittomaan tai rikolliseen toimintaan",
      "Pakotettu varastamaan, myymään huumeita tai tekemään muita rikoksia.",
      "Onko sinut pakotettu tekemään lainvastaisia asioita?",
    ],
    [
      "Tvingad till olaglig eller brottslig verksamhet",
      "Tvingas stjäla, sälja droger eller begå andra brott.",
      "Har du tvingats göra saker som är olagliga?",
    ],
  ),
  "forced-tasks-or-clients": texts(
    [
      "Forced tasks or clients",
      "Cannot refuse tasks, quotas or clients.",
      "Can you refuse a task or a client? What happens if you do?",
    ],
    [
      "Pakotetut tehtävät tai asiakkaat",
      "Ei voi kieltäytyä tehtävistä, kiintiöistä tai asiakkaista.",
      "Voitko kieltäytyä tehtävästä tai asiakkaasta? Mitä silloin tapahtuu?",
    ],
    [
      "Påtvingade uppgifter eller kunder",
      "Kan inte vägra uppgifter, kvoter eller kunder.",
      "Kan du säga nej till en uppgift eller en kund? Vad händer då?",
    ],
  ),
  "forced-to-act-against-peers": texts(
    [
      "Forced to act against others in the same situation",
      "Made to control, punish or recruit others.",
      "Have you been asked to watch or keep others in line?",
    ],
    [
      "Pakotettu toimimaan muita samassa asemassa olevia vastaan",
      "Pakotettu valvomaan, rankaisemaan tai värväämään muita.",
      "Onko sinua pyydetty valvomaan muita tai pitämään heitä kurissa?",
    ],
    [
      "Tvingad att agera mot andra i samma situation",
      "Tvingas kontrollera, straffa eller rekrytera andra.",
      "Har du blivit ombedd att hålla koll på andra eller hålla dem i schack?",
    ],
  ),
  "forced-to-lie": texts(
    [
      "Forced to lie to authorities, family or others",
      "Tells a rehearsed story; someone else speaks for them.",
      "Has anyone told you what to say to officials or to your family?",
    ],
    [
      "Pakotettu valehtelemaan viranomaisille, perheelle tai muille",
      "Kertoo harjoitellun tarinan; joku muu puhuu hänen puolestaan.",
      "Onko joku kertonut, mitä sinun pitää sanoa viranomaisille tai perheellesi?",
    ],
    [
      "Tvingad att ljuga för myndigheter, familj eller andra",
      "Berättar en inövad historia; någon annan talar för hen.",
      "Har någon sagt åt dig vad du ska säga till myndigheter eller din familj?",
    ],
  ),
  "threat-of-worse-conditions": texts(
    [
      "Threatened with even worse conditions",
      "Told they will get worse work, a worse place or be sold on.",
      "Have you been told things could get worse for you?",
    ],
    [
      "Uhkailu vielä huonommilla oloilla",
      "Uhattu huonommalla työllä, paikalla tai myymisellä eteenpäin.",
      "Onko sinulle sanottu, että asiasi voivat mennä vielä huonommiksi?",
    ],
    [
      "Hot om ännu sämre villkor",
      "Har fått höra att hen får sämre arbete, sämre plats eller säljs vidare.",
      "Har du fått höra att det kan bli ännu värre för dig?",
    ],
  ),
  "under-strong-influence": texts(
    [
      "Under strong influence of the exploiter",
      "Cannot decide for themselves; defends or fears the exploiter.",
      "Who decides what you do during the day?",
    ],
    [
      "Hyväksikäyttäjän voimakkaan vaikutuksen alaisena",
      "Ei voi päättää itse; puolustaa tai pelkää hyväksikäyttäjää.",
      "Kuka päättää, mitä teet päivän aikana?",
    ],
    [
      "Under stark påverkan av exploatören",
      "Kan inte bestämma själv; försvarar eller fruktar exploatören.",
      "Vem bestämmer vad du gör under dagen?",
    ],
  ),
  "withholding-of-wages": texts(
    [
      "Wages withheld",
      "Pay held back or promised 'later' so that they stay.",
      "Have you been paid for all the work you have done?",
    ],
    [
      "Palkan pidättäminen",
      "Palkkaa pidätetään tai luvataan 'myöhemmin', jotta hän jää.",
      "Onko sinulle maksettu kaikesta tekemästäsi työstä?",
    ],
    [
      "Innehållen lön",
      "Lönen hålls inne eller utlovas 'senare' så att hen stannar.",
      "Har du fått betalt för allt arbete du har gjort?",
    ],
  ),
  "dependency-on-exploiters": texts(
    [
      "Dependent on the exploiters",
      "Relies on them for housing, food, transport, work or contacts.",
      "If you left this work, where would you live and how would you manage?",
    ],
    [
      "Riippuvainen hyväksikäyttäjistä",
      "On riippuvainen heistä asunnon, ruoan, kuljetuksen, työn tai yhteyksien osalta.",
      "Jos lähtisit tästä työstä, missä asuisit ja miten pärjäisit?",
    ],
    [
      "Beroende av exploatörerna",
      "Är beroende av dem för boende, mat, transport, arbete eller kontakter.",
      "Om du slutade här, var skulle du bo och hur skulle du klara dig?",
    ],
  ),
  "difficulty-unknown-area": texts(
    [
      "Difficulty living in an unfamiliar place",
      "Does not know the language, the area or where to get help.",
      "Do you know where you are and where you could go for help?",
    ],
    [
      "Vaikeus elää vieraassa ympäristössä",
      "Ei tunne kieltä, aluetta tai tiedä, mistä saa apua.",
      "Tiedätkö, missä olet ja mistä voisit hakea apua?",
    ],
    [
      "Svårt att leva på en okänd plats",
      "Kan inte språket, området eller var man får hjälp.",
      "Vet du var du är och vart du kan vända dig för att få hjälp?",
    ],
  ),
  "personal-characteristics": texts(
    [
      "Personal characteristics",
      "Age, gender, disability or belonging to a discriminated group.",
      "Is there anything about you that makes others treat you differently here?",
    ],
    [
      "Henkilökohtaiset ominaisuudet",
      "Ikä, sukupuoli, vamma tai kuuluminen syrjittyyn ryhmään.",
      "Onko sinussa jotain, minkä vuoksi muut kohtelevat sinua täällä eri tavalla?",
    ],
    [
      "Personliga egenskaper",
      "Ålder, kön, funktionsnedsättning eller tillhörighet till en diskriminerad grupp.",
      "Finns det något hos dig som gör att andra behandlar dig annorlunda här?",
    ],
  ),
};
