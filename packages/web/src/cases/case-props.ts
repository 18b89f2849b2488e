import type { CaseDetail, CaseDirectory } from "@ariadne/domain/cases/index.ts";

/** What every panel of a case page gets: the case as loaded, and how to report a write's outcome. */
export interface BodyProps {
  detail: CaseDetail;
  onDone(text: string): Promise<void>;
  onFailed(error: unknown): Promise<void>;
}

/** A panel that names organisations or colleagues also gets the team's directory (null until loaded). */
export interface DirectoryProps extends BodyProps {
  directory: CaseDirectory | null;
}

/** What the page looked up once for the case, handed to the body. */
export interface CaseLookups {
  directory: CaseDirectory | null;
  duplicates: Duplicate[];
  recheckDuplicates(): void;
}

export type Duplicate = {
  caseId: string;
  caseCode: string;
  matched: string[];
  strength: "strong" | "possible";
};
