/**
 * The CTDC k-anonymised global dataset format (Counter Trafficking Data Collaborative, IOM): its 63
 * columns in the order of the published file ("The Global K-anon Dataset", release of 15 July 2021,
 * sheet CTDC_K_anon_ds, and its data dictionary of 25 August 2021). Flags are 1 or 0; -99 is missing.
 */
export const ctdcColumns = [
  "yearOfRegistration",
  "Datasource",
  "gender",
  "ageBroad",
  "majorityStatus",
  "majorityStatusAtExploit",
  "majorityEntry",
  "citizenship",
  "meansOfControlDebtBondage",
  "meansOfControlTakesEarnings",
  "meansOfControlRestrictsFinancialAccess",
  "meansOfControlThreats",
  "meansOfControlPsychologicalAbuse",
  "meansOfControlPhysicalAbuse",
  "meansOfControlSexualAbuse",
  "meansOfControlFalsePromises",
  "meansOfControlPsychoactiveSubstances",
  "meansOfControlRestrictsMovement",
  "meansOfControlRestrictsMedicalCare",
  "meansOfControlExcessiveWorkingHours",
  "meansOfControlUsesChildren",
  "meansOfControlThreatOfLawEnforcement",
  "meansOfControlWithholdsNecessities",
  "meansOfControlWithholdsDocuments",
  "meansOfControlOther",
  "meansOfControlNotSpecified",
  "meansOfControlConcatenated",
  "isForcedLabour",
  "isSexualExploit",
  "isOtherExploit",
  "isSexAndLabour",
  "isForcedMarriage",
  "isForcedMilitary",
  "isOrganRemoval",
  "isSlaveryAndPractices",
  "typeOfExploitConcatenated",
  "typeOfLabourAgriculture",
  "typeOfLabourAquafarming",
  "typeOfLabourBegging",
  "typeOfLabourConstruction",
  "typeOfLabourDomesticWork",
  "typeOfLabourHospitality",
  "typeOfLabourIllicitActivities",
  "typeOfLabourManufacturing",
  "typeOfLabourMiningOrDrilling",
  "typeOfLabourPeddling",
  "typeOfLabourTransportation",
  "typeOfLabourOther",
  "typeOfLabourNotSpecified",
  "typeOfLabourConcatenated",
  "typeOfSexProstitution",
  "typeOfSexPornography",
  "typeOfSexRemoteInteractiveServices",
  "typeOfSexPrivateSexualServices",
  "typeOfSexConcatenated",
  "isAbduction",
  "RecruiterRelationship",
  "CountryOfExploitation",
  "recruiterRelationIntimatePartner",
  "recruiterRelationFriend",
  "recruiterRelationFamily",
  "recruiterRelationOther",
  "recruiterRelationUnknown",
] as const;
export type CtdcColumn = (typeof ctdcColumns)[number];
export type CtdcRow = Record<CtdcColumn, string>;

/** The missing-value code of the CTDC file. */
export const ctdcMissing = "-99";
/**
 * Joins an imported record's cells into the one text the analysis space stores (migration 0105):
 * the unit separator, a control character the reader refuses inside a cell.
 */
export const ctdcCellSeparator = "\u001f";
/** The published file writes age bands with a doubled hyphen (an en dash exported to text). */
export const ctdcAgeBands = [
  "0--8",
  "9--17",
  "18--20",
  "21--23",
  "24--26",
  "27--29",
  "30--38",
  "39--47",
  "48+",
] as const;
export const ctdcGenders = ["Female", "Male", "Transgender/NonConforming"] as const;
export const ctdcMajority = ["Adult", "Minor"] as const;
export const ctdcDatasources = ["Case Management", "Hotline"] as const;

const flagColumn = (c: string) =>
  /^(meansOfControl|is|typeOfLabour|typeOfSex|recruiterRelation)/.test(c) && !c.endsWith("Concatenated");
/** Columns holding a 1/0 flag (or -99). */
export const ctdcFlagColumns = ctdcColumns.filter(flagColumn);

/** The columns k-anonymity is enforced on: what an outsider could know about a person. */
export const ctdcQuasiIdentifiers = [
  "yearOfRegistration",
  "gender",
  "ageBroad",
  "majorityStatus",
  "citizenship",
  "CountryOfExploitation",
] as const satisfies readonly CtdcColumn[];

/** A row with every column missing, to fill in. */
export function emptyCtdcRow(): CtdcRow {
  return Object.fromEntries(ctdcColumns.map((c) => [c, ctdcMissing])) as CtdcRow;
}
