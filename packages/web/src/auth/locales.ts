/** Messages of the account pages (own password, first sign-in, reset), under `account.*`. */
export const accountLocales = {
  en: {
    sessionEnded: {
      title: "Your session has ended",
      intro:
        "Sign in again as {{name}} to go on. Nothing you typed is lost, and what you were saving is sent once you are signed in.",
      submit: "Sign in and continue",
      signOut: "Sign out instead",
    },
    idle: {
      title: "You will be signed out soon",
      intro:
        "There has been no activity for a while. To protect the records you will be signed out in about two minutes. Nothing you typed is lost.",
      stay: "Stay signed in",
    },
    drafts: {
      restored: "Work you had not yet saved was kept on this device and is back where you left it:",
      dismiss: "OK",
      kinds: {
        screening: "Screening in progress",
        case: "New case form",
        note: "Note on a case",
        referral: "Referral form",
        course: "Course being edited",
        scenario: "Training scenario being written",
        "procurement-contract": "Contract registration form",
        "procurement-follow-up": "Follow-up of a contract (finding, action or monitoring plan)",
        "procurement-rules": "Risk rules being edited",
        attendance: "Attendance being recorded",
      },
    },
    title: "Your account",
    intro: "Your sign-in details. Change your password whenever you think someone else may know it.",
    navLink: "Your account",
    role: "Role",
    email: "Email address",
    change: {
      title: "Change password",
      current: "Current password",
      submit: "Change password",
      saved_one: "Your password is changed. {{count}} other session was signed out.",
      saved_other: "Your password is changed. {{count}} other sessions were signed out.",
    },
    newPassword: "New password",
    newPasswordHint:
      "At least 12 characters. A few unrelated words make a password that is easy to remember and hard to guess.",
    confirm: "New password again",
    mismatch: "The two passwords differ.",
    firstSignIn: {
      title: "Choose your own password",
      intro:
        "You signed in with a password someone else gave you. Choose your own before you go on; the given one stops working.",
      submit: "Save password and continue",
    },
    reset: {
      title: "Set a new password",
      intro: "Your password was reset. Choose a new one to sign in.",
      submit: "Save password and sign in",
      missing: "This link is not complete. Open the whole link you were given, or ask for a new one.",
    },
    errors: {
      password_common: "This password is among the most common ones in data breaches. Choose another.",
      password_repetitive: "This password repeats too few different characters.",
      password_personal: "Do not use your name or email address in your password.",
      password_unchanged: "Choose a password different from the current one.",
      password_token_expired: "This link or code has expired or was already used. Ask for a new one.",
      wrong_password: "The current password is wrong.",
    },
  },
  fi: {
    sessionEnded: {
      title: "Istuntosi on päättynyt",
      intro:
        "Kirjaudu uudelleen käyttäjänä {{name}} jatkaaksesi. Mitään kirjoittamaasi ei menetetä, ja tallennus lähetetään, kun olet kirjautunut.",
      submit: "Kirjaudu ja jatka",
      signOut: "Kirjaudu mieluummin ulos",
    },
    idle: {
      title: "Sinut kirjataan pian ulos",
      intro:
        "Toimintaa ei ole ollut hetkeen. Tietojen suojaamiseksi sinut kirjataan ulos noin kahden minuutin kuluttua. Mitään kirjoittamaasi ei menetetä.",
      stay: "Pysy kirjautuneena",
    },
    drafts: {
      restored: "Tallentamaton työsi säilyi tällä laitteella ja odottaa siellä, mihin jäit:",
      dismiss: "Selvä",
      kinds: {
        screening: "Kesken oleva seulonta",
        case: "Uuden asiakkuuden lomake",
        note: "Muistiinpano asiakkuudessa",
        referral: "Ohjauslomake",
        course: "Muokattava kurssi",
        scenario: "Kirjoitettava koulutustapaus",
        "procurement-contract": "Sopimuksen rekisteröintilomake",
        "procurement-follow-up": "Sopimuksen seuranta (havainto, toimenpide tai seurantasuunnitelma)",
        "procurement-rules": "Muokattavat riskisäännöt",
        attendance: "Kirjattava osallistuminen",
      },
    },
    title: "Oma tili",
    intro: "Kirjautumistietosi. Vaihda salasana aina, kun epäilet jonkun muun tietävän sen.",
    navLink: "Oma tili",
    role: "Rooli",
    email: "Sähköpostiosoite",
    change: {
      title: "Vaihda salasana",
      current: "Nykyinen salasana",
      submit: "Vaihda salasana",
      saved_one: "Salasanasi on vaihdettu. {{count}} muu istunto kirjattiin ulos.",
      saved_other: "Salasanasi on vaihdettu. {{count}} muuta istuntoa kirjattiin ulos.",
    },
    newPassword: "Uusi salasana",
    newPasswordHint:
      "Vähintään 12 merkkiä. Muutama toisiinsa liittymätön sana on helppo muistaa ja vaikea arvata.",
    confirm: "Uusi salasana uudelleen",
    mismatch: "Salasanat eivät ole samat.",
    firstSignIn: {
      title: "Valitse oma salasana",
      intro:
        "Kirjauduit salasanalla, jonka joku muu antoi sinulle. Valitse oma salasana ennen kuin jatkat; annettu salasana lakkaa toimimasta.",
      submit: "Tallenna salasana ja jatka",
    },
    reset: {
      title: "Aseta uusi salasana",
      intro: "Salasanasi on nollattu. Valitse uusi salasana kirjautuaksesi.",
      submit: "Tallenna salasana ja kirjaudu",
      missing: "Linkki ei ole kokonainen. Avaa koko saamasi linkki tai pyydä uusi.",
    },
    errors: {
      password_common: "Tämä salasana on tietovuodoissa yleisimpien joukossa. Valitse toinen.",
      password_repetitive: "Salasanassa on liian vähän eri merkkejä.",
      password_personal: "Älä käytä salasanassa nimeäsi tai sähköpostiosoitettasi.",
      password_unchanged: "Valitse salasana, joka eroaa nykyisestä.",
      password_token_expired: "Linkki tai koodi on vanhentunut tai jo käytetty. Pyydä uusi.",
      wrong_password: "Nykyinen salasana on väärä.",
    },
  },
  sv: {
    sessionEnded: {
      title: "Din session har upphört",
      intro:
        "Logga in igen som {{name}} för att fortsätta. Inget du skrivit går förlorat, och det du höll på att spara skickas när du är inloggad.",
      submit: "Logga in och fortsätt",
      signOut: "Logga ut i stället",
    },
    idle: {
      title: "Du loggas snart ut",
      intro:
        "Det har inte hänt något på en stund. För att skydda uppgifterna loggas du ut om ungefär två minuter. Inget du skrivit går förlorat.",
      stay: "Förbli inloggad",
    },
    drafts: {
      restored: "Arbete som du inte hunnit spara fanns kvar på den här enheten och väntar där du slutade:",
      dismiss: "Stäng",
      kinds: {
        screening: "Pågående screening",
        case: "Formulär för nytt ärende",
        note: "Anteckning i ett ärende",
        referral: "Hänvisningsformulär",
        course: "Kurs som redigeras",
        scenario: "Utbildningsfall som skrivs",
        "procurement-contract": "Formulär för att registrera ett avtal",
        "procurement-follow-up": "Uppföljning av ett avtal (avvikelse, åtgärd eller uppföljningsplan)",
        "procurement-rules": "Riskregler under redigering",
        attendance: "Närvaro som registreras",
      },
    },
    title: "Ditt konto",
    intro: "Dina inloggningsuppgifter. Byt lösenord när du misstänker att någon annan känner till det.",
    navLink: "Ditt konto",
    role: "Roll",
    email: "E-postadress",
    change: {
      title: "Byt lösenord",
      current: "Nuvarande lösenord",
      submit: "Byt lösenord",
      saved_one: "Ditt lösenord är bytt. {{count}} annan session loggades ut.",
      saved_other: "Ditt lösenord är bytt. {{count}} andra sessioner loggades ut.",
    },
    newPassword: "Nytt lösenord",
    newPasswordHint:
      "Minst 12 tecken. Några orelaterade ord blir ett lösenord som är lätt att minnas och svårt att gissa.",
    confirm: "Nytt lösenord igen",
    mismatch: "Lösenorden är olika.",
    firstSignIn: {
      title: "Välj ett eget lösenord",
      intro:
        "Du loggade in med ett lösenord som någon annan gav dig. Välj ett eget innan du fortsätter; det givna slutar fungera.",
      submit: "Spara lösenordet och fortsätt",
    },
    reset: {
      title: "Ange ett nytt lösenord",
      intro: "Ditt lösenord har återställts. Välj ett nytt för att logga in.",
      submit: "Spara lösenordet och logga in",
      missing: "Länken är inte hel. Öppna hela länken du fick, eller be om en ny.",
    },
    errors: {
      password_common: "Lösenordet hör till de vanligaste i dataläckor. Välj ett annat.",
      password_repetitive: "Lösenordet upprepar för få olika tecken.",
      password_personal: "Använd inte ditt namn eller din e-postadress i lösenordet.",
      password_unchanged: "Välj ett lösenord som skiljer sig från det nuvarande.",
      password_token_expired: "Länken eller koden har gått ut eller redan använts. Be om en ny.",
      wrong_password: "Det nuvarande lösenordet är fel.",
    },
  },
} as const;
