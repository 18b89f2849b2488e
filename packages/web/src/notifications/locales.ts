/** Messages of the inbox, under `notifications.*`. */
export const notificationsLocales = {
  en: {
    title: "Inbox",
    intro: "What needs you: new referrals, answers, messages and overdue referrals.",
    inboxShort: "Inbox",
    unreadCount_one: "unread",
    unreadCount_other: "unread",
    empty: "Nothing here.",
    unread: "unread",
    markAllRead: "Mark all as read",
    kinds: {
      referral_received: "New referral {{reference}} for your organisation",
      referral_status_changed: "Referral {{reference}}: {{status}}",
      referral_message: "New message on referral {{reference}}",
      referral_overdue: "Referral {{reference}} has had no answer in time",
      procurement_action_overdue: "A corrective action of a contract, due {{reference}}, is overdue",
      sign_in_paused:
        "Five wrong passwords were tried on your account from one address; sign-ins from there are paused for 15 minutes. If it was not you, change your password.",
      course_changed: "The course “{{reference}}” you completed has changed: take the new version",
    },
  },
  fi: {
    title: "Saapuneet",
    intro: "Mikä odottaa sinua: uudet ohjaukset, vastaukset, viestit ja myöhässä olevat ohjaukset.",
    inboxShort: "Saapuneet",
    unreadCount_one: "lukematon",
    unreadCount_other: "lukematonta",
    empty: "Ei mitään uutta.",
    unread: "lukematon",
    markAllRead: "Merkitse kaikki luetuiksi",
    kinds: {
      referral_received: "Uusi ohjaus {{reference}} organisaatiollesi",
      referral_status_changed: "Ohjaus {{reference}}: {{status}}",
      referral_message: "Uusi viesti ohjauksessa {{reference}}",
      referral_overdue: "Ohjaukseen {{reference}} ei ole vastattu ajoissa",
      procurement_action_overdue: "Sopimuksen korjaava toimenpide, määräpäivä {{reference}}, on myöhässä",
      sign_in_paused:
        "Tilillesi yritettiin viisi väärää salasanaa samasta osoitteesta; kirjautuminen sieltä on keskeytetty 15 minuutiksi. Jos se et ollut sinä, vaihda salasanasi.",
      course_changed: "Suorittamasi kurssi ”{{reference}}” on muuttunut: suorita uusi versio",
    },
  },
  sv: {
    title: "Inkorg",
    intro: "Det som väntar på dig: nya hänvisningar, svar, meddelanden och försenade hänvisningar.",
    inboxShort: "Inkorg",
    unreadCount_one: "oläst",
    unreadCount_other: "olästa",
    empty: "Inget nytt.",
    unread: "oläst",
    markAllRead: "Markera alla som lästa",
    kinds: {
      referral_received: "Ny hänvisning {{reference}} till din organisation",
      referral_status_changed: "Hänvisning {{reference}}: {{status}}",
      referral_message: "Nytt meddelande i hänvisning {{reference}}",
      referral_overdue: "Hänvisning {{reference}} har inte besvarats i tid",
      procurement_action_overdue: "En korrigerande åtgärd i ett avtal, senast {{reference}}, är försenad",
      sign_in_paused:
        "Fem felaktiga lösenord prövades på ditt konto från en adress; inloggningar därifrån är pausade i 15 minuter. Om det inte var du, byt lösenord.",
      course_changed: "Kursen ”{{reference}}” som du har genomfört har ändrats: gå den nya versionen",
    },
  },
} as const;
