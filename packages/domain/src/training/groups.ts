/**
 * The professional groups a course is for: those the guidelines name as able to identify victims
 * early (CBSS/HEUNI 2016, "Identification": social and health care, schools, housing, labour
 * inspection, police) and the new target groups of "Prevention" (taxi drivers, librarians, health
 * and food inspectors, hotel and transport staff). Extend by adding values, never by renaming one.
 */
export const professionalGroups = [
  "social_care",
  "health_care",
  "schools",
  "housing",
  "labour_inspection",
  "police",
  "taxi_drivers",
  "librarians",
  "health_and_food_inspectors",
  "hotel_staff",
  "transport_staff",
  "ngo_and_volunteers",
  "other",
] as const;
export type ProfessionalGroup = (typeof professionalGroups)[number];
